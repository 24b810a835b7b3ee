#include "ui/perceptron/perceptron_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "core/data/dataset_catalog.h"
#include "core/data/dataset_split.h"
#include "core/perceptron/perceptron_data.h"
#include "ui/main/app_state.h"

namespace smip::ui {

namespace {
const char* const kCatalog[] = {"wine",   "breast_cancer", "iris", "corner",
                                "spiral", "xor",           "moons"};
const char* const kGenerated[] = {"corner", "spiral", "xor", "moons"};
}  // namespace

PerceptronForm::PerceptronForm(AppState* state, QWidget* parent) : QWidget(parent), state_(state) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);  // the page's column spaces the boxes
    layout->addWidget(buildDataBox());
    layout->addWidget(buildNetworkBox());
    connect(dataset_, &QComboBox::currentIndexChanged, this, &PerceptronForm::updateSizeEstimate);
    for (QSpinBox* s : {samples_, seed_, maxTrain_, hidden_, maxWeights_})
        connect(s, &QSpinBox::valueChanged, this, &PerceptronForm::updateSizeEstimate);
    connect(trainFraction_, &QDoubleSpinBox::valueChanged, this,
            &PerceptronForm::updateSizeEstimate);
    for (QCheckBox* c : {flagWeights_, flagActivations_, flagNeurons_, integer_, nonnegative_})
        connect(c, &QCheckBox::toggled, this, &PerceptronForm::updateSizeEstimate);
    setConfig(PerceptronRunConfig{});  // core's defaults, as the CLI's
    connect(state_, &AppState::datasetChanged, this, [this] {
        if (dataset_->currentData().toString() == QLatin1String("current")) updateSizeEstimate();
    });
    updateSizeEstimate();
}

QGroupBox* PerceptronForm::buildDataBox() {
    dataset_ = new QComboBox();
    dataset_->addItem(tr("Current dataset (Data page)"), QStringLiteral("current"));
    for (const char* name : kCatalog)
        dataset_->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    dataset_->setCurrentIndex(dataset_->findData(QStringLiteral("xor")));
    samples_ = new QSpinBox();
    samples_->setRange(4, 5000);
    samples_->setValue(100);
    samples_->setToolTip(tr("Samples of a generated 2-D shape (corner, spiral, xor, moons)."));
    trainFraction_ = new QDoubleSpinBox();
    trainFraction_->setRange(0.05, 1.0);
    trainFraction_->setSingleStep(0.05);
    trainFraction_->setToolTip(
        tr("Stratified, seeded split; 1 trains on everything (no test set)."));
    seed_ = new QSpinBox();
    seed_->setRange(0, 1000000);
    maxTrain_ = new QSpinBox();
    maxTrain_->setRange(0, 100000);
    maxTrain_->setSpecialValueText(tr("all"));
    maxTrain_->setToolTip(
        tr("Stratified subsample of the training part: the MILP grows with every "
           "sample."));
    auto* box = new QGroupBox(tr("Data"));
    auto* df = new QFormLayout(box);
    df->addRow(tr("Dataset:"), dataset_);
    df->addRow(tr("Samples (shapes):"), samples_);
    df->addRow(tr("Train fraction:"), trainFraction_);
    df->addRow(tr("Max training samples:"), maxTrain_);
    df->addRow(tr("Seed:"), seed_);
    return box;
}

QGroupBox* PerceptronForm::buildNetworkBox() {
    hidden_ = new QSpinBox();
    hidden_->setRange(1, 64);
    auto factor = [] {
        auto* f = new QDoubleSpinBox();
        f->setRange(0.0, 100.0);
        f->setDecimals(3);
        f->setSingleStep(0.05);
        return f;
    };
    flagWeights_ = new QCheckBox(tr("Weights"));
    flagActivations_ = new QCheckBox(tr("Activations"));
    flagNeurons_ = new QCheckBox(tr("Neurons"));
    flagWeights_->setToolTip(tr("Count nonzero hidden weights (one binary per weight)."));
    flagActivations_->setToolTip(tr("Count hidden firings over the training samples."));
    flagNeurons_->setToolTip(tr("A kill switch per hidden unit; count the used units."));
    factorWeights_ = factor();
    factorActivations_ = factor();
    factorNeurons_ = factor();
    maxWeights_ = new QSpinBox();
    maxWeights_->setRange(0, 100000);
    maxWeights_->setSpecialValueText(tr("none"));
    maxWeights_->setToolTip(
        tr("Cap N_max on the nonzero hidden weights (needs the weights term)."));
    integer_ = new QCheckBox(tr("Integer network"));
    integer_->setToolTip(tr("Inputs round(10·x in [0,1]), integer weights and biases."));
    nonnegative_ = new QCheckBox(tr("Non-negative weights"));
    nonnegative_->setToolTip(tr("Hidden weights ≥ 0: each unit selects features."));
    polish_ = new QComboBox();
    polish_->addItem(tr("Off"), static_cast<int>(PerceptronPolish::Off));
    polish_->addItem(tr("Last incumbent"), static_cast<int>(PerceptronPolish::Final));
    polish_->addItem(tr("Every incumbent, restarting"),
                     static_cast<int>(PerceptronPolish::Restart));
    polish_->setToolTip(
        tr("The solver's networks re-solved exactly by LP on their firing pattern, with weights "
           "and units dropped; a strictly better one replaces the solver's. Last incumbent: after "
           "the solve. Every incumbent: each one ends the solve, which restarts from the better "
           "network (the search tree is lost)."));
    patternBound_ = new QCheckBox(tr("Enumerate firing patterns first"));
    patternBound_->setToolTip(
        tr("Before CBC: list every firing pattern a unit can have on the training samples and "
           "search the sets of units that could beat the start. Proves the optimum on small "
           "2-D data that CBC's bound alone cannot (with the activations term; continuous "
           "networks, up to 64 training samples, 3 inputs and 4 hidden units; uses at most 40 % "
           "of the time limit)."));
    timeLimit_ = new QDoubleSpinBox();
    timeLimit_->setRange(1, 86400);
    timeLimit_->setSuffix(tr(" s"));
    auto* box = new QGroupBox(tr("Network and sparsity"));
    auto* nf = new QFormLayout(box);
    nf->addRow(tr("Hidden units:"), hidden_);
    auto* flags = new QGridLayout();
    flags->addWidget(new QLabel(tr("Penalize")), 0, 0);
    flags->addWidget(new QLabel(tr("factor")), 0, 1);
    flags->addWidget(flagWeights_, 1, 0);
    flags->addWidget(factorWeights_, 1, 1);
    flags->addWidget(flagActivations_, 2, 0);
    flags->addWidget(factorActivations_, 2, 1);
    flags->addWidget(flagNeurons_, 3, 0);
    flags->addWidget(factorNeurons_, 3, 1);
    nf->addRow(flags);
    nf->addRow(tr("Weight cap N_max:"), maxWeights_);
    nf->addRow(integer_);
    nf->addRow(nonnegative_);
    nf->addRow(tr("Polish incumbents:"), polish_);
    nf->addRow(patternBound_);
    nf->addRow(tr("Time limit:"), timeLimit_);
    size_ = new QLabel();
    size_->setWordWrap(true);
    nf->addRow(size_);
    return box;
}

PerceptronConfig PerceptronForm::networkConfig() const {
    PerceptronConfig c;
    c.hidden = hidden_->value();
    c.sparsity.weights = flagWeights_->isChecked();
    c.sparsity.activations = flagActivations_->isChecked();
    c.sparsity.neurons = flagNeurons_->isChecked();
    c.sparsity.weightsFactor = factorWeights_->value();
    c.sparsity.activationsFactor = factorActivations_->value();
    c.sparsity.neuronsFactor = factorNeurons_->value();
    c.sparsity.maxWeights = maxWeights_->value() > 0 ? maxWeights_->value() : -1;
    c.integer = integer_->isChecked();
    c.nonnegative = nonnegative_->isChecked();
    c.polish = static_cast<PerceptronPolish>(polish_->currentData().toInt());
    c.patternBound = patternBound_->isChecked();
    return c;
}

void PerceptronForm::setConfig(const PerceptronRunConfig& c) {
    const PerceptronConfig& n = c.network;
    hidden_->setValue(n.hidden);
    flagWeights_->setChecked(n.sparsity.weights);
    flagActivations_->setChecked(n.sparsity.activations);
    flagNeurons_->setChecked(n.sparsity.neurons);
    factorWeights_->setValue(n.sparsity.weightsFactor);
    factorActivations_->setValue(n.sparsity.activationsFactor);
    factorNeurons_->setValue(n.sparsity.neuronsFactor);
    maxWeights_->setValue(n.sparsity.maxWeights > 0 ? n.sparsity.maxWeights : 0);
    integer_->setChecked(n.integer);
    nonnegative_->setChecked(n.nonnegative);
    polish_->setCurrentIndex(polish_->findData(static_cast<int>(n.polish)));
    patternBound_->setChecked(n.patternBound);
    trainFraction_->setValue(1.0 - c.testFraction);
    maxTrain_->setValue(c.maxTrain);
    seed_->setValue(static_cast<int>(c.seed));
    timeLimit_->setValue(c.milp.timeLimitSeconds);
}

PerceptronRunConfig PerceptronForm::config() const {
    PerceptronRunConfig c;
    c.network = networkConfig();
    c.testFraction = 1.0 - trainFraction_->value();  // the form shows the train share
    c.maxTrain = maxTrain_->value();
    c.seed = static_cast<std::uint64_t>(seed_->value());
    c.milp.timeLimitSeconds = timeLimit_->value();
    return c;
}

bool PerceptronForm::chosenDataset(Dataset& out, QString& error) const {
    const QString choice = dataset_->currentData().toString();
    if (choice == QLatin1String("current")) {
        out = state_->dataset();
        if (out.samples() == 0) {
            error =
                tr("The current dataset is empty: load one on the Data page or pick a "
                   "dataset here.");
            return false;
        }
    } else {
        DatasetSpec spec;
        spec.source = choice.toStdString();
        spec.n = samples_->value();
        spec.seed = static_cast<std::uint64_t>(seed_->value());
        std::string e;
        if (!resolveDataset(spec, out, e)) {
            error = tr("Cannot load %1: %2").arg(choice, QString::fromStdString(e));
            return false;
        }
    }
    if (out.task != TaskKind::Classification) {
        error = tr("“%1” is a regression dataset: the perceptron network needs class labels. "
                   "Pick a classification dataset.")
                    .arg(QString::fromStdString(out.name));
        return false;
    }
    std::string e;
    if (!checkPerceptronData(out, networkConfig().maxClasses, e)) {
        error = tr("Cannot use this dataset: %1").arg(QString::fromStdString(e));
        return false;
    }
    return true;
}

PerceptronModelSize PerceptronForm::modelSize(const Dataset& data) const {
    const PerceptronRunConfig c = config();
    PerceptronModelSize s;
    // The solve's split (cheap: index shuffles), so the size is exact, not a guess.
    s.fullTrain = c.testFraction > 0.0
                      ? static_cast<int>(splitIndices(data, c.testFraction, c.seed).train.size())
                      : data.samples();
    s.train = c.maxTrain > 0 ? std::min(s.fullTrain, c.maxTrain) : s.fullTrain;
    s.milp = estimatePerceptronMilp(s.train, data.features(), data.classes(), c.network);
    return s;
}

void PerceptronForm::updateSizeEstimate() {
    const QString choice = dataset_->currentData().toString();
    bool generated = false;
    for (const char* g : kGenerated)
        generated |= choice == QLatin1String(g);
    samples_->setEnabled(generated);
    Dataset data;
    QString error;
    if (!chosenDataset(data, error)) {
        size_->setText(error);
        return;
    }
    const PerceptronModelSize s = modelSize(data);
    QString text = tr("%1: %2 samples, %3 features, %4 classes; %5 training rows.\n"
                      "MILP: %6 rows, %7 columns, %8 binaries.")
                       .arg(QString::fromStdString(data.name))
                       .arg(data.samples())
                       .arg(data.features())
                       .arg(data.classes())
                       .arg(s.train)
                       .arg(s.milp.rows)
                       .arg(s.milp.columns)
                       .arg(s.milp.binaries);
    if (s.milp.binaries > 20000)
        text += tr("\nLarge: a smaller “Max training samples” solves much faster.");
    size_->setText(text);
}

QString PerceptronForm::sizeText() const {
    return size_->text();
}

FormState PerceptronForm::formState() const {
    return {{"dataset", dataset_},
            {"samples", samples_},
            {"train_fraction", trainFraction_},
            {"seed", seed_},
            {"max_train", maxTrain_},
            {"hidden", hidden_},
            {"sparse_weights", flagWeights_},
            {"sparse_activations", flagActivations_},
            {"sparse_neurons", flagNeurons_},
            {"factor_weights", factorWeights_},
            {"factor_activations", factorActivations_},
            {"factor_neurons", factorNeurons_},
            {"max_weights", maxWeights_},
            {"integer", integer_},
            {"nonnegative", nonnegative_},
            {"polish", polish_},
            {"pattern_bound", patternBound_},
            {"time_limit", timeLimit_}};
}

void PerceptronForm::setDatasetChoice(const QString& name) {
    const int i = dataset_->findData(name);
    if (i >= 0) dataset_->setCurrentIndex(i);
}
void PerceptronForm::setGeneratedSamples(int n) {
    samples_->setValue(n);
}
void PerceptronForm::setHidden(int hidden) {
    hidden_->setValue(hidden);
}
void PerceptronForm::setSparsity(bool weights, bool activations, bool neurons) {
    flagWeights_->setChecked(weights);
    flagActivations_->setChecked(activations);
    flagNeurons_->setChecked(neurons);
}
void PerceptronForm::setTimeLimit(double seconds) {
    timeLimit_->setValue(seconds);
}
void PerceptronForm::setTrainFraction(double fraction) {
    trainFraction_->setValue(fraction);
}

}  // namespace smip::ui
