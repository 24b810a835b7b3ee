#pragma once
// The Adversarial page's classifier: a digits MLP trained here (MlpTrainingJob, the CLI's
// `mlp-train`) or loaded from JSON, on the bundled digits' seeded 80/20 split. The panel owns its
// form, its training job and its training chart; the page shows the chart among its tabs, drains
// the job on its clock and attacks whatever model the panel holds.
#include <QGroupBox>
#include <memory>
#include <optional>

#include "core/data/dataset.h"
#include "core/mlp/mlp_classifier.h"
#include "core/mlp/mlp_data_split.h"
#include "ui/main/form_state.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace smip::ui {

class LiveLineChart;
class MlpTrainingJob;

class ClassifierPanel : public QGroupBox {
    Q_OBJECT
  public:
    explicit ClassifierPanel(QWidget* parent = nullptr);
    /// Stops and joins a running training.
    ~ClassifierPanel() override;

    /// Trains a classifier on the digits' training split off the GUI thread.
    void startTraining();
    void stopTraining();
    bool isTraining() const;
    /// Loads a network from our JSON or from ONNX (*.onnx: pixels / 16, see classifier_file.h) /
    /// saves it as JSON / exports it as ONNX; empty string on success, else the message (also
    /// sent as status()).
    QString loadModel(const QString& path);
    QString saveModel(const QString& path);
    QString exportOnnxModel(const QString& path);

    const MlpClassifier* model() const { return model_ ? &*model_ : nullptr; }
    /// The digits' split for the current seed; null when the digits are unavailable.
    const MlpDataSplit* split() const { return split_ ? &*split_ : nullptr; }
    /// The bundled digits (raw pixels; the split's rows index into them).
    const Dataset& digits() const { return digits_; }

    void setHiddenSizes(const QString& text);
    void setEpochs(int epochs);
    void setSeed(int seed);
    /// The page is solving: the model and the split must not change under the run.
    void setSolving(bool solving);

    /// Draws the epochs finished since the last call. GUI thread, on the page's clock.
    void drainTraining();
    LiveLineChart* trainingChart() const { return chart_; }
    /// The inputs by session key ("hidden", "epochs", "seed").
    FormState formState() const;

  signals:
    void modelChanged();  ///< a new model or a new split (seed): the page redraws its sample
    void trainingStarted();
    void trainingFinished();
    void status(const QString& text, bool error);

  private:
    bool ensureSplit();
    void onTrainingFinished();
    void setModel(const MlpClassifier& net, const QString& origin);
    double testAccuracy(const MlpClassifier& net) const;
    void updateButtons();

    QLineEdit* hidden_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QPushButton* train_ = nullptr;
    QPushButton* stopTrain_ = nullptr;
    QPushButton* load_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* exportOnnx_ = nullptr;
    QLabel* info_ = nullptr;
    LiveLineChart* chart_ = nullptr;

    Dataset digits_;
    std::optional<MlpDataSplit> split_;
    std::uint64_t splitSeed_ = 0;
    std::optional<MlpClassifier> model_;
    std::unique_ptr<MlpTrainingJob> job_;
    bool solving_ = false;
};

}  // namespace smip::ui
