#pragma once
// The "Adversarial" page (trained networks inside a MILP): train or load a digits classifier, pick
// a test image, and find the smallest L1 change that flips its decision — exactly (attack MILP on
// CBC, incumbent/bound charted live) and locally (smooth-ReLU surrogates on Ipopt, objective per
// iteration charted) — then compare every answer re-checked on the real network. The comparison
// is core's runAttackComparison, the CLI's `attack`, run by an AttackComparisonJob with every MILP
// and LP in worker processes; the page turns the form into its config and shows its progress.
// Uses the bundled digits dataset, independent of the Data page.
#include <QElapsedTimer>
#include <QWidget>
#include <memory>
#include <optional>
#include <random>
#include <vector>

#include "core/adversarial/attack_comparison.h"
#include "core/mlp/mlp_classifier.h"
#include "ui/main/milp_export.h"
#include "ui/main/page.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace smip::ui {

class AppState;
class AttackComparisonJob;
class ClassifierPanel;
class ComparisonTable;
class DigitView;
class LiveLineChart;
class ProbabilityView;
class SolveControls;
class SolverChart;

class AdversarialPage : public QWidget, public Page, public MilpExportSource {
    Q_OBJECT
  public:
    explicit AdversarialPage(AppState* state, QWidget* parent = nullptr);
    /// Stops every worker (training thread, comparison thread, CBC processes) before returning.
    ~AdversarialPage() override;

    // Classifier (the ClassifierPanel's). GUI thread.
    void startTraining();
    void stopTraining();
    bool isTraining() const;
    /// Loads a network (JSON or ONNX) / saves it as JSON / exports it as ONNX; empty string on
    /// success, else the message shown.
    QString loadModel(const QString& path);
    QString saveModel(const QString& path);
    QString exportOnnxModel(const QString& path);
    bool hasModel() const { return model() != nullptr; }
    const MlpClassifier* model() const;
    /// The attack part of the form as the core config it runs (the input box is core's default,
    /// the pixel range); setConfig shows a config (the first two softplus formulations fill the
    /// two β fields).
    AttackConfig config() const;
    void setConfig(const AttackConfig& config);

    void setHiddenSizes(const QString& text);
    void setEpochs(int epochs);
    void setSeed(int seed);

    // Sample. GUI thread.
    void setSampleIndex(int index);
    int sampleIndex() const;
    /// Picks a random test sample the current model classifies correctly; false without a model.
    bool pickRandomCorrect();

    // Attack. GUI thread.
    void setQuery(const AttackQuery& query);
    void setTightening(BoundTightening mode);
    void setTimeLimit(double seconds);
    /// Which formulations run: the exact MIP, sqrt-ReLU, softplus with β₁, softplus with β₂.
    void setFormulations(bool mip, bool sqrtRelu, bool softplus1, bool softplus2);
    void setSoftplusBetas(double beta1, double beta2);
    /// Starts the chosen formulations: the MIP and, at the same time, the local ones.
    void solve();
    /// Stops a training or the comparison; trainingFinished() or solveFinished() follows within
    /// about a second, keeping the MIP's incumbent and the formulations finished so far.
    void cancel() override;
    bool isSolving() const;
    /// Skips message boxes (tests, demos); errors still go to the status line.
    void setInteractive(bool interactive) { interactive_ = interactive; }

    /// Outcomes of the last solve so far (MIP first when it ran), gapToMip filled.
    std::vector<AttackOutcome> outcomes() const;
    ComparisonTable* comparisonTable() const { return table_; }
    SolverChart* solverChart() const { return solverChart_; }
    LiveLineChart* localChart() const { return localChart_; }
    LiveLineChart* trainingChart() const;
    QString statusText() const;

    std::string pageId() const override { return "adversarial"; }
    bool isBusy() const override { return isSolving() || isTraining(); }
    /// The exact MIP formulation for the chosen sample (File → Export MILP…).
    MilpExportPlan milpExportPlan() const override;

  signals:
    void trainingFinished();
    void solveFinished();

  private:
    FormState formState() const override;
    void buildUi();
    QWidget* buildControls();
    void onTick();
    /// The form's comparison config: formulations MIP first, then the checked local ones.
    void startLocalSeries();
    /// Core's first refusal, in the user's language where the page knows the case.
    QString refusalText(const ConfigIssues& issues, int sample) const;
    void drainAttack();
    void showPhase(const AttackPhase& phase);
    bool mipPending() const;
    void addOutcome(int formulation, AttackOutcome outcome);
    void onAttackFinished();
    void showFinalStatus();
    void updateSample();
    /// Raw pixels of the test split's image `index` (the split must exist).
    Eigen::VectorXd testImage(int index) const;
    void showOutcome(int row);
    void refreshTable();
    void updateButtons();
    void setStatus(const QString& text, bool error = false);
    void showError(const QString& title, const QString& text);
    AttackQuery queryFromForm() const;

    AppState* state_;
    ClassifierPanel* classifier_ = nullptr;
    // Sample controls.
    QSpinBox* sample_ = nullptr;
    QPushButton* random_ = nullptr;
    QLabel* sampleInfo_ = nullptr;
    // Attack controls.
    QComboBox* query_ = nullptr;
    QSpinBox* target_ = nullptr;
    QDoubleSpinBox* margin_ = nullptr;
    QComboBox* tightening_ = nullptr;
    QDoubleSpinBox* timeLimit_ = nullptr;
    QCheckBox* useMip_ = nullptr;
    QCheckBox* useSqrt_ = nullptr;
    QCheckBox* useSoft1_ = nullptr;
    QCheckBox* useSoft2_ = nullptr;
    QDoubleSpinBox* beta1_ = nullptr;
    QDoubleSpinBox* beta2_ = nullptr;
    SolveControls* controls_ = nullptr;  // Solve, Cancel, status line, poll clock
    // Views.
    DigitView* original_ = nullptr;
    DigitView* perturbed_ = nullptr;
    DigitView* delta_ = nullptr;
    ProbabilityView* probabilities_ = nullptr;
    QTabWidget* chartTabs_ = nullptr;
    SolverChart* solverChart_ = nullptr;
    LiveLineChart* localChart_ = nullptr;
    ComparisonTable* table_ = nullptr;

    std::mt19937_64 rng_;  // random correctly classified samples

    // Jobs.
    std::unique_ptr<AttackComparisonJob> attackJob_;
    // The run being solved (or last solved) and what the views have of it.
    MlpClassifier runNet_;
    Eigen::VectorXd runX0_;
    int runLabel_ = -1;
    AttackConfig runConfig_;
    std::vector<std::optional<AttackOutcome>> finished_;  // per formulation of runConfig_
    std::vector<qint64> localIterations_;  // Ipopt iterations charted per formulation
    QElapsedTimer mipClock_;               // valid while the MILP solves
    bool interactive_ = true;
};

}  // namespace smip::ui
