#pragma once
// The "MIP training" page (Patil & Mintz): multilayer networks with binary or ReLU
// activations trained by MILP — full, greedy layer-wise, MIP+SGD hybrid, Lagrangian
// decomposition — with the current MILP charted live and, for the Lagrangian, dual bound and best
// primal per iteration. Training runs as a MipTrainingJob (every MILP in a worker process).
#include <QHash>
#include <QWidget>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/miptrain/mip_trainer.h"
#include "ui/main/milp_export.h"
#include "ui/main/page.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

class QTabWidget;

namespace smip::ui {

class LearningChart;
class LiveLineChart;
class MipTrainingJob;
class SolveControls;
class SolverChart;

class MipTrainPage : public QWidget, public Page, public MilpExportSource {
    Q_OBJECT
  public:
    explicit MipTrainPage(QWidget* parent = nullptr);
    /// Stops the training and waits for it (its solver processes are stopped, then killed).
    ~MipTrainPage() override;

    void train();
    void cancel() override;
    bool isRunning() const;

    /// The form as a plain value (architecture as typed: parsed when a run starts).
    struct Form {
        std::string dataset = "parity5";
        std::uint64_t seed = 1;
        std::string architecture = "5-5-2";
        MipTrainConfig config;  ///< arch is filled by train(), not by the form
    };
    /// The form's defaults: MipTrainConfig's own, with fewer Lagrangian iterations (a class
    /// watches the dual bound climb within the minute rather than waiting on 50 rounds).
    static Form defaultForm();
    Form config() const;
    void setConfig(const Form& form);

    // For tests and demos.
    void setArchitecture(const QString& text);
    void setDatasetName(const QString& name);
    void setMethod(MipMethod method);
    void setTimeLimit(double seconds);
    void setIterations(int iterations);
    const std::optional<MipTrainResult>& lastResult() const { return result_; }
    QTableWidget* resultsTable() const { return table_; }
    LiveLineChart* lagrangianChart() const { return lagrangianChart_; }
    LearningChart* learningChart() const { return learning_; }

    std::string pageId() const override { return "miptrain"; }
    bool isBusy() const override { return isRunning(); }
    /// The first MILP(s) the Train button's method solves (File → Export MILP…).
    MilpExportPlan milpExportPlan() const override;

  signals:
    void trainingFinished();

  private:
    FormState formState() const override;
    void buildUi();
    void validateArchitecture();
    void onTick();
    void addLearningPoints(const std::vector<MipLiveNetwork>& networks);
    void finish();
    void fillTable(const MipTrainResult& r);

    QComboBox* dataset_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QLineEdit* arch_ = nullptr;
    QLabel* archStatus_ = nullptr;
    QComboBox* activation_ = nullptr;
    QComboBox* loss_ = nullptr;
    QComboBox* method_ = nullptr;
    QDoubleSpinBox* timeLimit_ = nullptr;
    QSpinBox* blocks_ = nullptr;
    QSpinBox* iterations_ = nullptr;
    QDoubleSpinBox* sparsity_ = nullptr;
    QCheckBox* sgdStart_ = nullptr;
    QLabel* exactness_ = nullptr;
    SolveControls* controls_ = nullptr;  // Train, Cancel, status line, poll clock
    QLabel* stage_ = nullptr;
    SolverChart* solverChart_ = nullptr;
    LiveLineChart* lagrangianChart_ = nullptr;
    LearningChart* learning_ = nullptr;  // accuracy and size of the full MIP's incumbents
    QTabWidget* sideTabs_ = nullptr;     // the learning chart and the Lagrangian chart
    QTableWidget* table_ = nullptr;

    std::unique_ptr<MipTrainingJob> job_;
    std::optional<MipTrainResult> result_;
    QString runKey_;                       // data, seed, architecture, activation, loss, sparsity
    QHash<QString, double> fullMipBound_;  // the full MIP's best bound per run key, when known
};

}  // namespace smip::ui
