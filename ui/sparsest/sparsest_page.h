#pragma once
// The "Sparsest network" page: the provably sparsest d → K → 1 ReLU network that fits the data,
// by MILP on CBC in a worker process, with incumbent and bound charted live, the decoded network
// verified in double precision, and a comparison with the trained regularizers' nonzeros.
#include <QFutureWatcher>
#include <QWidget>
#include <limits>
#include <memory>
#include <optional>
#include <stop_token>

#include "core/sparsest/sparsest_solver.h"
#include "core/train/trainer.h"
#include "ui/main/page.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QPlainTextEdit;
class QRadioButton;

namespace smip::ui {

class AppState;
class BarChart;
class MilpProcessJob;
class NetworkView;
class SolveControls;
class SolverChart;
class TrainPage;

class SparsestPage : public QWidget, public Page {
    Q_OBJECT
  public:
    SparsestPage(AppState* state, TrainPage* trainPage, QWidget* parent = nullptr);
    ~SparsestPage() override;

    /// Builds the model (off the GUI thread) and solves it in a worker process. GUI thread.
    void solve();
    void cancel() override;
    /// The whole pipeline of the sparse-ReLU package: train → pick the sparsest fit → bounds + warm
    /// start → solve.
    void runPipeline();
    bool isBusy() const override;

    void setTimeLimit(double seconds);
    void setVariant(SparsestVariant variant);
    void setManualBounds(double wBound, double bBound);
    void setRankBound(bool on);
    /// Skips confirmation dialogs (tests, demos).
    void setInteractive(bool interactive) { interactive_ = interactive; }

    const std::optional<SparsestResult>& lastResult() const { return result_; }
    SolverChart* solverChart() const { return chart_; }

    std::string pageId() const override { return "sparsest"; }

  signals:
    void solveFinished();

  private:
    FormState formState() const override;
    struct Prepared {
        std::string error;
        SparsestPrepared sp;   ///< model, start, caps, rank bound
        double seconds = 0.0;  ///< wall time of the preparation (the rank enumeration mostly)
    };
    void buildUi();
    SparsestConfig configFromForm(QString* boundsNote) const;
    const TrainResult* chosenModel() const;
    void refreshModelChoices();
    void updateSizeEstimate();
    void onPrepared();
    void onRestartPrepared(Prepared next);
    MilpOptions solveOptions() const;
    void startJob(const MilpProblem& problem, const MilpOptions& options);
    QString capsNote(const SparsestPrepared& sp) const;
    void onTick();
    void onSolveFinished();
    void showResult(const SparsestResult& r);
    void updateComparison();
    void setBusyUi(bool busy);

    AppState* state_;
    TrainPage* trainPage_;
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
    QLabel* status_ = nullptr;  ///< controls_'s status line
    SolverChart* chart_ = nullptr;
    QPlainTextEdit* log_ = nullptr;
    NetworkView* network_ = nullptr;
    QLabel* verification_ = nullptr;
    BarChart* comparison_ = nullptr;

    QFutureWatcher<Prepared> prepare_;
    std::stop_source prepareStop_;  ///< cancels the rank enumeration and the warm-start LP
    std::unique_ptr<MilpProcessJob> job_;
    Prepared prepared_;
    std::optional<SparsestResult> result_;
    double prepSeconds_ = 0.0;
    // The two-phase solve without a start (sparsestRestartWorthwhile): phase 1 is cancelled at a
    // small incumbent and phase 2 runs on the model rebuilt with capped sign slots.
    Eigen::MatrixXd solveX_;
    Eigen::VectorXd solveY_;
    SparsestConfig solveConfig_;
    bool restartArmed_ = false;      ///< phase 1 is running and watching for the incumbent
    bool restartRequested_ = false;  ///< phase 1 was cancelled for the restart
    bool restarting_ = false;        ///< phase 2 is being prepared or running
    bool userCancelled_ = false;
    double restartBase_ = 0.0;  ///< seconds on the run's clock when phase 2's preparation began
    double boundFloor_ = -std::numeric_limits<double>::infinity();  ///< phase 1's final bound
    MilpResult phase1_;  ///< phase 1's result, kept for the final result after the restart
    bool pipelineWaiting_ = false;
    bool interactive_ = true;
    QString boundsNote_;
};

}  // namespace smip::ui
