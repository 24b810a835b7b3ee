#include "ui/train/train_page.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/common/atomic_file.h"
#include "core/common/memory_budget.h"
#include "core/train/train_json.h"
#include "core/train/train_validation.h"
#include "ui/charts/function_view.h"
#include "ui/charts/live_line_chart.h"
#include "ui/charts/series_colors.h"
#include "ui/jobs/training_job.h"
#include "ui/main/app_state.h"
#include "ui/train/regularizer_table.h"
#include "ui/widgets/config_issue_prompt.h"
#include "ui/widgets/network_view.h"
#include "ui/widgets/onnx_export.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

namespace {
QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
}  // namespace

TrainPage::TrainPage(AppState* state, QWidget* parent) : QWidget(parent), state_(state) {
    buildUi();
    // One GUI clock drains every job: ≤ 30 redraws per second however many jobs run.
    connect(controls_, &SolveControls::tick, this, &TrainPage::onTick);
    connect(state_, &AppState::datasetChanged, this, [this] {
        if (isRunning()) stop();
        for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
            c->clearPoints();
        network_->clear();
        results_->setRowCount(0);
        function_->removeNetworks();
        function_->setData(state_->dataset());
        pickBottomTab();
        replayTimer_->stop();
        scrub_->setEnabled(false);
        replay_->setEnabled(false);
        for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
            c->setXCursor(std::nan(""));
        controls_->setStatus(tr("Dataset changed: ready to train."));
    });
    function_->setData(state_->dataset());
    pickBottomTab();
    // Results trained elsewhere (the Sparsest page's pipeline, a loaded session) are shown here
    // with their histories; our own are already on screen.
    connect(state_, &AppState::trainResultsChanged, this, [this] {
        if (!publishing_ && !isRunning()) showResults(state_->trainResults());
    });
}

TrainPage::~TrainPage() {
    // Closing the window during training: ask every worker to stop, then join (each destructor).
    for (auto& job : jobs_)
        job->requestStop();
    jobs_.clear();
}

void TrainPage::buildUi() {
    regularizers_ = new RegularizerTable();
    regularizers_->setHorizontalHeaderLabels({tr("Regularizer"), tr("p"), tr("λ")});
    for (const char* id : {"none", "wd", "p0.4", "p0.7", "p1.0", "l1", "group"}) {
        RegularizerSpec spec;
        RegularizerSpec::parse(id, spec);
        const bool checked = QString(id) != "l1" && QString(id) != "group";
        // The p column shows p: the name column names only the kind.
        regularizers_->addRow(
            spec, checked,
            spec.kind == RegularizerKind::PathNorm ? tr("ℓp path norm") : displayName(spec));
    }

    epochs_ = new QSpinBox();
    epochs_->setRange(1, 10000000);
    epochs_->setSingleStep(1000);
    epochs_->setValue(100000);
    lr_ = new QDoubleSpinBox();
    lr_->setDecimals(5);
    lr_->setRange(1e-5, 10.0);
    lr_->setSingleStep(0.001);
    lr_->setValue(0.01);
    gamma_ = new QDoubleSpinBox();
    gamma_->setDecimals(4);
    gamma_->setRange(0.0, 100.0);
    gamma_->setValue(0.01);
    eps_ = new QDoubleSpinBox();
    eps_->setDecimals(9);
    eps_->setRange(1e-12, 1.0);
    eps_->setValue(1e-6);
    width_ = new QSpinBox();
    width_->setRange(0, 100000);
    width_->setSpecialValueText(tr("N (samples)"));
    seed_ = new QSpinBox();
    seed_->setRange(0, 1000000000);
    reportEvery_ = new QSpinBox();
    reportEvery_->setRange(1, 1000000);
    reportEvery_->setValue(100);
    countBiases_ = new QCheckBox(tr("Count biases as nonzeros"));
    countBiases_->setChecked(true);

    auto* form = new QFormLayout();
    form->addRow(tr("Epochs:"), epochs_);
    form->addRow(tr("Learning rate:"), lr_);
    form->addRow(tr("γ (prox scale):"), gamma_);
    form->addRow(tr("ε (zero threshold):"), eps_);
    form->addRow(tr("Width K:"), width_);
    form->addRow(tr("Init seed:"), seed_);
    form->addRow(tr("Sample every:"), reportEvery_);
    form->addRow(countBiases_);

    controls_ = new SolveControls(tr("Start"), tr("Stop"));
    controls_->startButton()->setDefault(true);
    controls_->disableWhileBusy(regularizers_);
    for (QWidget* w : std::initializer_list<QWidget*>{epochs_, lr_, gamma_, eps_, width_, seed_,
                                                      reportEvery_, countBiases_})
        controls_->disableWhileBusy(w);

    auto* regBox = new QGroupBox(tr("Regularizers"));
    auto* regLayout = new QVBoxLayout(regBox);
    regLayout->addWidget(regularizers_);
    auto* hypBox = new QGroupBox(tr("Hyperparameters"));
    hypBox->setLayout(form);
    auto* left = new QVBoxLayout();
    left->addWidget(regBox);
    left->addWidget(hypBox);
    left->addWidget(controls_);
    left->addWidget(controls_->statusLabel());
    left->addStretch(1);
    auto* leftWidget = new QWidget();
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(360);
    leftWidget->setMinimumWidth(300);

    mseChart_ = new LiveLineChart();
    mseChart_->setLabels(tr("Training MSE"), tr("epoch"), tr("MSE"));
    mseChart_->setYScale(LiveLineChart::YScale::Log);
    nonzeroChart_ = new LiveLineChart();
    nonzeroChart_->setLabels(tr("Nonzero path products"), tr("epoch"), tr("nonzeros"));
    activeChart_ = new LiveLineChart();
    activeChart_->setLabels(tr("Active neurons"), tr("epoch"), tr("neurons"));
    normChart_ = new LiveLineChart();
    normChart_->setLabels(tr("Path norm (p = 1)"), tr("epoch"), tr("Σ|v·w|"));
    auto* charts = new QGridLayout();
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(mseChart_, 0, 0);
    charts->addWidget(nonzeroChart_, 0, 1);
    charts->addWidget(activeChart_, 1, 0);
    charts->addWidget(normChart_, 1, 1);
    // Replay and scrub: one slider step per history sample, the charts' cursor at its epoch.
    replay_ = new QPushButton(tr("Replay"));
    replaySeconds_ = new QDoubleSpinBox();
    replaySeconds_->setRange(1.0, 600.0);
    replaySeconds_->setValue(10.0);
    replaySeconds_->setSuffix(tr(" s"));
    replaySeconds_->setToolTip(tr("Duration of the replay"));
    scrub_ = new QSlider(Qt::Horizontal);
    scrubLabel_ = new QLabel();
    scrubLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Epoch %1").arg(10000000)));
    replayTimer_ = new QTimer(this);
    replayTimer_->setInterval(33);  // ~30 frames per second
    scrub_->setEnabled(false);
    replay_->setEnabled(false);
    auto* scrubRow = new QHBoxLayout();
    scrubRow->addWidget(replay_);
    scrubRow->addWidget(replaySeconds_);
    scrubRow->addWidget(scrub_, 1);
    scrubRow->addWidget(scrubLabel_);
    // The ℓp runs' MSE jumps between 1e-14 and 1e-5 from epoch to epoch: as a band (min–max per
    // column) with its median it reads as a trend.
    envelope_ = new QCheckBox(tr("MSE as band"));
    envelope_->setToolTip(
        tr("Draw each MSE curve as its minimum–maximum band per column of "
           "epochs with the median as a line"));
    connect(envelope_, &QCheckBox::toggled, mseChart_, &LiveLineChart::setEnvelope);
    scrubRow->addWidget(envelope_);
    exportFrames_ = new QPushButton(tr("Export frames…"));
    exportFrames_->setToolTip(
        tr("Write the replay as numbered PNG images (30 per second of "
           "replay) into a folder, e.g. for a video"));
    exportFrames_->setEnabled(false);
    connect(exportFrames_, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the frames"));
        if (dir.isEmpty()) return;
        const QString error =
            exportReplayFrames(dir, int(std::lround(30.0 * replaySeconds_->value())));
        controls_->setStatus(error.isEmpty() ? tr("Frames written to %1").arg(dir) : error,
                             !error.isEmpty());
    });
    scrubRow->addWidget(exportFrames_);
    charts->addLayout(scrubRow, 2, 0, 1, 2);
    auto* chartWidget = new QWidget();
    chartWidget->setLayout(charts);

    viewChoice_ = new QComboBox();
    network_ = new NetworkView();
    auto* netLayout = new QVBoxLayout();
    netLayout->setContentsMargins(0, 0, 0, 0);
    auto* netHeader = new QHBoxLayout();
    netHeader->addWidget(new QLabel(tr("Network of:")));
    netHeader->addWidget(viewChoice_, 1);
    exportOnnx_ = new QPushButton(tr("Export ONNX…"));
    exportOnnx_->setToolTip(
        tr("Writes the chosen network as an ONNX model (input: the data's "
           "features, output: f(x))."));
    exportOnnx_->setEnabled(false);
    connect(exportOnnx_, &QPushButton::clicked, this, &TrainPage::exportChosenOnnxDialog);
    netHeader->addWidget(exportOnnx_);
    netLayout->addLayout(netHeader);
    netLayout->addWidget(network_, 1);
    auto* netWidget = new QWidget();
    netWidget->setLayout(netLayout);

    results_ = new QTableWidget(0, 7);
    results_->setHorizontalHeaderLabels({tr("Regularizer"), tr("MSE"), tr("Nonzeros"), tr("Active"),
                                         tr("Path norm"), tr("Seconds"), tr("Status")});
    results_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    results_->horizontalHeader()->setStretchLastSection(true);
    results_->verticalHeader()->hide();
    results_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    function_ = new FunctionView();
    bottomTabs_ = new QTabWidget();
    bottomTabs_->addTab(function_, tr("Function"));
    bottomTabs_->addTab(results_, tr("Results"));

    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(netWidget);
    bottom->addWidget(bottomTabs_);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto* rightSplit = new QSplitter(Qt::Vertical);
    rightSplit->addWidget(chartWidget);
    rightSplit->addWidget(bottom);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 2);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addWidget(rightSplit, 1);

    connect(scrub_, &QSlider::valueChanged, this, &TrainPage::showSample);
    connect(replay_, &QPushButton::clicked, this, &TrainPage::toggleReplay);
    connect(replayTimer_, &QTimer::timeout, this, &TrainPage::onReplayFrame);
    connect(controls_, &SolveControls::startRequested, this, &TrainPage::start);
    connect(controls_, &SolveControls::cancelRequested, this, &TrainPage::stop);
    connect(viewChoice_, &QComboBox::currentIndexChanged, this, [this](int index) {
        exportOnnx_->setEnabled(chosenResult() != nullptr);
        // Show the chosen job's newest weights right away (finished jobs keep their last ones);
        // without jobs, the chosen result trained elsewhere (pipeline, session).
        const auto& results = state_->trainResults();
        if (jobs_.empty() && index >= 0 && index < int(results.size())) {
            network_->setNetwork(results[std::size_t(index)].net, state_->trainConfig().eps);
            network_->setCaption(displayName(results[std::size_t(index)].regularizer));
            function_->setSelected(
                QString::fromStdString(results[std::size_t(index)].regularizer.id()));
            return;
        }
        if (index < 0 || index >= int(jobs_.size())) return;
        const TrainingJob* job = jobs_[index].get();
        function_->setSelected(QString::fromStdString(job->spec().id()));
        const bool finished = !job->isRunning() && job->result().net.width() > 0;
        const ShallowReluNet& net = finished ? job->result().net : latestNets_[std::size_t(index)];
        if (net.width() > 0) {
            network_->setNetwork(net, runningConfig_.eps);
            network_->setCaption(displayName(job->spec()));
        }
    });
}

QString TrainPage::shortName(const RegularizerSpec& spec) const {
    // Chart legends hold five or more entries in one row: keep them short.
    switch (spec.kind) {
        case RegularizerKind::None:
            return tr("none");
        case RegularizerKind::WeightDecay:
            return tr("wd");
        case RegularizerKind::PathNorm:
            return tr("p=%1").arg(spec.p);
        case RegularizerKind::L1:
            return tr("ℓ1");
        case RegularizerKind::GroupLasso:
            return tr("group");
    }
    return {};
}

QString TrainPage::displayName(const RegularizerSpec& spec) const {
    switch (spec.kind) {
        case RegularizerKind::None:
            return tr("None (Adam)");
        case RegularizerKind::WeightDecay:
            return tr("Weight decay (AdamW)");
        case RegularizerKind::PathNorm:
            return tr("ℓp path norm, p = %1").arg(spec.p);
        case RegularizerKind::L1:
            return tr("ℓ1 proximal (ISTA)");
        case RegularizerKind::GroupLasso:
            return tr("Group lasso per neuron");
    }
    return {};
}

std::uint64_t TrainPage::initSeed() const {
    return static_cast<std::uint64_t>(seed_->value());
}

std::vector<RegularizerSpec> TrainPage::checkedRegularizers() const {
    return regularizers_->checkedSpecs();
}

TrainConfig TrainPage::config() const {
    TrainConfig c;
    c.epochs = epochs_->value();
    c.lr = lr_->value();
    c.gamma = gamma_->value();
    c.eps = eps_->value();
    c.reportEvery = reportEvery_->value();
    c.countBiases = countBiases_->isChecked();
    return c;
}

void TrainPage::setConfig(const TrainConfig& c) {
    epochs_->setValue(c.epochs);
    lr_->setValue(c.lr);
    gamma_->setValue(c.gamma);
    eps_->setValue(c.eps);
    reportEvery_->setValue(c.reportEvery);
    countBiases_->setChecked(c.countBiases);
}

void TrainPage::setEpochs(int epochs) {
    epochs_->setValue(epochs);
}

void TrainPage::setCheckedRegularizers(const QStringList& ids) {
    regularizers_->setCheckedIds(ids);
}

bool TrainPage::isRunning() const {
    for (const auto& job : jobs_)
        if (job->isRunning()) return true;
    return false;
}

bool TrainPage::isBusy() const {
    // The clock runs from start() until onJobFinished() has handed the results on.
    return isRunning() || controls_->isPolling();
}

void TrainPage::start() {
    if (isRunning()) return;
    const Dataset& data = state_->dataset();
    if (data.samples() == 0) {
        QMessageBox::information(this, tr("No data"), tr("Load or generate a dataset first."));
        return;
    }
    const auto specs = checkedRegularizers();
    if (specs.empty()) {
        QMessageBox::information(this, tr("Nothing to train"),
                                 tr("Check at least one regularizer."));
        return;
    }
    // The CLI's checks (core's validateTraining), memory included.
    TrainConfig run = config();
    run.keepSnapshots = true;  // for replay: ~400 kB per run at the defaults
    const ConfigIssues issues = validateTraining(data, width_->value(), specs, run);
    if (!issues.canStart()) {
        QMessageBox::warning(this, tr("Cannot train"), ConfigIssuePrompt::refusalText(issues));
        return;
    }
    if (!ConfigIssuePrompt::confirmLargeRun(this, issues)) return;
    if (issues.needsConfirmation()) run.memoryLimitBytes = kNoMemoryLimit;  // the user said yes
    runningConfig_ = run;
    replayTimer_->stop();
    replay_->setText(tr("Replay"));
    scrub_->setEnabled(false);
    replay_->setEnabled(false);
    exportOnnx_->setEnabled(false);
    for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
        c->setXCursor(std::nan(""));
    const int K = width_->value() > 0 ? width_->value() : data.samples();
    // Every regularizer starts from the same initial weights: differences are the regularizer's.
    const ShallowReluNet init = initShallowNet(data.features(), K, seed_->value());
    jobs_.clear();
    latestNets_.assign(specs.size(), init);
    {
        const QSignalBlocker block(viewChoice_);
        viewChoice_->clear();
    }
    resetCharts(specs, runningConfig_.metricP);
    // Every curve starts as the shared initial network and follows its job's weights.
    showFunctions(specs, std::vector<const ShallowReluNet*>(specs.size(), &init),
                  runningConfig_.eps);
    results_->setRowCount(0);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const QString name = displayName(specs[i]);
        auto job = std::make_unique<TrainingJob>(data, init, specs[i], runningConfig_);
        connect(job.get(), &TrainingJob::finished, this, &TrainPage::onJobFinished);
        viewChoice_->addItem(name);
        jobs_.push_back(std::move(job));
    }
    // Prefer drawing the sparsest-by-design regularizer (smallest p) while training.
    viewChoice_->setCurrentIndex(int(specs.size()) > 2 ? 2 : 0);
    for (auto& job : jobs_)
        job->start();
    startedMs_ = QDateTime::currentMSecsSinceEpoch();
    controls_->setBusy(true);
    controls_->setStatus(tr("Training %n regularizer(s)…", "", int(jobs_.size())));
    controls_->startPolling();
}

void TrainPage::stop() {
    for (auto& job : jobs_)
        job->requestStop();
    controls_->setStatus(tr("Stopping…"));
}

double TrainPage::secondsSinceStart() const {
    return (QDateTime::currentMSecsSinceEpoch() - startedMs_) / 1000.0;
}

void TrainPage::resetCharts(const std::vector<RegularizerSpec>& specs, double metricP) {
    for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
        c->removeAllSeries();
    normChart_->setLabels(tr("Path norm (p = %1)").arg(metricP), tr("epoch"), tr("Σ|v·w|^p"));
    for (std::size_t i = 0; i < specs.size(); ++i)
        for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
            c->addSeries(QString::fromStdString(specs[i].id()), shortName(specs[i]),
                         regularizerColor(int(i)));
}

void TrainPage::plotSamples(const QString& key, const std::vector<TrainSample>& samples) {
    QList<QPointF> mse, nnz, active, norm;
    for (const auto& s : samples) {
        mse << QPointF(s.epoch, s.metrics.mse);
        nnz << QPointF(s.epoch, s.metrics.nonzeros);
        active << QPointF(s.epoch, s.metrics.activeNeurons);
        norm << QPointF(s.epoch, s.metrics.pathNorm);
    }
    mseChart_->appendPoints(key, mse);
    nonzeroChart_->appendPoints(key, nnz);
    activeChart_->appendPoints(key, active);
    normChart_->appendPoints(key, norm);
}

void TrainPage::showFunctions(const std::vector<RegularizerSpec>& specs,
                              const std::vector<const ShallowReluNet*>& nets, double eps) {
    function_->removeNetworks();
    for (std::size_t i = 0; i < specs.size(); ++i)
        function_->setNetwork(QString::fromStdString(specs[i].id()), shortName(specs[i]),
                              regularizerColor(int(i)), *nets[i], eps);
}

void TrainPage::pickBottomTab() {
    const int d = state_->dataset().features();
    bottomTabs_->setCurrentWidget(d >= 1 && d <= 2 ? static_cast<QWidget*>(function_) : results_);
}

void TrainPage::setReplaySeconds(double seconds) {
    replaySeconds_->setValue(seconds);
}

void TrainPage::updateScrub() {
    const auto& results = state_->trainResults();
    std::size_t count = 0;
    bool replayable = !results.empty();
    for (const auto& r : results) {
        count = std::max(count, r.history.size());
        replayable = replayable && !r.history.empty() && r.snapshots.size() == r.history.size();
    }
    replayTimer_->stop();
    replay_->setText(tr("Replay"));
    {
        const QSignalBlocker block(scrub_);
        scrub_->setRange(0, std::max(0, int(count) - 1));
        scrub_->setValue(scrub_->maximum());
    }
    scrub_->setEnabled(replayable && count > 1);
    replay_->setEnabled(scrub_->isEnabled());
    exportFrames_->setEnabled(scrub_->isEnabled());
    exportOnnx_->setEnabled(chosenResult() != nullptr);
    int lastEpoch = 0;
    for (const auto& r : results)
        if (!r.history.empty()) lastEpoch = std::max(lastEpoch, r.history.back().epoch);
    scrubLabel_->setText(replayable ? tr("Epoch %1").arg(lastEpoch)
                                    : tr("No weight snapshots to replay"));
    for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
        c->setXCursor(std::nan(""));
}

void TrainPage::showSample(int index) {
    const auto& results = state_->trainResults();
    if (isRunning() || results.empty()) return;
    // The longest run sets the epoch; a run stopped earlier stays at its last sample.
    const auto longest = std::max_element(results.begin(), results.end(),
                                          [](const TrainResult& a, const TrainResult& b) {
                                              return a.history.size() < b.history.size();
                                          });
    if (index < 0 || index >= int(longest->history.size())) return;
    const int epoch = longest->history[std::size_t(index)].epoch;
    const double eps = state_->trainConfig().eps;
    const int shown = viewChoice_->currentIndex();
    for (std::size_t i = 0; i < results.size(); ++i) {
        const TrainResult& r = results[i];
        if (r.history.empty() || r.snapshots.size() != r.history.size()) continue;
        const auto after =
            std::upper_bound(r.history.begin(), r.history.end(), epoch,
                             [](int e, const TrainSample& sample) { return e < sample.epoch; });
        const std::size_t j =
            after == r.history.begin() ? 0 : std::size_t(after - r.history.begin()) - 1;
        function_->setNetwork(QString::fromStdString(r.regularizer.id()), shortName(r.regularizer),
                              regularizerColor(int(i)), r.snapshots[j], eps);
        if (int(i) != shown) continue;
        network_->setNetwork(r.snapshots[j], eps);
        network_->setCaption(
            tr("%1 at epoch %2").arg(displayName(r.regularizer)).arg(r.history[j].epoch));
    }
    for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
        c->setXCursor(epoch);
    scrubLabel_->setText(tr("Epoch %1").arg(epoch));
}

QString TrainPage::exportReplayFrames(const QString& dir, int frames) {
    if (!scrub_->isEnabled()) return tr("Nothing to export: train first (with weight snapshots).");
    if (!QDir().mkpath(dir)) return tr("Cannot create the folder %1").arg(dir);
    replayTimer_->stop();
    replay_->setText(tr("Replay"));
    frames = std::max(2, frames);
    const int last = scrub_->maximum();
    for (int k = 0; k < frames; ++k) {
        scrub_->setValue(int(std::lround(double(k) * last / (frames - 1))));
        for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
            c->flush();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!grab().save(&buffer, "PNG")) return tr("Cannot render frame %1").arg(k + 1);
        const QString path =
            QDir(dir).filePath(QStringLiteral("frame_%1.png").arg(k + 1, 4, 10, QChar('0')));
        const std::string error =
            writeFileAtomically(path.toStdString(), std::string_view(png.constData(), png.size()));
        if (!error.empty()) return QString::fromStdString(error);
    }
    return {};
}

void TrainPage::toggleReplay() {
    if (replayTimer_->isActive()) {
        replayTimer_->stop();
        replay_->setText(tr("Replay"));
        return;
    }
    replayStartMs_ = QDateTime::currentMSecsSinceEpoch();
    replay_->setText(tr("Stop replay"));
    scrub_->setValue(0);
    showSample(0);
    replayTimer_->start();
}

void TrainPage::onReplayFrame() {
    // The frame shows where the clock is, not how many frames came before: a slow frame skips
    // samples instead of stretching the replay.
    const double elapsed = double(QDateTime::currentMSecsSinceEpoch() - replayStartMs_);
    const double fraction = elapsed / (1000.0 * replaySeconds_->value());
    scrub_->setValue(int(std::lround(std::min(1.0, fraction) * scrub_->maximum())));
    if (fraction >= 1.0) {
        replayTimer_->stop();
        replay_->setText(tr("Replay"));
    }
}

void TrainPage::onTick() {
    for (const auto& job : jobs_) {
        const std::vector<TrainSample> samples = job->drain();
        if (!samples.empty()) plotSamples(QString::fromStdString(job->spec().id()), samples);
    }
    for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
        c->flush();
    // Every job's newest weights redraw its curve; the chosen one also the network drawing.
    const int shown = viewChoice_->currentIndex();
    for (std::size_t i = 0; i < jobs_.size(); ++i) {
        auto net = jobs_[i]->takeWeights();
        if (!net) continue;
        latestNets_[i] = std::move(*net);
        const RegularizerSpec& spec = jobs_[i]->spec();
        function_->setNetwork(QString::fromStdString(spec.id()), shortName(spec),
                              regularizerColor(int(i)), latestNets_[i], runningConfig_.eps);
        if (int(i) != shown) continue;
        network_->setNetwork(latestNets_[i], runningConfig_.eps);
        network_->setCaption(displayName(spec));
    }
    if (isRunning()) controls_->setStatus(tr("Training… %1 s").arg(secondsSinceStart(), 0, 'f', 1));
}

void TrainPage::onJobFinished() {
    if (isRunning()) return;
    controls_->stopPolling();
    onTick();  // the last samples and weights
    // A job whose worker threw has no result: it is listed as failed, not passed on.
    std::vector<TrainResult> results;
    for (const auto& job : jobs_)
        if (!job->failed()) results.push_back(job->result());
    fillResults(results);
    // The curves end on the trained networks (the last reported weights may precede a stop).
    for (std::size_t i = 0; i < jobs_.size(); ++i) {
        if (jobs_[i]->failed()) continue;
        const RegularizerSpec& spec = jobs_[i]->spec();
        function_->setNetwork(QString::fromStdString(spec.id()), shortName(spec),
                              regularizerColor(int(i)), jobs_[i]->result().net, runningConfig_.eps);
    }
    QStringList errors;
    for (const auto& job : jobs_) {
        if (!job->failed()) continue;
        appendFailureRow(displayName(job->spec()), job->errorMessage());
        errors << displayName(job->spec()) + ": " + job->errorMessage();
    }
    controls_->setBusy(false);
    controls_->setStatus(tr("Finished in %1 s.").arg(secondsSinceStart(), 0, 'f', 2));
    if (!errors.isEmpty()) QMessageBox::warning(this, tr("Training failed"), errors.join("\n"));
    publishing_ = true;
    state_->setTrainResults(results, runningConfig_);
    publishing_ = false;
    updateScrub();
    emit trainingFinished();
}

void TrainPage::showResults(const std::vector<TrainResult>& results) {
    fillResults(results);
    std::vector<RegularizerSpec> specs;
    for (const auto& r : results)
        specs.push_back(r.regularizer);
    resetCharts(specs, state_->trainConfig().metricP);
    for (const auto& r : results)
        plotSamples(QString::fromStdString(r.regularizer.id()), r.history);
    for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
        c->flush();
    if (isRunning()) return;
    std::vector<const ShallowReluNet*> nets;
    for (const auto& r : results)
        nets.push_back(&r.net);
    showFunctions(specs, nets, state_->trainConfig().eps);
    jobs_.clear();  // the network choice now picks among these results
    {
        const QSignalBlocker block(viewChoice_);
        viewChoice_->clear();
        for (const auto& r : results)
            viewChoice_->addItem(displayName(r.regularizer));
    }
    // As while training: prefer the sparsest-by-design regularizer (third in the default list).
    viewChoice_->setCurrentIndex(-1);
    viewChoice_->setCurrentIndex(std::min(2, int(results.size()) - 1));
    if (!results.empty())
        controls_->setStatus(tr("Showing %n trained model(s) from the pipeline or a session.", "",
                                int(results.size())));
    updateScrub();
}

const TrainResult* TrainPage::chosenResult() const {
    const int index = viewChoice_->currentIndex();
    if (isRunning() || index < 0) return nullptr;
    if (jobs_.empty()) {  // results shown from the pipeline or a session
        const auto& results = state_->trainResults();
        return index < int(results.size()) ? &results[std::size_t(index)] : nullptr;
    }
    if (index >= int(jobs_.size()) || jobs_[std::size_t(index)]->failed()) return nullptr;
    return &jobs_[std::size_t(index)]->result();
}

namespace {
QString onnxDescription(const TrainResult& r) {
    return QString::fromStdString("SparseMIP Studio Train page, regularizer " + r.regularizer.id() +
                                  ": f(x) = v . relu(W x + b)");
}
}  // namespace

void TrainPage::exportChosenOnnxDialog() {
    const TrainResult* r = chosenResult();
    if (!r || r->net.width() == 0) return;
    QString message;
    const bool written = exportOnnxDialog(
        this, r->net,
        QStringLiteral("train_%1.onnx").arg(QString::fromStdString(r->regularizer.id())),
        onnxDescription(*r), message);
    if (!message.isEmpty()) controls_->setStatus(message, !written);
}

QString TrainPage::exportChosenOnnx(const QString& path) {
    const TrainResult* r = chosenResult();
    if (!r || r->net.width() == 0) return tr("There is no trained network to export.");
    return exportOnnx(r->net, path, onnxDescription(*r));
}

void TrainPage::fillResults(const std::vector<TrainResult>& results) {
    results_->setRowCount(0);
    for (const auto& r : results) {
        const int row = results_->rowCount();
        results_->insertRow(row);
        auto* name = readOnly(displayName(r.regularizer));
        name->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        results_->setItem(row, 0, name);
        results_->setItem(row, 1, readOnly(QString::number(r.final.mse, 'g', 4)));
        results_->setItem(row, 2, readOnly(QString::number(r.final.nonzeros)));
        results_->setItem(row, 3, readOnly(QString::number(r.final.activeNeurons)));
        results_->setItem(row, 4, readOnly(QString::number(r.final.pathNorm, 'g', 4)));
        results_->setItem(row, 5, readOnly(QString::number(r.seconds, 'f', 3)));
        const QString status = r.status == TrainStatus::Finished ? tr("finished")
                               : r.status == TrainStatus::Cancelled
                                   ? tr("stopped at epoch %1").arg(r.epochsRun)
                                   : tr("diverged");
        results_->setItem(row, 6, readOnly(status));
    }
}

void TrainPage::appendFailureRow(const QString& name, const QString& message) {
    const int row = results_->rowCount();
    results_->insertRow(row);
    auto* nameItem = readOnly(name);
    nameItem->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    results_->setItem(row, 0, nameItem);
    auto* status = readOnly(tr("failed: %1").arg(message));
    status->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    results_->setItem(row, 6, status);
}

FormState TrainPage::formState() const {
    return {{"width", width_}, {"seed", seed_}};
}

void TrainPage::saveState(nlohmann::json& state) const {
    Page::saveState(state);
    state["config"] = config();
    // Row by row as entered (checked, p, λ): an edited p or λ comes back as it was.
    state["regularizer_rows"] = regularizers_->rowsToJson();
}

void TrainPage::restoreState(const nlohmann::json& state) {
    Page::restoreState(state);
    TrainConfig c;
    std::string error;
    if (state.contains("config") && trainConfigFromJson(state.at("config"), c, error)) setConfig(c);
    if (state.contains("regularizer_rows"))
        regularizers_->rowsFromJson(state.at("regularizer_rows"));
}

}  // namespace smip::ui
