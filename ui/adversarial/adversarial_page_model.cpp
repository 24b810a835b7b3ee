// AdversarialPage, part 2: the classifier (train, load, save) and the test image.
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <algorithm>

#include "core/mlp/mlp_json.h"
#include "ui/adversarial/adversarial_page.h"
#include "ui/adversarial/digit_view.h"
#include "ui/adversarial/probability_view.h"
#include "ui/charts/live_line_chart.h"
#include "ui/jobs/mlp_training_job.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

namespace {
constexpr int kDigitSide = 8;
constexpr int kDigitInputs = kDigitSide * kDigitSide;

QVector<double> toQVector(const Eigen::VectorXd& v) {
    return QVector<double>(v.data(), v.data() + v.size());
}
}  // namespace

bool AdversarialPage::ensureSplit(QString* error) {
    const auto seed = static_cast<std::uint64_t>(seed_->value());
    if (split_ && splitSeed_ == seed) return true;
    if (digits_.samples() == 0) {
        if (error) *error = tr("The bundled digits dataset is not available.");
        return false;
    }
    MlpDataSplit s;
    std::string message;
    // Same split as `sparsemip attack --seed`: 20 % test, pixels scaled by the global range.
    if (!makeMlpSplit(digits_, 0.2, seed, ScalerKind::GlobalMinMax, s, message)) {
        if (error) *error = tr("Cannot split the digits: %1").arg(QString::fromStdString(message));
        split_.reset();
        return false;
    }
    split_ = std::move(s);
    splitSeed_ = seed;
    return true;
}

bool AdversarialPage::isTraining() const {
    return trainJob_ && trainJob_->isRunning();
}

void AdversarialPage::startTraining() {
    if (isTraining() || isSolving()) return;
    MlpTrainConfig config;
    config.hidden.clear();
    for (const QString& part : hidden_->text().split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok || v < 1 || v > 4096) {
            setStatus(
                tr("Hidden sizes: '%1' is not a size between 1 and 4096.").arg(part.trimmed()),
                true);
            return;
        }
        config.hidden.push_back(v);
    }
    if (config.hidden.empty()) {
        setStatus(tr("Hidden sizes: give at least one layer size, e.g. 32,16."), true);
        return;
    }
    config.epochs = epochs_->value();
    config.seed = static_cast<std::uint64_t>(seed_->value());
    QString error;
    if (!ensureSplit(&error)) {
        setStatus(error, true);
        return;
    }
    trainChart_->clearPoints();
    chartTabs_->setCurrentWidget(trainChart_);
    trainJob_ = std::make_unique<MlpTrainingJob>(*split_, config);
    connect(trainJob_.get(), &MlpTrainingJob::finished, this, &AdversarialPage::onTrainingFinished);
    trainJob_->start();
    controls_->startPolling();
    setStatus(tr("Training %1 on the digits…").arg(hidden_->text()));
    updateButtons();
}

void AdversarialPage::stopTraining() {
    if (isTraining()) trainJob_->requestStop();
}

void AdversarialPage::onTrainingFinished() {
    const MlpTrainResult& r = trainJob_->result();
    if (trainJob_->failed()) {  // the worker threw: there is no result to show
        setStatus(tr("Training failed: %1").arg(trainJob_->errorMessage()), true);
    } else if (r.status == MlpTrainStatus::Finished) {
        setModel(
            r.model,
            tr("trained, hidden %1, %2 epochs").arg(hidden_->text()).arg(int(r.history.size())));
        setStatus(tr("Training finished in %1 s.").arg(r.seconds, 0, 'f', 1));
    } else if (r.status == MlpTrainStatus::Cancelled) {
        setStatus(tr("Training stopped; the previous classifier is kept."));
    } else {
        setStatus(tr("Training failed: %1").arg(QString::fromStdString(r.message)), true);
    }
    updateButtons();
    emit trainingFinished();
}

void AdversarialPage::setModel(const MlpClassifier& net, const QString& origin) {
    model_ = net;
    QString sizes;
    for (int s : net.layerSizes())
        sizes += (sizes.isEmpty() ? "" : " → ") + QString::number(s);
    QString accuracy;
    if (split_) {
        // Evaluate with the network's own input scaling on the raw test rows.
        int correct = 0;
        for (int i = 0; i < split_->testIndices.size(); ++i) {
            const Eigen::VectorXd raw = digits_.X.row(split_->testIndices(i)).transpose();
            correct += net.predict(net.scaleInput(raw)) == split_->ytest(i);
        }
        accuracy = tr(", test accuracy %1 %")
                       .arg(100.0 * correct / std::max<Eigen::Index>(1, split_->testIndices.size()),
                            0, 'f', 1);
    }
    modelInfo_->setText(tr("%1 (%2)%3").arg(sizes, origin, accuracy));
    updateSample();
    updateButtons();
}

QString AdversarialPage::loadModel(const QString& path) {
    MlpClassifier net;
    std::string error;
    if (!loadMlp(path.toStdString(), net, error)) {
        setStatus(QString::fromStdString(error), true);
        return QString::fromStdString(error);
    }
    if (net.inputSize() != kDigitInputs || net.outputSize() != 10) {
        const QString msg = tr("%1 has %2 inputs and %3 outputs; a digits classifier needs 64 and "
                               "10.")
                                .arg(QFileInfo(path).fileName())
                                .arg(net.inputSize())
                                .arg(net.outputSize());
        setStatus(msg, true);
        return msg;
    }
    QString splitError;
    if (!ensureSplit(&splitError)) setStatus(splitError, true);
    setModel(net, QFileInfo(path).fileName());
    setStatus(tr("Loaded %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

QString AdversarialPage::saveModel(const QString& path) {
    if (!model_) return tr("There is no classifier to save.");
    const std::string error = saveMlp(*model_, path.toStdString());
    if (!error.empty()) {
        setStatus(QString::fromStdString(error), true);
        return QString::fromStdString(error);
    }
    setStatus(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

bool AdversarialPage::pickRandomCorrect() {
    if (!model_ || !split_) return false;
    std::vector<int> correct;
    for (int i = 0; i < split_->testIndices.size(); ++i) {
        const Eigen::VectorXd raw = digits_.X.row(split_->testIndices(i)).transpose();
        if (model_->predict(model_->scaleInput(raw)) == split_->ytest(i)) correct.push_back(i);
    }
    if (correct.empty()) return false;
    std::uniform_int_distribution<std::size_t> pick(0, correct.size() - 1);
    sample_->setValue(correct[pick(rng_)]);
    return true;
}

void AdversarialPage::updateSample() {
    if (!split_) {
        sample_->setRange(0, 0);
        original_->clear();
        sampleInfo_->setText(tr("No digits available."));
        return;
    }
    {
        const QSignalBlocker block(sample_);
        sample_->setRange(0, int(split_->testIndices.size()) - 1);
    }
    const int i = sample_->value();
    const int label = split_->ytest(i);
    const Eigen::VectorXd raw = digits_.X.row(split_->testIndices(i)).transpose();
    const Eigen::VectorXd x0 =
        model_ ? model_->scaleInput(raw) : Eigen::VectorXd(split_->Xtest.row(i));
    original_->setImage(toQVector(x0), kDigitSide, kDigitSide);
    original_->setCaption(tr("Original x₀ (label %1)").arg(label));
    if (isSolving()) return;  // the comparison still shows the run's own sample
    perturbed_->clear();
    delta_->clear();
    if (!model_) {
        probabilities_->clear();
        sampleInfo_->setText(
            tr("Label %1 (dataset row %2).").arg(label).arg(split_->testIndices(i)));
        return;
    }
    const Eigen::VectorXd z = model_->logits(x0);
    const Eigen::VectorXd p = (z.array() - z.maxCoeff()).exp();
    const int predicted = model_->predict(x0);
    probabilities_->setProbabilities(toQVector(p / p.sum()), {}, label, -1);
    sampleInfo_->setText(
        predicted == label
            ? tr("Label %1, predicted %2: correct (dataset row %3).")
                  .arg(label)
                  .arg(predicted)
                  .arg(split_->testIndices(i))
            : tr("Label %1, predicted %2: misclassified, pick another sample to attack.")
                  .arg(label)
                  .arg(predicted));
}

}  // namespace smip::ui
