#pragma once
// The "Sparsest network" page: the provably sparsest d → K → 1 ReLU network that fits the data,
// by MILP on CBC in a worker process, with incumbent and bound charted live, the decoded network
// verified in double precision, and a comparison with the trained regularizers' nonzeros.
#include <QElapsedTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "core/sparsest/sparsest_pipeline.h"
#include "ui/main/milp_export.h"
#include "ui/main/page.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QPlainTextEdit;
class QRadioButton;
class QTabWidget;

namespace smip::ui {

class AppState;
class BarChart;
class FunctionView;
class SweepStudyView;
class NetworkView;
class SolveControls;
class SolverChart;
class SparsestJob;
struct SparsestTrainedStage;

/// The form as a plain value: what a run is made of. The MILP's bounds are the manual ones;
/// with boundsFromModel the chosen trained model's bounds (+ margin) replace them at solve time.
struct SparsestForm {
    SparsestConfig sparsest;
    bool boundsFromModel = false;
    int model = -1;  ///< index into AppState's trained models; −1: the sparsest that fits
    double margin = SparsestPipelineConfig{}.margin;
    bool warmStart = false;
    MilpOptions milp;  ///< time limit and threads
};

class SparsestPage : public QWidget, public Page, public MilpExportSource {
    Q_OBJECT
  public:
    /// Fills the training part of the pipeline's config (regularizers, hyperparameters, seed):
    /// the Train page's form, wired by MainWindow. Unset: the seed package's defaults.
    using TrainingSource = std::function<void(SparsestPipelineConfig&)>;

    explicit SparsestPage(AppState* state, QWidget* parent = nullptr);
    ~SparsestPage() override;

    void setTrainingSource(TrainingSource source) { trainingSource_ = std::move(source); }

    /// Runs solveSparsest on a worker thread, its MILPs in worker processes. GUI thread.
    void solve();
    void cancel() override;
    /// The whole pipeline of the sparse-ReLU package as one job (runSparsestPipeline): train →
    /// pick the sparsest fit → bounds + warm start → solve. The trained models go to AppState.
    void runPipeline();
    bool isBusy() const override;
    /// The Solve button's MILP: bounds and start as Solve takes them (File → Export MILP…).
    MilpExportPlan milpExportPlan() const override;

    /// The form's values, and the form set from them (a model index not present: auto).
    SparsestForm config() const;
    void setConfig(const SparsestForm& form);

    void setTimeLimit(double seconds);
    void setVariant(SparsestVariant variant);
    void setManualBounds(double wBound, double bBound);
    void setRankBound(bool on);
    /// Skips confirmation dialogs (tests, demos).
    void setInteractive(bool interactive) { interactive_ = interactive; }

    const std::optional<SparsestResult>& lastResult() const { return result_; }
    /// Writes the decoded MILP network as ONNX to `path` (what "Export ONNX…" does after its
    /// dialog). Empty on success, else the reason. GUI thread.
    QString exportOnnxNetwork(const QString& path) const;
    SolverChart* solverChart() const { return chart_; }
    FunctionView* functionView() const { return function_; }
    SweepStudyView* studyView() const { return study_; }
    QTabWidget* pageTabs() const { return pageTabs_; }

    std::string pageId() const override { return "sparsest"; }

  signals:
    void solveFinished();

  private:
    FormState formState() const override;
    void buildUi();
    SparsestConfig configFromForm(QString* boundsNote) const;
    MilpOptions solveOptions() const;
    const TrainResult* chosenModel() const;
    void refreshModelChoices();
    void updateSizeEstimate();
    /// Clears the views and starts the clock and the job. GUI thread.
    void beginRun(const QString& status);
    void onTick();
    void showTrainingProgress(const std::vector<std::pair<int, TrainSample>>& samples);
    void showSearchNetwork(const RankBoundProgress& report);
    void onTrained(const SparsestTrainedStage& stage);
    void onJobFinished();
    void showResult(const SparsestResult& r);
    void updateComparison();
    /// The function view: every trained model in the Train page's colours, the MILP's network
    /// dashed beside them (and shown as the heat map for 2-D data). GUI thread.
    void updateFunctions();
    void pickBottomTab();
    void setBusyUi(bool busy);

    AppState* state_;
    QRadioButton* boundsFromModel_ = nullptr;
    QRadioButton* boundsManual_ = nullptr;
    QComboBox* model_ = nullptr;
    QDoubleSpinBox* margin_ = nullptr;
    QDoubleSpinBox* wBound_ = nullptr;
    QDoubleSpinBox* bBound_ = nullptr;
    QSpinBox* width_ = nullptr;
    QComboBox* variant_ = nullptr;
    QDoubleSpinBox* epsilon_ = nullptr;
    QDoubleSpinBox* timeLimit_ = nullptr;
    QSpinBox* threads_ = nullptr;
    QCheckBox* countBiases_ = nullptr;
    QCheckBox* warmStart_ = nullptr;
    QCheckBox* rankBound_ = nullptr;
    QLabel* size_ = nullptr;
    SolveControls* controls_ = nullptr;  ///< Solve/Cancel, status line, poll clock
    QPushButton* pipeline_ = nullptr;
    QPushButton* exportOnnx_ = nullptr;  ///< writes the decoded MILP network as ONNX
    QLabel* status_ = nullptr;           ///< controls_'s status line
    SolverChart* chart_ = nullptr;
    QPlainTextEdit* log_ = nullptr;
    NetworkView* network_ = nullptr;
    QLabel* verification_ = nullptr;
    BarChart* comparison_ = nullptr;
    FunctionView* function_ = nullptr;
    QTabWidget* bottomTabs_ = nullptr;  ///< nonzero bars | function view
    QTabWidget* pageTabs_ = nullptr;    ///< one instance | study
    SweepStudyView* study_ = nullptr;

    TrainingSource trainingSource_;
    std::unique_ptr<SparsestJob> job_;
    std::optional<SparsestResult> result_;
    QElapsedTimer milpClock_;       ///< from the start of the MILP stage (solveSparsest's clock)
    int shownSearchNetwork_ = -1;   ///< nonzeros of the rank bound's network drawn, −1: none
    std::vector<int> trainEpochs_;  ///< newest epoch per regularizer while the pipeline trains
    int pipelineEpochs_ = 0;        ///< epochs per regularizer of the running pipeline
    bool interactive_ = true;
    QString boundsNote_;
};

}  // namespace smip::ui
