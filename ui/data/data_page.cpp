#include "ui/data/data_page.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/data/csv_writer.h"
#include "ui/charts/scatter_plot.h"
#include "ui/data/dataset_table_model.h"
#include "ui/main/app_state.h"

namespace smip::ui {

namespace {
QString generatorLabel(const QString& id) {
    if (id == "random") return DataPage::tr("Random (uniform X, uniform y)");
    if (id == "teacher") return DataPage::tr("Planted ReLU teacher");
    if (id == "lowrank") return DataPage::tr("Low-rank linear");
    if (id == "corner") return DataPage::tr("2-D corner");
    if (id == "spiral") return DataPage::tr("2-D two spirals");
    if (id == "xor") return DataPage::tr("2-D XOR");
    if (id == "circles") return DataPage::tr("2-D circles");
    if (id == "moons") return DataPage::tr("2-D moons");
    if (id == "blobs") return DataPage::tr("2-D blobs");
    if (id == "random1d") return DataPage::tr("1-D random points");
    if (id == "kinks") return DataPage::tr("1-D planted few-kink ReLU teacher");
    if (id == "sine") return DataPage::tr("1-D samples of sin(πx)");
    if (id == "bump") return DataPage::tr("1-D bump preset (6 points)");
    return id;
}
QString bundledLabel(const QString& id) {
    if (id == "iris") return DataPage::tr("Iris (150 × 4, 3 classes)");
    if (id == "wine") return DataPage::tr("Wine (178 × 13, 3 classes)");
    if (id == "breast_cancer") return DataPage::tr("Breast cancer (569 × 30, 2 classes)");
    if (id == "digits") return DataPage::tr("Digits 8×8 (1797 × 64, 10 classes)");
    return id;
}
}  // namespace

DataPage::DataPage(AppState* state, QWidget* parent) : QWidget(parent), state_(state) {
    buildUi();
    connect(state_, &AppState::datasetChanged, this, &DataPage::onDatasetChanged);
    connect(&watcher_, &QFutureWatcher<LoadResult>::finished, this, &DataPage::onLoadFinished);
}

void DataPage::onLoadFinished() {
    if (pending_) {  // a later request supersedes this result
        auto [spec, origin] = std::move(*pending_);
        pending_.reset();
        startLoad(spec, origin);
        return;
    }
    loading_ = false;
    const LoadResult r = watcher_.result();
    for (QWidget* w : {static_cast<QWidget*>(generate_), static_cast<QWidget*>(loadBundled_),
                       static_cast<QWidget*>(openCsv_)})
        w->setEnabled(true);
    if (!r.ok) {
        emit loadFailed(r.error);
        return;
    }
    state_->setDataset(r.data, r.origin);
}

void DataPage::buildUi() {
    auto* form = new QFormLayout();
    generator_ = new QComboBox();
    for (const auto& g : generatorNames()) {
        const QString id = QString::fromStdString(g);
        generator_->addItem(generatorLabel(id), id);
    }
    samples_ = new QSpinBox();
    samples_->setRange(1, 1000000);
    samples_->setValue(7);
    features_ = new QSpinBox();
    features_->setRange(1, 10000);
    features_->setValue(5);
    noise_ = new QDoubleSpinBox();
    noise_->setRange(0.0, 5.0);
    noise_->setSingleStep(0.05);
    noise_->setValue(0.1);
    seed_ = new QSpinBox();
    seed_->setRange(0, 1000000000);
    generate_ = new QPushButton(tr("Generate"));
    form->addRow(tr("Kind:"), generator_);
    form->addRow(tr("Samples N:"), samples_);
    form->addRow(tr("Features d:"), features_);
    form->addRow(tr("Noise (2-D shapes, 1-D curves):"), noise_);
    form->addRow(tr("Seed:"), seed_);
    form->addRow(generate_);
    auto* genBox = new QGroupBox(tr("Generate"));
    genBox->setLayout(form);

    bundled_ = new QComboBox();
    for (const auto& b : bundledDatasetNames()) {
        const QString id = QString::fromStdString(b);
        bundled_->addItem(bundledLabel(id), id);
    }
    loadBundled_ = new QPushButton(tr("Load"));
    auto* bundledLayout = new QHBoxLayout();
    bundledLayout->addWidget(bundled_, 1);
    bundledLayout->addWidget(loadBundled_);
    auto* bundledBox = new QGroupBox(tr("Bundled datasets"));
    bundledBox->setLayout(bundledLayout);

    targetColumn_ = new QLineEdit();
    targetColumn_->setPlaceholderText(tr("last column"));
    targetColumn_->setToolTip(tr("Name or 1-based index of the target column"));
    openCsv_ = new QPushButton(tr("Open CSV…"));
    exportCsv_ = new QPushButton(tr("Export CSV…"));
    auto* csvForm = new QFormLayout();
    csvForm->addRow(tr("Target column:"), targetColumn_);
    auto* csvButtons = new QHBoxLayout();
    csvButtons->addWidget(openCsv_);
    csvButtons->addWidget(exportCsv_);
    csvForm->addRow(csvButtons);
    auto* csvBox = new QGroupBox(tr("CSV file"));
    csvBox->setLayout(csvForm);

    summary_ = new QLabel();
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* left = new QVBoxLayout();
    left->addWidget(genBox);
    left->addWidget(bundledBox);
    left->addWidget(csvBox);
    left->addWidget(summary_);
    left->addStretch(1);
    auto* leftWidget = new QWidget();
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(360);

    model_ = new DatasetTableModel(this);
    table_ = new QTableView();
    table_->setModel(model_);
    table_->horizontalHeader()->setDefaultSectionSize(90);
    table_->verticalHeader()->setDefaultSectionSize(22);

    xAxis_ = new QComboBox();
    yAxis_ = new QComboBox();
    auto* axes = new QHBoxLayout();
    axes->addWidget(new QLabel(tr("X axis:")));
    axes->addWidget(xAxis_, 1);
    axes->addWidget(new QLabel(tr("Y axis:")));
    axes->addWidget(yAxis_, 1);
    scatter_ = new ScatterPlot();
    auto* plotBox = new QVBoxLayout();
    plotBox->setContentsMargins(0, 0, 0, 0);
    plotBox->addLayout(axes);
    plotBox->addWidget(scatter_, 1);
    auto* plotWidget = new QWidget();
    plotWidget->setLayout(plotBox);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(table_);
    splitter->addWidget(plotWidget);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addWidget(splitter, 1);

    connect(generate_, &QPushButton::clicked, this, &DataPage::generateFromForm);
    connect(loadBundled_, &QPushButton::clicked, this, [this] {
        DatasetSpec spec;
        spec.source = bundled_->currentData().toString().toStdString();
        load(spec, bundled_->currentText());
    });
    connect(openCsv_, &QPushButton::clicked, this, &DataPage::openCsv);
    connect(exportCsv_, &QPushButton::clicked, this, &DataPage::exportCsv);
    connect(xAxis_, &QComboBox::currentIndexChanged, this, &DataPage::updateScatter);
    connect(yAxis_, &QComboBox::currentIndexChanged, this, &DataPage::updateScatter);
    connect(generator_, &QComboBox::currentIndexChanged, this, [this] {
        // The 2-D shapes and 1-D sets ignore d, the bump preset also n, seed and noise: say so
        // by disabling them.
        const QString id = generator_->currentData().toString();
        const bool preset = id == "bump";
        features_->setEnabled(id == "random" || id == "teacher" || id == "lowrank");
        noise_->setEnabled(!features_->isEnabled() && !preset && id != "random1d");
        samples_->setEnabled(!preset);
        seed_->setEnabled(!preset);
    });
    noise_->setEnabled(false);
}

void DataPage::generateFromForm() {
    DatasetSpec spec;
    spec.source = generator_->currentData().toString().toStdString();
    spec.n = samples_->value();
    spec.d = features_->value();
    spec.seed = static_cast<std::uint64_t>(seed_->value());
    spec.noise = noise_->value();
    load(spec, tr("%1, N=%2, d=%3, seed %4")
                   .arg(generator_->currentText())
                   .arg(spec.n)
                   .arg(spec.d)
                   .arg(spec.seed));
}

void DataPage::load(const DatasetSpec& spec, const QString& origin) {
    if (loading_) {
        pending_.emplace(spec, origin);
        return;
    }
    startLoad(spec, origin);
}

void DataPage::startLoad(const DatasetSpec& spec, const QString& origin) {
    loading_ = true;
    for (QWidget* w : {static_cast<QWidget*>(generate_), static_cast<QWidget*>(loadBundled_),
                       static_cast<QWidget*>(openCsv_)})
        w->setEnabled(false);
    watcher_.setFuture(QtConcurrent::run([spec, origin]() {
        LoadResult r;
        std::string error;
        r.ok = resolveDataset(spec, r.data, error);
        r.error = QString::fromStdString(error);
        r.origin = origin;
        return r;
    }));
}

void DataPage::openCsv() {
    QSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open CSV"), settings.value("lastFolder").toString(),
                                     tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue("lastFolder", QFileInfo(path).absolutePath());
    DatasetSpec spec;
    spec.source = path.toStdString();
    spec.targetColumn = targetColumn_->text().trimmed().toStdString();
    load(spec, QFileInfo(path).fileName());
}

void DataPage::exportCsv() {
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), settings.value("lastFolder").toString(), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    settings.setValue("lastFolder", QFileInfo(path).absolutePath());
    const std::string error = writeDatasetCsv(state_->dataset(), path.toStdString());
    if (!error.empty())
        QMessageBox::warning(this, tr("Export failed"), QString::fromStdString(error));
}

void DataPage::onDatasetChanged() {
    const Dataset& d = state_->dataset();
    model_->setDataset(d);
    const QString task = d.task == TaskKind::Classification
                             ? tr("classification, %n classes", "", d.classes())
                             : tr("regression");
    summary_->setText(tr("<b>%1</b><br>%2 samples × %3 features, %4")
                          .arg(state_->datasetOrigin().toHtmlEscaped())
                          .arg(d.samples())
                          .arg(d.features())
                          .arg(task));
    const QSignalBlocker bx(xAxis_), by(yAxis_);
    xAxis_->clear();
    yAxis_->clear();
    for (int j = 0; j < d.features(); ++j) {
        const QString name = j < int(d.featureNames.size())
                                 ? QString::fromStdString(d.featureNames[j])
                                 : QStringLiteral("x%1").arg(j + 1);
        xAxis_->addItem(name, j);
        yAxis_->addItem(name, j);
    }
    // With one feature the scatter shows the target against it.
    yAxis_->addItem(tr("target: %1").arg(QString::fromStdString(d.targetName)), -1);
    xAxis_->setCurrentIndex(0);
    yAxis_->setCurrentIndex(d.features() >= 2 ? 1 : yAxis_->count() - 1);
    updateScatter();
}

void DataPage::updateScatter() {
    const Dataset& d = state_->dataset();
    const int xi = xAxis_->currentData().toInt(), yi = yAxis_->currentData().toInt();
    if (d.samples() == 0 || xi < 0 || xi >= d.features()) {
        scatter_->clear();
        return;
    }
    QVector<QPointF> pts;
    pts.reserve(d.samples());
    for (int i = 0; i < d.samples(); ++i)
        pts << QPointF(d.X(i, xi), yi < 0 ? d.y(i) : d.X(i, yi));
    scatter_->setAxisLabels(xAxis_->currentText(), yAxis_->currentText());
    if (d.task == TaskKind::Classification && yi >= 0) {
        QVector<int> cls(d.samples());
        for (int i = 0; i < d.samples(); ++i)
            cls[i] = static_cast<int>(d.y(i));
        QStringList names;
        for (const auto& n : d.classNames)
            names << QString::fromStdString(n);
        scatter_->setClassPoints(pts, cls, names);
    } else {
        QVector<double> values(d.samples());
        for (int i = 0; i < d.samples(); ++i)
            values[i] = d.y(i);
        scatter_->setValuePoints(pts, values);
    }
}

FormState DataPage::formState() const {
    return {{"generator", generator_},
            {"samples", samples_},
            {"features", features_},
            {"noise", noise_},
            {"seed", seed_},
            {"bundled", bundled_},
            {"target_column", targetColumn_}};
}

}  // namespace smip::ui
