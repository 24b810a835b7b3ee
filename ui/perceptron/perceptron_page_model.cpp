// PerceptronPage: the form → config, the chosen dataset (with clear messages for data the
// perceptron MILP cannot take) and the model-size line shown before solving.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <algorithm>

#include "core/data/dataset_catalog.h"
#include "core/data/dataset_split.h"
#include "core/perceptron/perceptron_data.h"
#include "ui/main/app_state.h"
#include "ui/perceptron/perceptron_page.h"

namespace smip::ui {

namespace {
const char* const kGenerated[] = {"corner", "spiral", "xor", "moons"};
}  // namespace

PerceptronConfig PerceptronPage::configFromForm() const {
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
    return c;
}

bool PerceptronPage::chosenDataset(Dataset& out, QString& error) const {
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
    if (!checkPerceptronData(out, configFromForm().maxClasses, e)) {
        error = tr("Cannot use this dataset: %1").arg(QString::fromStdString(e));
        return false;
    }
    return true;
}

void PerceptronPage::updateSizeEstimate() {
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
    // Same split as the solve (cheap: index shuffles) so the size is exact, not a guess.
    const double testFraction = 1.0 - trainFraction_->value();
    int trainRows = data.samples();
    if (testFraction > 0.0)
        trainRows = static_cast<int>(
            splitIndices(data, testFraction, static_cast<std::uint64_t>(seed_->value()))
                .train.size());
    if (maxTrain_->value() > 0) trainRows = std::min(trainRows, maxTrain_->value());
    const int K = data.classes();
    const PerceptronMilpSize s =
        estimatePerceptronMilp(trainRows, data.features(), K, configFromForm());
    QString text = tr("%1: %2 samples, %3 features, %4 classes; %5 training rows.\n"
                      "MILP: %6 rows, %7 columns, %8 binaries.")
                       .arg(QString::fromStdString(data.name))
                       .arg(data.samples())
                       .arg(data.features())
                       .arg(K)
                       .arg(trainRows)
                       .arg(s.rows)
                       .arg(s.columns)
                       .arg(s.binaries);
    if (s.binaries > 20000)
        text += tr("\nLarge: a smaller “Max training samples” solves much faster.");
    size_->setText(text);
}

}  // namespace smip::ui
