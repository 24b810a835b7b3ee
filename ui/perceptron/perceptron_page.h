#pragma once
// The "Perceptron MILP" page: a shallow network of step-function perceptrons trained to (proven)
// optimality as a MILP with the sparsity terms of Rosenhahn (JOTA 2023). A solve runs the CLI's
// pipeline as a PerceptronSolveJob (the MILP in a worker process) with incumbent/bound charted
// live; the decoded network is verified against the MILP's loss, evaluated on a held-out split
// and drawn (decision regions and perceptron lines for 2-D data, a weight heatmap otherwise).
// "Study" runs the paper's Table 3 (PerceptronStudyPanel).
#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "core/data/dataset.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_trainer.h"
#include "ui/main/milp_export.h"
#include "ui/main/page.h"
#include "ui/perceptron/decision_regions.h"

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace smip::ui {

class AppState;
class LearningChart;
class PerceptronForm;
class PerceptronSolveJob;
struct PerceptronLiveNetwork;
class PerceptronStudyPanel;
class ScatterPlot;
class SolveControls;
class SolverChart;
class WeightMatrixView;

class PerceptronPage : public QWidget, public Page, public MilpExportSource {
    Q_OBJECT
  public:
    explicit PerceptronPage(AppState* state, QWidget* parent = nullptr);
    /// Stops a solve or study and waits for it (its solver process is stopped, then killed).
    ~PerceptronPage() override;

    /// Solves the form's settings on a worker thread. GUI thread.
    void solve();
    /// Runs the Table-3 study with the form's settings.
    void runStudy();
    /// Cancels the solve or the study (their results so far are kept).
    void cancel() override;
    bool isBusy() const override;
    /// The Solve button's MILP on the training part, with its start (File → Export MILP…).
    MilpExportPlan milpExportPlan() const override;
    bool isSolving() const;

    PerceptronForm* form() const { return form_; }
    PerceptronStudyPanel* study() const { return study_; }
    const std::optional<PerceptronTrainResult>& lastResult() const { return result_; }
    const QImage& regionImage() const { return regions_.image; }
    SolverChart* solverChart() const { return chart_; }
    LearningChart* learningChart() const { return learning_; }
    QString statusText() const;

    std::string pageId() const override { return "perceptron"; }

  signals:
    void solveFinished();

  private:
    FormState formState() const override;
    void buildUi();
    QWidget* buildFormColumn();
    void clearResult(const Dataset& data);
    void onTick();
    void onSolveFinished();
    static QString startName(const PerceptronStartReport& start);
    /// One line on the firing-pattern enumeration (empty when it was off).
    static QString patternBoundLine(const PerceptronPatternBoundResult& pb);
    void showResult(const PerceptronTrainResult& r);
    void showNetwork(const PerceptronTrainResult& r);
    void drawNetwork(const PerceptronNet& net);
    void showLiveNetworks(const std::vector<PerceptronLiveNetwork>& networks);

    PerceptronForm* form_ = nullptr;
    SolveControls* controls_ = nullptr;  // Solve, Cancel, status line, poll clock
    PerceptronStudyPanel* study_ = nullptr;
    SolverChart* chart_ = nullptr;
    LearningChart* learning_ = nullptr;  // accuracy and size of each incumbent
    QTabWidget* liveTabs_ = nullptr;     // the learning chart and CBC's log
    QPlainTextEdit* log_ = nullptr;
    QLabel* results_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    ScatterPlot* scatter_ = nullptr;
    WeightMatrixView* weights_ = nullptr;

    std::unique_ptr<PerceptronSolveJob> job_;
    std::optional<PerceptronTrainResult> result_;
    PerceptronSplit split_;  // the points drawn with the regions
    DecisionRegions regions_;
    QStringList featureNames_, classNames_;
};

}  // namespace smip::ui
