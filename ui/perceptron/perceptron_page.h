#pragma once
// The "Perceptron MILP" page: a shallow network of step-function perceptrons trained to (proven)
// optimality as a MILP with the sparsity terms of Rosenhahn (JOTA 2023). The solve runs in a
// worker process (MilpProcessJob) with incumbent/bound charted live; the decoded network is
// verified against the MILP's loss, evaluated on a held-out split and drawn (decision regions and
// perceptron lines for 2-D data, a weight heatmap otherwise). "Study" runs the paper's Table 3.
#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

#include "core/data/dataset.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_study.h"
#include "core/perceptron/perceptron_trainer.h"
#include "ui/main/page.h"
#include "ui/perceptron/decision_regions.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace smip::ui {

class AppState;
class MilpProcessJob;
class PerceptronStudyJob;
class ScatterPlot;
class SolveControls;
class SolverChart;
class WeightMatrixView;

class PerceptronPage : public QWidget, public Page {
    Q_OBJECT
  public:
    explicit PerceptronPage(AppState* state, QWidget* parent = nullptr);
    /// Kills a running worker process and stops + joins the study thread. GUI thread.
    ~PerceptronPage() override;

    /// Builds the MILP off the GUI thread and solves it in a worker process. GUI thread.
    void solve();
    /// Runs the Table-3 study on a worker thread.
    void runStudy();
    /// Cancels the solve or the study (their results so far are kept).
    void cancel() override;
    bool isBusy() const override;
    /// True while the worker process solves (after the build, before the result).
    bool isSolving() const;
    bool isStudyRunning() const;

    /// Dataset choice: "current" (the shared dataset) or a catalog name (wine, iris, xor, …).
    void setDatasetChoice(const QString& name);
    void setGeneratedSamples(int n);
    void setHidden(int hidden);
    void setSparsity(bool weights, bool activations, bool neurons);
    void setTimeLimit(double seconds);
    void setTrainFraction(double fraction);
    void setStudyRepeats(int repeats);

    /// Writes the study table as CSV (atomically). Empty string on success, else a message.
    QString exportStudyCsv(const QString& path) const;

    const std::optional<PerceptronTrainResult>& lastResult() const { return result_; }
    const std::optional<PerceptronStudyResult>& lastStudy() const { return study_; }
    const QImage& regionImage() const { return regions_.image; }
    SolverChart* solverChart() const { return chart_; }
    QTableWidget* studyTable() const { return table_; }
    QString statusText() const;
    /// The model-size line shown before solving.
    QString sizeText() const;

    std::string pageId() const override { return "perceptron"; }

  signals:
    void solveFinished();
    void studyFinished();

  private:
    FormState formState() const override;
    /// Everything the worker steps need, built off the GUI thread.
    struct Prepared {
        std::string error;
        Dataset train, test;
        int fullTrain = 0;
        std::shared_ptr<PerceptronMilp> milp;
        std::vector<double> start;
    };
    struct Finished {
        PerceptronTrainResult result;
        DecisionRegions regions;
    };
    void buildUi();
    QWidget* buildForm();
    PerceptronConfig configFromForm() const;
    /// The chosen dataset, resolved (false with a translated message on failure).
    bool chosenDataset(Dataset& out, QString& error) const;
    void updateSizeEstimate();
    void onPrepared();
    void onTick();
    void onSolveFinished();
    void onResultReady();
    void showResult(const PerceptronTrainResult& r);
    void showNetwork(const PerceptronTrainResult& r);
    void onStudyFinished();
    void fillStudyTable(const PerceptronStudyResult& r);
    void exportStudyInteractive();

    AppState* state_;
    QComboBox* dataset_ = nullptr;
    QSpinBox* samples_ = nullptr;
    QDoubleSpinBox* trainFraction_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QSpinBox* maxTrain_ = nullptr;
    QSpinBox* hidden_ = nullptr;
    QCheckBox* flagWeights_ = nullptr;
    QCheckBox* flagActivations_ = nullptr;
    QCheckBox* flagNeurons_ = nullptr;
    QDoubleSpinBox* factorWeights_ = nullptr;
    QDoubleSpinBox* factorActivations_ = nullptr;
    QDoubleSpinBox* factorNeurons_ = nullptr;
    QSpinBox* maxWeights_ = nullptr;
    QCheckBox* integer_ = nullptr;
    QCheckBox* nonnegative_ = nullptr;
    QDoubleSpinBox* timeLimit_ = nullptr;
    QSpinBox* repeats_ = nullptr;
    QLabel* size_ = nullptr;
    SolveControls* controls_ = nullptr;  // Solve, Cancel, status line, poll clock
    QPushButton* studyButton_ = nullptr;
    QPushButton* export_ = nullptr;
    SolverChart* chart_ = nullptr;
    QPlainTextEdit* log_ = nullptr;
    QLabel* results_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    ScatterPlot* scatter_ = nullptr;
    WeightMatrixView* weights_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* studyNote_ = nullptr;

    QFutureWatcher<Prepared> prepare_;
    QFutureWatcher<Finished> finish_;
    std::unique_ptr<MilpProcessJob> job_;
    std::unique_ptr<PerceptronStudyJob> studyJob_;
    Prepared prepared_;
    std::optional<PerceptronTrainResult> result_;
    std::optional<PerceptronStudyResult> study_;
    DecisionRegions regions_;
    QStringList featureNames_, classNames_;
    int studyRun_ = -1;
};

}  // namespace smip::ui
