#include "ui/train/train_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/common/memory_budget.h"
#include "core/train/train_json.h"
#include "core/train/train_validation.h"
#include "ui/charts/live_line_chart.h"
#include "ui/jobs/training_job.h"
#include "ui/main/app_state.h"
#include "ui/train/regularizer_table.h"
#include "ui/widgets/config_issue_prompt.h"
#include "ui/widgets/network_view.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

namespace {
QColor seriesColor(int i) {
    static const QColor colors[] = {
        QColor(90, 90, 90),  QColor(255, 127, 14),  QColor(31, 119, 180), QColor(44, 160, 44),
        QColor(214, 39, 40), QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194)};
    return colors[i % 8];
}

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
        controls_->setStatus(tr("Dataset changed: ready to train."));
    });
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
    auto* chartWidget = new QWidget();
    chartWidget->setLayout(charts);

    viewChoice_ = new QComboBox();
    network_ = new NetworkView();
    auto* netLayout = new QVBoxLayout();
    netLayout->setContentsMargins(0, 0, 0, 0);
    auto* netHeader = new QHBoxLayout();
    netHeader->addWidget(new QLabel(tr("Network of:")));
    netHeader->addWidget(viewChoice_, 1);
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

    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(netWidget);
    bottom->addWidget(results_);
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

    connect(controls_, &SolveControls::startRequested, this, &TrainPage::start);
    connect(controls_, &SolveControls::cancelRequested, this, &TrainPage::stop);
    connect(viewChoice_, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Show the chosen job's newest weights right away (finished jobs keep their last ones);
        // without jobs, the chosen result trained elsewhere (pipeline, session).
        const auto& results = state_->trainResults();
        if (jobs_.empty() && index >= 0 && index < int(results.size())) {
            network_->setNetwork(results[std::size_t(index)].net, state_->trainConfig().eps);
            network_->setCaption(displayName(results[std::size_t(index)].regularizer));
            return;
        }
        if (index < 0 || index >= int(jobs_.size())) return;
        const TrainingJob* job = jobs_[index].get();
        if (!job->isRunning() && job->result().net.width() > 0) {
            network_->setNetwork(job->result().net, runningConfig_.eps);
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
    const ConfigIssues issues = validateTraining(data, width_->value(), specs, run);
    if (!issues.canStart()) {
        QMessageBox::warning(this, tr("Cannot train"), ConfigIssuePrompt::refusalText(issues));
        return;
    }
    if (!ConfigIssuePrompt::confirmLargeRun(this, issues)) return;
    if (issues.needsConfirmation()) run.memoryLimitBytes = kNoMemoryLimit;  // the user said yes
    runningConfig_ = run;
    const int K = width_->value() > 0 ? width_->value() : data.samples();
    // Every regularizer starts from the same initial weights: differences are the regularizer's.
    const ShallowReluNet init = initShallowNet(data.features(), K, seed_->value());
    jobs_.clear();
    {
        const QSignalBlocker block(viewChoice_);
        viewChoice_->clear();
    }
    resetCharts(specs, runningConfig_.metricP);
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
                         seriesColor(int(i)));
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

void TrainPage::onTick() {
    for (const auto& job : jobs_) {
        const std::vector<TrainSample> samples = job->drain();
        if (!samples.empty()) plotSamples(QString::fromStdString(job->spec().id()), samples);
    }
    for (auto* c : {mseChart_, nonzeroChart_, activeChart_, normChart_})
        c->flush();
    const int shown = viewChoice_->currentIndex();
    if (shown >= 0 && shown < int(jobs_.size())) {
        if (auto net = jobs_[shown]->takeWeights()) {
            network_->setNetwork(*net, runningConfig_.eps);
            network_->setCaption(displayName(jobs_[shown]->spec()));
        }
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
