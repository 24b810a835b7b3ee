#pragma once
// The Perceptron page's settings: the data (dataset, split, subsample, seed) and the network
// (hidden units, the paper's sparsity terms, integer/non-negative, time limit) as a
// PerceptronRunConfig, the chosen dataset with clear messages for data the perceptron MILP
// cannot take, and the model-size line shown before solving.
#include <QWidget>

#include "core/data/dataset.h"
#include "core/perceptron/perceptron_milp.h"
#include "ui/jobs/perceptron_solve_job.h"
#include "ui/main/form_state.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace smip::ui {

class AppState;

/// The training rows a solve builds its MILP from, and the MILP's size.
struct PerceptronModelSize {
    int fullTrain = 0;  ///< training part of the split
    int train = 0;      ///< after the "Max training samples" subsample
    PerceptronMilpSize milp;
};

class PerceptronForm : public QWidget {
    Q_OBJECT
  public:
    explicit PerceptronForm(AppState* state, QWidget* parent = nullptr);

    /// The settings of a solve (the dataset is chosenDataset()); setConfig shows one (the form
    /// starts at core's PerceptronRunConfig defaults).
    PerceptronRunConfig config() const;
    void setConfig(const PerceptronRunConfig& config);
    /// The chosen dataset, resolved and checked (false with a translated message).
    bool chosenDataset(Dataset& out, QString& error) const;
    /// The split and MILP size a solve of `data` would have (exact: the split is the solve's).
    PerceptronModelSize modelSize(const Dataset& data) const;
    /// The model-size line (or why the dataset cannot be used).
    QString sizeText() const;
    /// The inputs by session key.
    FormState formState() const;

    /// Dataset choice: "current" (the shared dataset) or a catalog name (wine, iris, xor, …).
    void setDatasetChoice(const QString& name);
    void setGeneratedSamples(int n);
    void setHidden(int hidden);
    void setSparsity(bool weights, bool activations, bool neurons);
    void setTimeLimit(double seconds);
    void setTrainFraction(double fraction);

  private:
    QGroupBox* buildDataBox();
    QGroupBox* buildNetworkBox();
    PerceptronConfig networkConfig() const;
    void updateSizeEstimate();

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
    QComboBox* polish_ = nullptr;
    QCheckBox* patternBound_ = nullptr;
    QDoubleSpinBox* timeLimit_ = nullptr;
    QLabel* size_ = nullptr;
};

}  // namespace smip::ui
