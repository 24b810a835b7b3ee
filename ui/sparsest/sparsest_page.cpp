#include "ui/sparsest/sparsest_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/session/model_choice.h"
#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_size.h"
#include "core/sparsest/sparsest_validation.h"
#include "core/sparsest/sparsest_warm_start.h"
#include "ui/charts/bar_chart.h"
#include "ui/charts/function_view.h"
#include "ui/charts/series_colors.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/sparsest_job.h"
#include "ui/main/app_state.h"
#include "ui/sparsest/sparsest_texts.h"
#include "ui/sweep/sweep_study_view.h"
#include "ui/widgets/config_issue_prompt.h"
#include "ui/widgets/network_view.h"
#include "ui/widgets/onnx_export.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

namespace {
// The exported file's doc string (file content, not GUI text).
QString onnxDescription(const SparsestResult& r) {
    return QString::fromStdString("SparseMIP Studio sparsest MILP network, " +
                                  std::to_string(r.verification.nonzeros) +
                                  " nonzeros: f(x) = v . relu(W x + b)");
}
}  // namespace

SparsestPage::SparsestPage(AppState* state, QWidget* parent) : QWidget(parent), state_(state) {
    buildUi();
    connect(state_, &AppState::trainResultsChanged, this, [this] {
        refreshModelChoices();
        updateComparison();
        updateFunctions();
    });
    connect(state_, &AppState::datasetChanged, this, [this] {
        if (isBusy()) cancel();
        result_.reset();
        network_->clear();
        exportOnnx_->setEnabled(false);
        verification_->clear();
        updateSizeEstimate();
        function_->setData(state_->dataset());
        updateFunctions();
        pickBottomTab();
    });
    function_->setData(state_->dataset());
    updateFunctions();
    pickBottomTab();
    refreshModelChoices();
    setConfig(SparsestForm{});  // the defaults are the core structs' (as the CLI's)
    updateSizeEstimate();
}

SparsestPage::~SparsestPage() = default;

void SparsestPage::buildUi() {
    boundsFromModel_ = new QRadioButton(tr("From a trained model"));
    boundsManual_ = new QRadioButton(tr("Manual"));
    boundsManual_->setChecked(true);
    model_ = new QComboBox();
    margin_ = new QDoubleSpinBox();
    margin_->setRange(0.0, 100.0);
    wBound_ = new QDoubleSpinBox();
    wBound_->setRange(1e-6, 1e6);
    wBound_->setDecimals(4);
    bBound_ = new QDoubleSpinBox();
    bBound_->setRange(1e-6, 1e6);
    bBound_->setDecimals(4);
    width_ = new QSpinBox();
    width_->setRange(0, 10000);
    width_->setSpecialValueText(tr("N (samples)"));
    variant_ = new QComboBox();
    variant_->addItem(tr("tight (ours: per-sample M, symmetry breaking)"),
                      int(SparsestVariant::Tight));
    variant_->addItem(tr("published (one global M)"), int(SparsestVariant::Published));
    epsilon_ = new QDoubleSpinBox();
    epsilon_->setDecimals(6);
    epsilon_->setRange(0.0, 1e6);
    epsilon_->setSingleStep(0.01);
    timeLimit_ = new QDoubleSpinBox();
    timeLimit_->setRange(1, 86400);
    timeLimit_->setSuffix(tr(" s"));
    threads_ = new QSpinBox();
    threads_->setRange(1, 64);
    threads_->setToolTip(tr("CBC's parallel branch-and-bound is experimental; 1 is safest."));
    countBiases_ = new QCheckBox(tr("Count biases in the objective"));
    warmStart_ = new QCheckBox(tr("Warm start from the trained model"));
    rankBound_ = new QCheckBox(tr("Prove a rank lower bound first"));
    rankBound_->setToolTip(
        tr("Tight variant: before CBC starts, enumerate every combination of unit supports and "
           "activation patterns with fewer nonzeros and show that none spans the targets. The "
           "proven bound becomes a row of the model, and a network found at the bound becomes "
           "the MIP start. Proves N = 7 on random data in seconds, where CBC alone stalls."));
    size_ = new QLabel();
    size_->setWordWrap(true);

    auto* boundsBox = new QGroupBox(tr("Weight bounds"));
    auto* bf = new QFormLayout(boundsBox);
    bf->addRow(boundsFromModel_);
    bf->addRow(tr("Model:"), model_);
    bf->addRow(tr("Margin:"), margin_);
    bf->addRow(boundsManual_);
    bf->addRow(tr("w_B:"), wBound_);
    bf->addRow(tr("b_B:"), bBound_);
    auto* modelBox = new QGroupBox(tr("Formulation"));
    auto* mf = new QFormLayout(modelBox);
    mf->addRow(tr("Variant:"), variant_);
    mf->addRow(tr("Width K:"), width_);
    mf->addRow(tr("Fit tolerance ε:"), epsilon_);
    mf->addRow(countBiases_);
    mf->addRow(warmStart_);
    mf->addRow(rankBound_);
    mf->addRow(tr("Time limit:"), timeLimit_);
    mf->addRow(tr("Threads:"), threads_);

    controls_ = new SolveControls(tr("Solve"));
    pipeline_ = new QPushButton(tr("Run the whole pipeline"));
    pipeline_->setToolTip(
        tr("Train the regularizers, take bounds and a MIP start from the sparsest "
           "model that fits, then solve."));
    status_ = controls_->statusLabel();
    status_->setObjectName("status");

    auto* left = new QVBoxLayout();
    left->addWidget(boundsBox);
    left->addWidget(modelBox);
    left->addWidget(size_);  // outside the form: a wrapped line gets its full height here
    left->addWidget(controls_);
    left->addWidget(pipeline_);
    left->addWidget(status_);
    left->addStretch(1);
    auto* leftWidget = new QWidget();
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(360);

    chart_ = new SolverChart();
    log_ = new QPlainTextEdit();
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(5000);
    log_->setLineWrapMode(QPlainTextEdit::NoWrap);
    log_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    log_->setPlaceholderText(tr("CBC's log appears here."));
    network_ = new NetworkView();
    verification_ = new QLabel();
    verification_->setWordWrap(true);
    verification_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    comparison_ = new BarChart();

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(chart_);
    top->addWidget(log_);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto* netBox = new QWidget();
    auto* nl = new QVBoxLayout(netBox);
    nl->setContentsMargins(0, 0, 0, 0);
    nl->addWidget(network_, 1);
    exportOnnx_ = new QPushButton(tr("Export ONNX…"));
    exportOnnx_->setToolTip(
        tr("Writes the decoded MILP network as an ONNX model (input: the "
           "data's features, output: f(x))."));
    exportOnnx_->setEnabled(false);
    connect(exportOnnx_, &QPushButton::clicked, this, [this] {
        if (!result_ || !result_->hasNetwork) return;
        QString message;  // "Wrote …" or the error (which also got a message box)
        exportOnnxDialog(this, result_->net, QStringLiteral("sparsest.onnx"),
                         onnxDescription(*result_), message);
        if (!message.isEmpty()) status_->setText(message);
    });
    auto* netRow = new QHBoxLayout();
    netRow->addWidget(verification_, 1);
    netRow->addWidget(exportOnnx_, 0, Qt::AlignTop);
    nl->addLayout(netRow);
    function_ = new FunctionView();
    bottomTabs_ = new QTabWidget();
    bottomTabs_->addTab(comparison_, tr("Nonzeros"));
    bottomTabs_->addTab(function_, tr("Function"));
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(netBox);
    bottom->addWidget(bottomTabs_);
    // A long verification line (German) must wrap, not widen the drawing at the bars' expense.
    verification_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({500, 500});  // half and half, whatever the texts' size hints say
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(top);
    right->addWidget(bottom);

    auto* single = new QWidget();
    auto* layout = new QHBoxLayout(single);
    layout->addWidget(leftWidget);
    layout->addWidget(right, 1);
    // The sweep over many generated instances runs independently of the current dataset.
    study_ = new SweepStudyView();
    pageTabs_ = new QTabWidget();
    pageTabs_->setDocumentMode(true);
    pageTabs_->addTab(single, tr("One instance"));
    pageTabs_->addTab(study_, tr("Study (sweep)"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(pageTabs_);

    connect(controls_, &SolveControls::startRequested, this, &SparsestPage::solve);
    connect(controls_, &SolveControls::cancelRequested, this, &SparsestPage::cancel);
    connect(controls_, &SolveControls::tick, this, &SparsestPage::onTick);
    connect(pipeline_, &QPushButton::clicked, this, &SparsestPage::runPipeline);
    connect(width_, &QSpinBox::valueChanged, this, &SparsestPage::updateSizeEstimate);
    connect(variant_, &QComboBox::currentIndexChanged, this, &SparsestPage::updateSizeEstimate);
    connect(variant_, &QComboBox::currentIndexChanged, this, [this] {
        rankBound_->setEnabled(variant_->currentData().toInt() == int(SparsestVariant::Tight));
    });
    connect(countBiases_, &QCheckBox::toggled, this, &SparsestPage::updateSizeEstimate);
}

SparsestForm SparsestPage::config() const {
    SparsestForm f;
    f.sparsest.variant = static_cast<SparsestVariant>(variant_->currentData().toInt());
    f.sparsest.width = width_->value();
    f.sparsest.epsilon = epsilon_->value();
    f.sparsest.countBiases = countBiases_->isChecked();
    f.sparsest.rankBound = rankBound_->isChecked();
    f.sparsest.wBound = wBound_->value();
    f.sparsest.bBound = bBound_->value();
    f.boundsFromModel = boundsFromModel_->isChecked();
    f.model = model_->currentData().toInt();
    f.margin = margin_->value();
    f.warmStart = warmStart_->isChecked();
    f.milp.timeLimitSeconds = timeLimit_->value();
    f.milp.threads = threads_->value();
    return f;
}

void SparsestPage::setConfig(const SparsestForm& f) {
    setVariant(f.sparsest.variant);
    width_->setValue(f.sparsest.width);
    epsilon_->setValue(f.sparsest.epsilon);
    countBiases_->setChecked(f.sparsest.countBiases);
    rankBound_->setChecked(f.sparsest.rankBound);
    wBound_->setValue(f.sparsest.wBound);
    bBound_->setValue(f.sparsest.bBound);
    (f.boundsFromModel && boundsFromModel_->isEnabled() ? boundsFromModel_ : boundsManual_)
        ->setChecked(true);
    const int at = model_->findData(f.model);
    model_->setCurrentIndex(at >= 0 ? at : 0);
    margin_->setValue(f.margin);
    warmStart_->setChecked(f.warmStart && warmStart_->isEnabled());
    timeLimit_->setValue(f.milp.timeLimitSeconds);
    threads_->setValue(f.milp.threads);
}

void SparsestPage::setTimeLimit(double seconds) {
    timeLimit_->setValue(seconds);
}

void SparsestPage::setVariant(SparsestVariant variant) {
    variant_->setCurrentIndex(variant_->findData(int(variant)));
}

void SparsestPage::setManualBounds(double wBound, double bBound) {
    boundsManual_->setChecked(true);
    wBound_->setValue(wBound);
    bBound_->setValue(bBound);
}

void SparsestPage::setRankBound(bool on) {
    rankBound_->setChecked(on);
}

bool SparsestPage::isBusy() const {
    // The clock runs from the start until onJobFinished() has shown the result.
    return (job_ && job_->isRunning()) || controls_->isPolling();
}

void SparsestPage::refreshModelChoices() {
    const QSignalBlocker block(model_);
    model_->clear();
    const auto& results = state_->trainResults();
    model_->addItem(tr("auto: sparsest model that fits"), -1);
    for (int i = 0; i < int(results.size()); ++i)
        model_->addItem(tr("%1 (%2 nonzeros, MSE %3)")
                            .arg(QString::fromStdString(results[i].regularizer.id()))
                            .arg(results[i].final.nonzeros)
                            .arg(results[i].final.mse, 0, 'g', 3),
                        i);
    const bool any = !results.empty();
    boundsFromModel_->setEnabled(any);
    warmStart_->setEnabled(any);
    if (!any) {
        boundsManual_->setChecked(true);
        warmStart_->setChecked(false);
    }
}

const TrainResult* SparsestPage::chosenModel() const {
    const auto& results = state_->trainResults();
    if (results.empty()) return nullptr;
    const int index = model_->currentData().toInt();
    if (index >= 0 && index < int(results.size())) return &results[index];
    return pickSparsestFit(results, state_->dataset());
}

SparsestConfig SparsestPage::configFromForm(QString* boundsNote) const {
    const SparsestForm f = config();
    SparsestConfig c = f.sparsest;
    c.rankBound = c.rankBound && c.variant == SparsestVariant::Tight;
    const TrainResult* m = f.boundsFromModel ? chosenModel() : nullptr;
    if (m) {
        const SparsestBounds b = boundsFromModel(m->net, f.margin);
        c.wBound = b.wBound;
        c.bBound = b.bBound;
        if (boundsNote)
            *boundsNote = tr("bounds from %1: w_B = %2, b_B = %3")
                              .arg(QString::fromStdString(m->regularizer.id()))
                              .arg(c.wBound, 0, 'g', 4)
                              .arg(c.bBound, 0, 'g', 4);
    } else if (boundsNote) {
        *boundsNote = tr("manual bounds: w_B = %1, b_B = %2").arg(c.wBound).arg(c.bBound);
    }
    return c;
}

void SparsestPage::updateSizeEstimate() {
    const Dataset& d = state_->dataset();
    if (d.samples() == 0) {
        size_->setText(tr("No data."));
        return;
    }
    const SparsestSizeEstimate e =
        estimateSparsestSize(d.samples(), d.features(), configFromForm(nullptr));
    size_->setText(tr("Model size: %1 rows, %2 columns, %3 binaries.")
                       .arg(e.rows)
                       .arg(e.columns)
                       .arg(e.binaries));
}

void SparsestPage::setBusyUi(bool busy) {
    controls_->setBusy(busy);
    pipeline_->setEnabled(!busy);
}

void SparsestPage::runPipeline() {
    if (isBusy()) return;
    const Dataset& data = state_->dataset();
    if (data.samples() == 0) {
        status_->setText(tr("Load or generate a dataset first."));
        return;
    }
    SparsestPipelineConfig config;
    if (trainingSource_) trainingSource_(config);
    if (config.regularizers.empty()) {
        status_->setText(
            tr("The pipeline needs at least one regularizer checked on the Train page."));
        return;
    }
    config.sparsest = configFromForm(nullptr);
    config.margin = margin_->value();
    config.warmStart = true;
    config.milp = solveOptions();
    const ConfigIssues issues = validateSparsestPipeline(data, config);
    if (!issues.canStart()) {
        status_->setText(ConfigIssuePrompt::refusalText(issues));
        return;
    }
    if (interactive_ && !ConfigIssuePrompt::confirmLargeRun(this, issues)) return;
    if (issues.needsConfirmation()) config.train.memoryLimitBytes = kNoMemoryLimit;
    pipelineEpochs_ = config.train.epochs;
    trainEpochs_.assign(config.regularizers.size(), 0);
    beginRun(tr("Step 1 of 2: training %n regularizer(s)…", "", int(config.regularizers.size())));
    job_->startPipeline(data, config);
}

void SparsestPage::solve() {
    if (isBusy()) return;
    const Dataset& data = state_->dataset();
    if (data.samples() == 0) {
        status_->setText(tr("Load or generate a dataset first."));
        return;
    }
    const SparsestConfig config = configFromForm(&boundsNote_);
    // Refused up front, so the status line names the problem before anything starts.
    const ConfigIssues issues = validateSparsest(data.X, data.y, config);
    if (!issues.canStart()) {
        status_->setText(ConfigIssuePrompt::refusalText(issues));
        return;
    }
    if (const std::string unreachable = sparsestReachabilityProblem(data.X, data.y, config);
        !unreachable.empty()) {
        status_->setText(tr("Cannot solve: %1").arg(QString::fromStdString(unreachable)));
        return;
    }
    if (interactive_ && !ConfigIssuePrompt::confirmLargeRun(this, issues)) return;
    std::optional<ShallowReluNet> start;
    if (warmStart_->isChecked())
        if (const TrainResult* m = chosenModel()) start = m->net;
    trainEpochs_.clear();
    beginRun(config.rankBound
                 ? tr("Proving the rank lower bound, then solving with CBC (%1)…").arg(boundsNote_)
                 : tr("Solving with CBC (%1)…").arg(boundsNote_));
    milpClock_.start();
    job_->startSolve(data, config, solveOptions(), std::move(start));
}

MilpOptions SparsestPage::solveOptions() const {
    return config().milp;
}

void SparsestPage::beginRun(const QString& status) {
    setBusyUi(true);
    result_.reset();
    network_->clear();
    shownSearchNetwork_ = -1;
    exportOnnx_->setEnabled(false);
    verification_->clear();
    updateFunctions();
    log_->clear();
    chart_->reset();
    chart_->setReference(QString(), std::nan(""));
    milpClock_.invalidate();
    status_->setText(status);
    job_ = std::make_unique<SparsestJob>();
    connect(job_.get(), &SparsestJob::finished, this, &SparsestPage::onJobFinished);
    controls_->startPolling();
}

void SparsestPage::cancel() {
    if (!isBusy()) return;
    job_->requestStop();
    status_->setText(tr("Cancelling…"));
}

void SparsestPage::onTick() {
    if (!job_) return;
    SparsestJob::Batch batch = job_->drain();
    if (!batch.trainSamples.empty()) showTrainingProgress(batch.trainSamples);
    if (batch.trained) onTrained(*batch.trained);
    chart_->addProgress(batch.progress);
    // The rank bound's newest report stays under the chart while CBC runs: what it proved.
    if (batch.rank) {
        chart_->setPhase(rankProgressText(*batch.rank));
        showSearchNetwork(*batch.rank);
    }
    if (!batch.log.empty()) {
        QStringList lines;
        for (const std::string& line : batch.log)
            lines << QString::fromStdString(line);
        log_->appendPlainText(lines.join('\n'));
    }
    if (milpClock_.isValid() && job_->isRunning())
        chart_->setElapsed(milpClock_.elapsed() / 1000.0);
}

void SparsestPage::showSearchNetwork(const RankBoundProgress& report) {
    // Drawn when the search finds a sparser one; the decoded result replaces it at the end.
    const ShallowReluNet& net = report.upperNetwork;
    if (net.width() == 0 || report.upperNonzeros == shownSearchNetwork_) return;
    shownSearchNetwork_ = report.upperNonzeros;
    network_->setNetwork(net, 1e-7);
    network_->setCaption(
        tr("From the rank bound's search: %n nonzeros, fits", "", report.upperNonzeros));
}

void SparsestPage::showTrainingProgress(const std::vector<std::pair<int, TrainSample>>& samples) {
    for (const auto& [index, sample] : samples)
        if (index >= 0 && index < int(trainEpochs_.size()))
            trainEpochs_[std::size_t(index)] =
                std::max(trainEpochs_[std::size_t(index)], sample.epoch);
    if (trainEpochs_.empty()) return;
    // The slowest regularizer says how far step 1 is.
    const int slowest = *std::min_element(trainEpochs_.begin(), trainEpochs_.end());
    status_->setText(
        tr("Step 1 of 2: training %n regularizer(s), epoch %1 of %2…", "", int(trainEpochs_.size()))
            .arg(slowest)
            .arg(pipelineEpochs_));
}

void SparsestPage::onTrained(const SparsestTrainedStage& stage) {
    if (stage.trained.empty()) return;
    state_->setTrainResults(stage.trained, stage.train);  // the Train page and the bars show them
    if (stage.chosen < 0) return;
    // The form shows what the pipeline runs: bounds and start from the sparsest model that fits,
    // or from the interpolating network when none does.
    const TrainResult& chosen = stage.trained[std::size_t(stage.chosen)];
    const QString w = QString::number(stage.config.wBound, 'g', 4);
    const QString b = QString::number(stage.config.bBound, 'g', 4);
    // The bounds the MILP runs, rounded up to the spin boxes' 4 decimals, so that solving again
    // from the form still holds the network they were raised or repaired for.
    const auto keepRunBounds = [&] {
        const auto up = [](double v) { return std::ceil(v * 1e4) / 1e4; };
        setManualBounds(up(stage.config.wBound), up(stage.config.bBound));
    };
    QString start;
    switch (stage.source) {
        case SparsestBoundsSource::TrainedModel:
            if (stage.repaired || stage.boundsRaised) {
                // They hold the repaired network (or the 1-D one), not the model as trained.
                keepRunBounds();
            } else {
                boundsFromModel_->setChecked(true);
                model_->setCurrentIndex(0);
            }
            warmStart_->setChecked(true);
            boundsNote_ =
                stage.boundsRaised
                    ? tr("bounds from %1, raised to hold the sparser 1-D kink network: w_B = %2, "
                         "b_B = %3")
                          .arg(QString::fromStdString(chosen.regularizer.id()), w, b)
                    : tr("bounds from %1: w_B = %2, b_B = %3")
                          .arg(QString::fromStdString(chosen.regularizer.id()), w, b);
            start = stage.repaired
                        ? tr("starting from %1 repaired to an exact fit (max residual %2 "
                             "before, %n nonzeros)",
                             "", stage.startNonzeros)
                              .arg(QString::fromStdString(chosen.regularizer.id()))
                              .arg(stage.residualBefore, 0, 'g', 2)
                        : tr("starting from %1 (%n nonzeros)", "", stage.startNonzeros)
                              .arg(QString::fromStdString(chosen.regularizer.id()));
            break;
        case SparsestBoundsSource::Interpolant: {
            keepRunBounds();  // they hold the interpolating network
            warmStart_->setChecked(false);
            boundsNote_ = stage.boundsRaised
                              ? tr("no trained model fits; bounds raised to hold the interpolating "
                                   "network: w_B = %1, b_B = %2")
                                    .arg(w, b)
                              : tr("no trained model fits; w_B = %1, b_B = %2 hold the "
                                   "interpolating network")
                                    .arg(w, b);
            start = tr("starting from the interpolating network (%n nonzeros)", "",
                       stage.interpolantNonzeros);
            break;
        }
        case SparsestBoundsSource::Given:
            boundsNote_ =
                tr("no trained model fits: bounds as given, w_B = %1, b_B = %2").arg(w, b);
            start = tr("without a start");
            break;
    }
    status_->setText(tr("Step 2 of 2: solving with CBC (%1), %2…").arg(boundsNote_, start));
    milpClock_.start();
}

void SparsestPage::onJobFinished() {
    controls_->stopPolling();
    setBusyUi(false);
    if (job_->failed()) {
        status_->setText(tr("The run failed: %1").arg(job_->errorMessage()));
        return;
    }
    const SparsestPipelineResult& run = job_->result();
    if (!run.solved) {
        status_->setText(tr("Pipeline cancelled during training."));
        return;
    }
    result_ = run.sparsest;
    const SparsestResult& r = *result_;
    if (r.warmStart.feasible)
        chart_->setReference(r.startFromWitness ? tr("Rank witness") : tr("Warm start"),
                             r.warmStart.objective);
    chart_->addResult(r.milp);
    showResult(r);
    if (run.boundsSource == SparsestBoundsSource::Interpolant)
        status_->setText(status_->text() + tr(" Pipeline: %1.").arg(boundsNote_));
    updateComparison();
    emit solveFinished();
}

void SparsestPage::showResult(const SparsestResult& r) {
    status_->setText(sparsestStatusText(r));
    if (r.hasNetwork) {
        network_->setNetwork(r.net, 1e-7);
        network_->setCaption(tr("Decoded MILP network"));
    }
    exportOnnx_->setEnabled(r.hasNetwork);
    verification_->setText(verificationText(r));
    updateFunctions();
}

QString SparsestPage::exportOnnxNetwork(const QString& path) const {
    if (!result_ || !result_->hasNetwork) return tr("There is no MILP network to export.");
    return exportOnnx(result_->net, path, onnxDescription(*result_));
}

void SparsestPage::pickBottomTab() {
    // The function view for data it can draw (1 or 2 inputs), the nonzero bars otherwise.
    const int d = state_->dataset().features();
    bottomTabs_->setCurrentWidget(d >= 1 && d <= 2 ? static_cast<QWidget*>(function_)
                                                   : static_cast<QWidget*>(comparison_));
}

void SparsestPage::updateFunctions() {
    function_->removeNetworks();
    const auto& trained = state_->trainResults();
    for (std::size_t i = 0; i < trained.size(); ++i) {
        const QString id = QString::fromStdString(trained[i].regularizer.id());
        function_->setNetwork(id, id, regularizerColor(int(i)), trained[i].net,
                              state_->trainConfig().eps);
    }
    if (result_ && result_->hasNetwork) {
        // Black and dashed: apart from every regularizer's colour; the decoded net's zeros are
        // exact up to the decoder's 1e-7.
        function_->setNetwork("milp", tr("MILP"), QColor(20, 20, 20), result_->net, 1e-7, true);
        function_->setSelected("milp");
    }
}

void SparsestPage::updateComparison() {
    QVector<BarChart::Bar> bars;
    for (const auto& t : state_->trainResults())
        bars.push_back({QString::fromStdString(t.regularizer.id()), double(t.final.nonzeros),
                        QColor(120, 150, 200)});
    if (result_ && result_->hasNetwork)
        bars.push_back({tr("MILP"), double(result_->verification.nonzeros), QColor(214, 39, 40)});
    if (result_ && result_->milp.status != MilpStatus::Optimal &&
        std::isfinite(result_->milp.bestBound))
        bars.push_back(
            {tr("MILP bound"), std::ceil(result_->milp.bestBound - 1e-6), QColor(250, 170, 160)});
    comparison_->setBars(tr("Nonzeros: trained models vs sparsest network"), tr("nonzeros"), bars);
}

FormState SparsestPage::formState() const {
    // The model choice last: it is only meaningful once the session's results are restored.
    return {{"bounds_from_model", boundsFromModel_},
            {"bounds_manual", boundsManual_},
            {"margin", margin_},
            {"w_bound", wBound_},
            {"b_bound", bBound_},
            {"width", width_},
            {"variant", variant_},
            {"epsilon", epsilon_},
            {"time_limit", timeLimit_},
            {"threads", threads_},
            {"count_biases", countBiases_},
            {"warm_start", warmStart_},
            {"rank_bound", rankBound_},
            {"model", model_}};
}

}  // namespace smip::ui

namespace smip::ui {

MilpExportPlan SparsestPage::milpExportPlan() const {
    MilpExportPlan plan;
    const Dataset& data = state_->dataset();
    if (data.samples() == 0) {
        plan.unavailable = tr("Load or generate a dataset first.");
        return plan;
    }
    // The Solve button's model: bounds from the chosen trained model when there is one (else
    // the typed ones), its start when "warm start" is checked. Nothing is trained for it.
    QString boundsNote;
    const SparsestConfig config = configFromForm(&boundsNote);
    const ConfigIssues issues = validateSparsest(data.X, data.y, config);
    if (!issues.canStart()) {
        plan.unavailable = ConfigIssuePrompt::refusalText(issues);
        return plan;
    }
    if (const std::string unreachable = sparsestReachabilityProblem(data.X, data.y, config);
        !unreachable.empty()) {
        plan.unavailable = tr("No MILP to export: %1").arg(QString::fromStdString(unreachable));
        return plan;
    }
    std::optional<ShallowReluNet> start;
    if (warmStart_->isChecked())
        if (const TrainResult* m = chosenModel()) start = m->net;
    plan.note =
        tr("The model the Solve button runs (%1), with the rank bound's row when it is on; "
           "start: %2.")
            .arg(boundsNote, start ? tr("the chosen trained model, or the rank bound's witness")
                                   : tr("the rank bound's witness when it finds one"));
    plan.build = [X = data.X, y = data.y, config, options = solveOptions(), start](
                     const MilpModelHook& onModel, std::stop_token stop,
                     const MilpBackend& backend) {
        MilpHooks hooks;
        hooks.onModel = onModel;
        solveSparsest(X, y, config, options, hooks, stop, start ? &*start : nullptr, backend);
    };
    return plan;
}

}  // namespace smip::ui
