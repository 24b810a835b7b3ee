#include "ui/adversarial/classifier_panel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <algorithm>
#include <cmath>

#include "core/data/dataset_catalog.h"
#include "core/mlp/mlp_json.h"
#include "core/onnx/classifier_file.h"
#include "ui/charts/live_line_chart.h"
#include "ui/jobs/mlp_training_job.h"
#include "ui/widgets/onnx_export.h"

namespace smip::ui {

namespace {
constexpr int kDigitInputs = 64;  // 8 × 8 pixels
constexpr int kDigitClasses = 10;
// The exported file's doc string (file content, not GUI text).
constexpr const char* kOnnxDescription =
    "SparseMIP Studio digits classifier: logits of the 8x8 image row by row, pixels / 16";
}  // namespace

ClassifierPanel::ClassifierPanel(QWidget* parent) : QGroupBox(tr("Classifier"), parent) {
    auto* note =
        new QLabel(tr("Uses the bundled digits (1,797 8×8 images, 80/20 split by the "
                      "seed), independent of the dataset on the Data page."));
    note->setWordWrap(true);
    hidden_ = new QLineEdit(QStringLiteral("32,16"));
    hidden_->setToolTip(tr("Hidden layer sizes, comma-separated (e.g. 32,16)."));
    epochs_ = new QSpinBox();
    epochs_->setRange(1, 10000);
    epochs_->setValue(30);
    seed_ = new QSpinBox();
    seed_->setRange(0, 1000000);
    seed_->setToolTip(tr("Seeds the initialization, the batch order and the train/test split."));
    train_ = new QPushButton(tr("Train"));
    stopTrain_ = new QPushButton(tr("Stop"));
    load_ = new QPushButton(tr("Load…"));
    save_ = new QPushButton(tr("Save…"));
    exportOnnx_ = new QPushButton(tr("Export ONNX…"));
    exportOnnx_->setToolTip(
        tr("Writes the classifier as an ONNX model: its input is the 8×8 "
           "image row by row with pixels / 16 (in [0, 1])."));
    load_->setToolTip(
        tr("Loads a classifier saved here (JSON) or an ONNX model (Gemm or "
           "MatMul + Add, Relu, Flatten, optional Softmax) that takes the 8×8 "
           "image row by row with pixels / 16, in [0, 1], as PyTorch digits "
           "models do."));
    info_ = new QLabel(tr("No classifier yet: train one or load a JSON or ONNX file."));
    info_->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("Hidden sizes:"), hidden_);
    form->addRow(tr("Epochs:"), epochs_);
    form->addRow(tr("Seed:"), seed_);
    auto* buttons = new QHBoxLayout();
    for (QPushButton* b : {train_, stopTrain_, load_, save_, exportOnnx_})
        buttons->addWidget(b);
    form->addRow(buttons);
    form->addRow(info_);

    chart_ = new LiveLineChart();
    chart_->setLabels(tr("Training"), tr("epoch"), tr("loss / accuracy"));
    chart_->addSeries("loss", tr("Loss"), QColor(214, 39, 40));
    chart_->addSeries("train", tr("Train accuracy"), QColor(31, 119, 180));
    chart_->addSeries("test", tr("Test accuracy"), QColor(44, 160, 44));

    connect(train_, &QPushButton::clicked, this, &ClassifierPanel::startTraining);
    connect(stopTrain_, &QPushButton::clicked, this, &ClassifierPanel::stopTraining);
    // The buttons are a person's clicks: a failed load or save also gets a message box.
    const auto askPath = [this](bool saving) {
        QSettings settings;
        const QString folder = settings.value("lastFolder").toString();
        const QString filter = tr("Classifier JSON (*.json)");
        // The dialog's title says what an ONNX file must take: a file dialog has no room for more.
        const QString loadFilter =
            tr("Classifiers (*.json *.onnx);;Classifier JSON (*.json);;ONNX, pixels / 16 in [0, "
               "1] (*.onnx)");
        QString path =
            saving ? QFileDialog::getSaveFileName(this, tr("Save classifier"), folder, filter)
                   : QFileDialog::getOpenFileName(
                         this, tr("Load classifier (JSON, or ONNX taking pixels / 16 in [0, 1])"),
                         folder, loadFilter);
        if (path.isEmpty()) return path;
        if (saving && QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".json");
        settings.setValue("lastFolder", QFileInfo(path).absolutePath());
        return path;
    };
    connect(load_, &QPushButton::clicked, this, [this, askPath] {
        const QString path = askPath(false);
        if (path.isEmpty()) return;
        if (const QString e = loadModel(path); !e.isEmpty())
            QMessageBox::warning(this, tr("Load classifier"), e);
    });
    connect(save_, &QPushButton::clicked, this, [this, askPath] {
        const QString path = askPath(true);
        if (path.isEmpty()) return;
        if (const QString e = saveModel(path); !e.isEmpty())
            QMessageBox::warning(this, tr("Save classifier"), e);
    });
    connect(exportOnnx_, &QPushButton::clicked, this, [this] {
        if (!model_) return;
        QString message;
        const bool written =
            exportOnnxDialog(this, *model_, QStringLiteral("digits_classifier.onnx"),
                             QString::fromUtf8(kOnnxDescription), message);
        if (!message.isEmpty()) emit status(message, !written);
    });
    connect(seed_, &QSpinBox::valueChanged, this, [this] {
        ensureSplit();
        emit modelChanged();  // same model, new test split: the sample and accuracy change
    });

    // The page always works on the bundled digits (8×8 images), whatever the Data page holds.
    DatasetSpec spec;
    spec.source = "digits";
    std::string error;
    if (!resolveDataset(spec, digits_, error))
        info_->setText(tr("Cannot load the bundled digits: %1").arg(QString::fromStdString(error)));
    else
        ensureSplit();
    updateButtons();
}

ClassifierPanel::~ClassifierPanel() {
    // Join the training thread before the widgets go: no callback into a half-destroyed panel.
    if (job_) {
        job_->disconnect(this);
        job_->requestStop();
    }
    job_.reset();
}

bool ClassifierPanel::ensureSplit() {
    const auto seed = static_cast<std::uint64_t>(seed_->value());
    if (split_ && splitSeed_ == seed) return true;
    if (digits_.samples() == 0) {
        emit status(tr("The bundled digits dataset is not available."), true);
        return false;
    }
    MlpDataSplit s;
    std::string message;
    // Same split as `sparsemip attack --seed`: 20 % test, pixels scaled by the global range.
    if (!makeMlpSplit(digits_, 0.2, seed, ScalerKind::GlobalMinMax, s, message)) {
        emit status(tr("Cannot split the digits: %1").arg(QString::fromStdString(message)), true);
        split_.reset();
        return false;
    }
    split_ = std::move(s);
    splitSeed_ = seed;
    return true;
}

bool ClassifierPanel::isTraining() const {
    return job_ && job_->isRunning();
}

void ClassifierPanel::startTraining() {
    if (isTraining() || solving_) return;
    MlpTrainConfig config;
    config.hidden.clear();
    for (const QString& part : hidden_->text().split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (!ok || v < 1 || v > 4096) {
            emit status(
                tr("Hidden sizes: '%1' is not a size between 1 and 4096.").arg(part.trimmed()),
                true);
            return;
        }
        config.hidden.push_back(v);
    }
    if (config.hidden.empty()) {
        emit status(tr("Hidden sizes: give at least one layer size, e.g. 32,16."), true);
        return;
    }
    config.epochs = epochs_->value();
    config.seed = static_cast<std::uint64_t>(seed_->value());
    if (!ensureSplit()) return;
    chart_->clearPoints();
    job_ = std::make_unique<MlpTrainingJob>(*split_, config);
    connect(job_.get(), &MlpTrainingJob::finished, this, &ClassifierPanel::onTrainingFinished);
    job_->start();
    updateButtons();
    emit status(tr("Training %1 on the digits…").arg(hidden_->text()), false);
    emit trainingStarted();
}

void ClassifierPanel::stopTraining() {
    if (isTraining()) job_->requestStop();
}

void ClassifierPanel::drainTraining() {
    if (!job_) return;
    const auto epochs = job_->drain();
    if (epochs.empty()) return;
    QList<QPointF> loss, train, test;
    for (const auto& e : epochs) {
        loss << QPointF(e.epoch, e.loss);
        train << QPointF(e.epoch, e.trainAccuracy);
        if (std::isfinite(e.testAccuracy)) test << QPointF(e.epoch, e.testAccuracy);
    }
    chart_->appendPoints("loss", loss);
    chart_->appendPoints("train", train);
    chart_->appendPoints("test", test);
    chart_->flush();
}

void ClassifierPanel::onTrainingFinished() {
    drainTraining();  // the last epochs reach the chart
    const MlpTrainResult& r = job_->result();
    if (job_->failed()) {  // the worker threw: there is no result to show
        emit status(tr("Training failed: %1").arg(job_->errorMessage()), true);
    } else if (r.status == MlpTrainStatus::Finished) {
        setModel(
            r.model,
            tr("trained, hidden %1, %2 epochs").arg(hidden_->text()).arg(int(r.history.size())));
        emit status(tr("Training finished in %1 s.").arg(r.seconds, 0, 'f', 1), false);
    } else if (r.status == MlpTrainStatus::Cancelled) {
        emit status(tr("Training stopped; the previous classifier is kept."), false);
    } else {
        emit status(tr("Training failed: %1").arg(QString::fromStdString(r.message)), true);
    }
    updateButtons();
    emit trainingFinished();
}

double ClassifierPanel::testAccuracy(const MlpClassifier& net) const {
    // With the network's own input scaling on the raw test rows.
    int correct = 0;
    const auto n = split_->testIndices.size();
    for (Eigen::Index i = 0; i < n; ++i) {
        const Eigen::VectorXd raw = digits_.X.row(split_->testIndices(i)).transpose();
        correct += net.predict(net.scaleInput(raw)) == split_->ytest(i);
    }
    return 100.0 * correct / std::max<Eigen::Index>(1, n);
}

void ClassifierPanel::setModel(const MlpClassifier& net, const QString& origin) {
    model_ = net;
    QString sizes;
    for (int s : net.layerSizes())
        sizes += (sizes.isEmpty() ? "" : " → ") + QString::number(s);
    const QString accuracy =
        split_ ? tr(", test accuracy %1 %").arg(testAccuracy(net), 0, 'f', 1) : QString();
    info_->setText(tr("%1 (%2)%3").arg(sizes, origin, accuracy));
    updateButtons();
    emit modelChanged();
}

QString ClassifierPanel::loadModel(const QString& path) {
    MlpClassifier net;
    std::string error;
    if (!loadClassifierFile(path.toStdString(), kDigitsPixelScale, net, error)) {
        emit status(QString::fromStdString(error), true);
        return QString::fromStdString(error);
    }
    if (net.inputSize() != kDigitInputs || net.outputSize() != kDigitClasses) {
        const QString msg = tr("%1 has %2 inputs and %3 outputs; a digits classifier needs 64 and "
                               "10.")
                                .arg(QFileInfo(path).fileName())
                                .arg(net.inputSize())
                                .arg(net.outputSize());
        emit status(msg, true);
        return msg;
    }
    ensureSplit();
    setModel(net, QFileInfo(path).fileName());
    emit status(tr("Loaded %1.").arg(QDir::toNativeSeparators(path)), false);
    return {};
}

QString ClassifierPanel::saveModel(const QString& path) {
    if (!model_) return tr("There is no classifier to save.");
    const std::string error = saveMlp(*model_, path.toStdString());
    if (!error.empty()) {
        emit status(QString::fromStdString(error), true);
        return QString::fromStdString(error);
    }
    emit status(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
    return {};
}

QString ClassifierPanel::exportOnnxModel(const QString& path) {
    if (!model_) return tr("There is no classifier to export.");
    const QString error = exportOnnx(*model_, path, QString::fromUtf8(kOnnxDescription));
    emit status(error.isEmpty() ? tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) : error,
                !error.isEmpty());
    return error;
}

void ClassifierPanel::setHiddenSizes(const QString& text) {
    hidden_->setText(text);
}
void ClassifierPanel::setEpochs(int epochs) {
    epochs_->setValue(epochs);
}
void ClassifierPanel::setSeed(int seed) {
    seed_->setValue(seed);
}

void ClassifierPanel::setSolving(bool solving) {
    solving_ = solving;
    updateButtons();
}

void ClassifierPanel::updateButtons() {
    const bool training = isTraining();
    train_->setEnabled(!training && !solving_);
    stopTrain_->setEnabled(training);
    load_->setEnabled(!training && !solving_);
    save_->setEnabled(model_.has_value() && !training);
    exportOnnx_->setEnabled(model_.has_value() && !training);
    hidden_->setEnabled(!training);
    epochs_->setEnabled(!training);
    seed_->setEnabled(!training && !solving_);
}

FormState ClassifierPanel::formState() const {
    return {{"hidden", hidden_}, {"epochs", epochs_}, {"seed", seed_}};
}

}  // namespace smip::ui
