#pragma once
// The Train page: several regularizers train side by side, each on its own thread, with live
// charts (MSE, nonzeros, active neurons, path norm), a live network drawing and a results table.
#include <QList>
#include <QWidget>
#include <memory>
#include <vector>

#include "core/train/trainer.h"
#include "ui/main/page.h"

class QTableWidget;
class QSpinBox;
class QDoubleSpinBox;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QSlider;
class QTimer;

namespace smip::ui {

class AppState;
class FunctionView;
class LiveLineChart;
class NetworkView;
class RegularizerTable;
class SolveControls;
class TrainingJob;

class TrainPage : public QWidget, public Page {
    Q_OBJECT
  public:
    explicit TrainPage(AppState* state, QWidget* parent = nullptr);
    ~TrainPage() override;

    /// Starts every checked regularizer from one shared initialization. GUI thread.
    void start();
    /// Asks every running job to stop (they finish within a second).
    void stop();
    bool isRunning() const;

    /// Regularizers and hyperparameters as currently entered (for sessions and the pipeline).
    std::vector<RegularizerSpec> checkedRegularizers() const;
    TrainConfig config() const;
    void setConfig(const TrainConfig& config);
    void setEpochs(int epochs);
    /// Checks exactly the regularizers whose ids are listed (others unchecked).
    void setCheckedRegularizers(const QStringList& ids);
    /// Seed of the shared initial weights, as entered.
    std::uint64_t initSeed() const;
    /// Shows results trained elsewhere (a session, the pipeline): table, charts, network.
    void showResults(const std::vector<TrainResult>& results);

    // For tests and screenshots.
    LiveLineChart* mseChart() const { return mseChart_; }
    LiveLineChart* nonzeroChart() const { return nonzeroChart_; }
    QTableWidget* resultsTable() const { return results_; }
    FunctionView* functionView() const { return function_; }
    /// After a run (or for loaded results with snapshots): one step per history sample.
    QSlider* epochSlider() const { return scrub_; }
    QCheckBox* envelopeBox() const { return envelope_; }
    QPushButton* replayButton() const { return replay_; }
    void setReplaySeconds(double seconds);
    /// Writes `frames` evenly spaced replay frames (the whole page) as frame_0001.png, … into
    /// `dir`, each atomically. Empty on success, else the reason. GUI thread.
    QString exportReplayFrames(const QString& dir, int frames);
    /// The finished result the network drawing shows (the "Network of" choice); null while
    /// training or when the chosen job failed. What "Export ONNX…" writes.
    const TrainResult* chosenResult() const;
    /// Writes chosenResult()'s network as ONNX to `path` (what "Export ONNX…" does after its
    /// dialog). Empty on success, else the reason. GUI thread.
    QString exportChosenOnnx(const QString& path);
    QPushButton* exportOnnxButton() const { return exportOnnx_; }

    std::string pageId() const override { return "train"; }
    /// Until the results of the last job are in AppState (a little after isRunning()).
    bool isBusy() const override;
    void cancel() override { stop(); }
    /// The form plus the checked regularizers with their p and λ.
    void saveState(nlohmann::json& state) const override;
    void restoreState(const nlohmann::json& state) override;

  signals:
    /// All jobs finished (normally or cancelled); results are in AppState.
    void trainingFinished();

  private:
    FormState formState() const override;
    void buildUi();
    /// One series per regularizer on every chart, empty. GUI thread.
    void resetCharts(const std::vector<RegularizerSpec>& specs, double metricP);
    void plotSamples(const QString& key, const std::vector<TrainSample>& samples);
    /// The function view shows `nets` (one per regularizer, chart colours). GUI thread.
    void showFunctions(const std::vector<RegularizerSpec>& specs,
                       const std::vector<const ShallowReluNet*>& nets, double eps);
    /// Function view for d ≤ 2 (it can draw those), results table otherwise.
    void pickBottomTab();
    /// Enables the slider over the results' samples when they have snapshots, at the end.
    void updateScrub();
    /// Draws every result at sample `index` of the longest run: curves, network, chart cursors.
    void showSample(int index);
    void toggleReplay();
    void onReplayFrame();
    void onTick();
    void onJobFinished();
    void fillResults(const std::vector<TrainResult>& results);
    void appendFailureRow(const QString& name, const QString& message);
    double secondsSinceStart() const;
    QString displayName(const RegularizerSpec& spec) const;
    QString shortName(const RegularizerSpec& spec) const;
    void exportChosenOnnxDialog();

    AppState* state_;
    RegularizerTable* regularizers_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QDoubleSpinBox* lr_ = nullptr;
    QDoubleSpinBox* gamma_ = nullptr;
    QDoubleSpinBox* eps_ = nullptr;
    QSpinBox* width_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QSpinBox* reportEvery_ = nullptr;
    QCheckBox* countBiases_ = nullptr;
    SolveControls* controls_ = nullptr;  // Start/Stop, status line, poll clock
    LiveLineChart* mseChart_ = nullptr;
    LiveLineChart* nonzeroChart_ = nullptr;
    LiveLineChart* activeChart_ = nullptr;
    LiveLineChart* normChart_ = nullptr;
    QComboBox* viewChoice_ = nullptr;
    NetworkView* network_ = nullptr;
    QTableWidget* results_ = nullptr;
    FunctionView* function_ = nullptr;
    QTabWidget* bottomTabs_ = nullptr;  ///< function view | results table
    QSlider* scrub_ = nullptr;
    QLabel* scrubLabel_ = nullptr;
    QCheckBox* envelope_ = nullptr;  // the MSE chart as a band
    QPushButton* exportFrames_ = nullptr;
    QPushButton* exportOnnx_ = nullptr;
    QPushButton* replay_ = nullptr;
    QDoubleSpinBox* replaySeconds_ = nullptr;
    QTimer* replayTimer_ = nullptr;
    qint64 replayStartMs_ = 0;
    std::vector<std::unique_ptr<TrainingJob>> jobs_;
    /// Newest weights of each job as drawn (jobs_ order): the network drawing switches to another
    /// job's without waiting for its next sample.
    std::vector<ShallowReluNet> latestNets_;
    TrainConfig runningConfig_;
    qint64 startedMs_ = 0;
    bool publishing_ = false;  ///< our own results are being handed to AppState
};

}  // namespace smip::ui
