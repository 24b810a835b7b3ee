#include "ui/miptrain/mip_train_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "core/miptrain/mip_train_validation.h"
#include "core/miptrain/network_milp.h"
#include "ui/charts/learning_chart.h"
#include "ui/charts/live_line_chart.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/mip_training_job.h"
#include "ui/widgets/config_issue_prompt.h"
#include "ui/widgets/solve_controls.h"
#include "ui/widgets/table_cells.h"

namespace smip::ui {

namespace {
QString num(double v, int digits = 4) {
    return std::isfinite(v) ? QString::number(v, 'g', digits) : QStringLiteral("–");
}
}  // namespace

MipTrainPage::MipTrainPage(QWidget* parent) : QWidget(parent) {
    buildUi();
    setConfig(defaultForm());
    connect(controls_, &SolveControls::tick, this, &MipTrainPage::onTick);
    validateArchitecture();
}

// The job's destructor requests stop and joins: its solver processes are cancelled, then killed.
MipTrainPage::~MipTrainPage() = default;

bool MipTrainPage::isRunning() const {
    return job_ && job_->isRunning();
}

void MipTrainPage::buildUi() {
    dataset_ = new QComboBox();
    dataset_->addItem(tr("5-bit parity (Patil & Mintz)"), "parity5");
    for (const char* name : {"xor", "corner", "moons", "circles", "iris", "wine", "breast_cancer"})
        dataset_->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    seed_ = new QSpinBox();
    seed_->setRange(0, 1000000);
    arch_ = new QLineEdit();
    archStatus_ = new QLabel();
    archStatus_->setWordWrap(true);
    activation_ = new QComboBox();
    activation_->addItem(tr("binary (step)"), int(MipActivation::Binary));
    activation_->addItem(tr("ReLU"), int(MipActivation::Relu));
    loss_ = new QComboBox();
    loss_->addItem(tr("linearized log-likelihood"), int(MipLoss::Nll));
    loss_->addItem(tr("misclassifications"), int(MipLoss::Errors));
    method_ = new QComboBox();
    method_->addItem(tr("full MIP"), int(MipMethod::Full));
    method_->addItem(tr("layer-wise (greedy)"), int(MipMethod::Layerwise));
    method_->addItem(tr("hybrid: MIP then SGD"), int(MipMethod::Hybrid));
    method_->addItem(tr("Lagrangian decomposition"), int(MipMethod::Lagrangian));
    timeLimit_ = new QDoubleSpinBox();
    timeLimit_->setRange(1, 86400);
    timeLimit_->setSuffix(tr(" s"));
    blocks_ = new QSpinBox();
    blocks_->setRange(2, 64);
    iterations_ = new QSpinBox();
    iterations_->setRange(1, 10000);
    sparsity_ = new QDoubleSpinBox();
    sparsity_->setDecimals(4);
    sparsity_->setRange(0, 100);
    sparsity_->setToolTip(tr("Objective cost per nonzero parameter (0 = no sparsity term)"));
    sgdStart_ = new QCheckBox(tr("Start the MIP from SGD's pattern"));
    sgdStart_->setToolTip(
        tr("Binary units: the full MIP begins from the activation pattern of "
           "the SGD reference network (hidden weights re-fitted to the bound "
           "and margin, output layer optimal), so it starts at least that good"));
    exactness_ = new QLabel();
    exactness_->setWordWrap(true);

    auto* form = new QFormLayout();
    form->addRow(tr("Data:"), dataset_);
    form->addRow(tr("Seed:"), seed_);
    form->addRow(tr("Architecture:"), arch_);
    form->addRow(archStatus_);
    form->addRow(tr("Activation:"), activation_);
    form->addRow(tr("Loss:"), loss_);
    form->addRow(tr("Method:"), method_);
    form->addRow(tr("Time limit:"), timeLimit_);
    form->addRow(tr("Blocks B:"), blocks_);
    form->addRow(tr("Iterations:"), iterations_);
    form->addRow(tr("Sparsity cost:"), sparsity_);
    form->addRow(sgdStart_);
    form->addRow(exactness_);
    auto* box = new QGroupBox(tr("MIP training"));
    box->setLayout(form);
    controls_ = new SolveControls(tr("Train"));
    stage_ = new QLabel();
    auto* left = new QVBoxLayout();
    left->addWidget(box);
    left->addWidget(controls_);
    left->addWidget(stage_);
    left->addWidget(controls_->statusLabel());
    left->addStretch(1);
    auto* leftWidget = new QWidget();
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(360);

    solverChart_ = new SolverChart();
    controls_->addChart(solverChart_);
    lagrangianChart_ = new LiveLineChart();
    lagrangianChart_->setLabels(tr("Lagrangian decomposition"), tr("iteration"), tr("objective"));
    lagrangianChart_->addSeries("dual", tr("Dual bound"), QColor(31, 119, 180),
                                LiveLineChart::Style::Step);
    lagrangianChart_->addSeries("primal", tr("Best primal"), QColor(214, 39, 40),
                                LiveLineChart::Style::Step);
    lagrangianChart_->addSeries("iter", tr("L(λ) this iteration"), QColor(120, 170, 220));
    table_ = new QTableWidget(0, 9);
    table_->setHorizontalHeaderLabels({tr("Method"), tr("Train acc."), tr("Test acc."), tr("Loss"),
                                       tr("Nonzeros"), tr("Seconds"), tr("Objective"),
                                       tr("Proven gap"), tr("Status")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();

    learning_ = new LearningChart();
    sideTabs_ = new QTabWidget();
    sideTabs_->addTab(learning_, tr("Incumbent network"));
    sideTabs_->addTab(lagrangianChart_, tr("Lagrangian"));
    auto* charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(solverChart_);
    charts->addWidget(sideTabs_);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(charts);
    right->addWidget(table_);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addWidget(right, 1);

    connect(controls_, &SolveControls::startRequested, this, &MipTrainPage::train);
    connect(controls_, &SolveControls::cancelRequested, this, &MipTrainPage::cancel);
    connect(arch_, &QLineEdit::textChanged, this, &MipTrainPage::validateArchitecture);
    connect(activation_, &QComboBox::currentIndexChanged, this,
            &MipTrainPage::validateArchitecture);
    connect(method_, &QComboBox::currentIndexChanged, this, [this] {
        const bool lag = MipMethod(method_->currentData().toInt()) == MipMethod::Lagrangian;
        blocks_->setEnabled(lag);
        iterations_->setEnabled(lag);
    });
    blocks_->setEnabled(false);
    iterations_->setEnabled(false);
}

MipTrainPage::Form MipTrainPage::defaultForm() {
    Form f;
    f.config.lagrangian.maxIterations = 20;
    return f;
}

MipTrainPage::Form MipTrainPage::config() const {
    Form f;
    f.dataset = dataset_->currentData().toString().toStdString();
    f.seed = std::uint64_t(seed_->value());
    f.architecture = arch_->text().trimmed().toStdString();
    MipTrainConfig& c = f.config;
    c.formulation.activation = MipActivation(activation_->currentData().toInt());
    c.formulation.loss = MipLoss(loss_->currentData().toInt());
    c.formulation.sparsity = sparsity_->value();
    c.startFromSgd = sgdStart_->isChecked();
    c.method = MipMethod(method_->currentData().toInt());
    c.timeLimitSeconds = timeLimit_->value();
    c.lagrangian.blocks = blocks_->value();
    c.lagrangian.maxIterations = iterations_->value();
    c.lagrangian.blockTimeLimitSeconds = std::max(1.0, timeLimit_->value() / 10.0);
    c.sgd.seed = f.seed;
    return f;
}

void MipTrainPage::setConfig(const Form& f) {
    setDatasetName(QString::fromStdString(f.dataset));
    seed_->setValue(int(f.seed));
    arch_->setText(QString::fromStdString(f.architecture));
    activation_->setCurrentIndex(activation_->findData(int(f.config.formulation.activation)));
    loss_->setCurrentIndex(loss_->findData(int(f.config.formulation.loss)));
    sparsity_->setValue(f.config.formulation.sparsity);
    sgdStart_->setChecked(f.config.startFromSgd);
    setMethod(f.config.method);
    timeLimit_->setValue(f.config.timeLimitSeconds);
    blocks_->setValue(f.config.lagrangian.blocks);
    iterations_->setValue(f.config.lagrangian.maxIterations);
}

void MipTrainPage::setArchitecture(const QString& text) {
    arch_->setText(text);
}
void MipTrainPage::setDatasetName(const QString& name) {
    dataset_->setCurrentIndex(std::max(0, dataset_->findData(name)));
}
void MipTrainPage::setMethod(MipMethod m) {
    method_->setCurrentIndex(method_->findData(int(m)));
}
void MipTrainPage::setTimeLimit(double s) {
    timeLimit_->setValue(s);
}
void MipTrainPage::setIterations(int n) {
    iterations_->setValue(n);
}

void MipTrainPage::validateArchitecture() {
    MipArchitecture arch;
    std::string error;
    const bool ok = parseArchitecture(arch_->text().trimmed().toStdString(), arch, error);
    archStatus_->setText(ok ? QString()
                            : QStringLiteral("<span style='color:#c62828'>%1</span>")
                                  .arg(QString::fromStdString(error).toHtmlEscaped()));
    controls_->setBusy(isRunning(), ok);
    if (!ok) return;
    MipFormulation f;
    f.activation = MipActivation(activation_->currentData().toInt());
    exactness_->setText(formulationExact(f, arch.hiddenLayers())
                            ? tr("This formulation is exact: the MILP optimum is the best network.")
                            : tr("ReLU × weight products are relaxed (McCormick): the MILP is a "
                                 "relaxation and its networks are re-evaluated exactly."));
}

void MipTrainPage::train() {
    if (isRunning()) return;
    const Form form = config();
    MipTrainConfig config = form.config;
    std::string error;
    if (!parseArchitecture(form.architecture, config.arch, error)) {
        controls_->setStatus(tr("Invalid architecture: %1").arg(QString::fromStdString(error)));
        return;
    }
    const std::string& source = form.dataset;
    const std::uint64_t seed = form.seed;
    // Loading is quick (a generator or a bundled dataset): done here so the run is checked, with
    // the CLI's checks, before it starts.
    Dataset train, test;
    if (!loadMipTrainData(source, seed, 0, train, test, error)) {
        controls_->setStatus(tr("Cannot load the data: %1").arg(QString::fromStdString(error)));
        return;
    }
    const ConfigIssues issues = validateMipTraining(train, config);
    if (!issues.canStart()) {
        controls_->setStatus(ConfigIssuePrompt::refusalText(issues));
        return;
    }
    if (!ConfigIssuePrompt::confirmLargeRun(this, issues)) return;

    // The Lagrangian's dual bound is a lower bound on the full MIP's optimum: when a full MIP on
    // the same problem ran before, its own bound is drawn as the reference.
    runKey_ = QStringLiteral("%1|%2|%3|%4|%5|%6")
                  .arg(QString::fromStdString(source))
                  .arg(seed)
                  .arg(QString::fromStdString(config.arch.text()))
                  .arg(int(config.formulation.activation))
                  .arg(int(config.formulation.loss))
                  .arg(config.formulation.sparsity);
    result_.reset();
    table_->setRowCount(0);
    lagrangianChart_->clearPoints();
    learning_->reset();
    sideTabs_->setCurrentWidget(config.method == MipMethod::Lagrangian
                                    ? static_cast<QWidget*>(lagrangianChart_)
                                    : learning_);
    lagrangianChart_->setReferenceLine("fullbound", tr("Full MIP bound"),
                                       fullMipBound_.value(runKey_, std::nan("")),
                                       QColor(44, 160, 44));
    job_ = std::make_unique<MipTrainingJob>(std::move(train), std::move(test), config);
    connect(job_.get(), &MipTrainingJob::finished, this, &MipTrainPage::finish);
    job_->start();
    controls_->begin(tr("Training…"));
    controls_->startPolling();
}

void MipTrainPage::cancel() {
    if (!isRunning()) return;
    job_->requestStop();
    controls_->setStatus(tr("Cancelling…"));
}

void MipTrainPage::onTick() {
    if (!job_) return;
    MipTrainingJob::Batch batch = job_->drain();
    if (batch.stage) stage_->setText(QString::fromStdString(batch.stage->text));
    if (batch.progress.newRun) {  // a new MILP: both charts follow its clock
        solverChart_->reset();
        learning_->reset();
    }
    solverChart_->addProgress(batch.progress.samples);
    QList<QPointF> dual, primal, iter;
    for (const auto& rec : batch.lagrangian) {
        dual << QPointF(rec.iteration, rec.dualBound);
        primal << QPointF(rec.iteration, rec.bestPrimal);
        iter << QPointF(rec.iteration, rec.iterationBound);
    }
    lagrangianChart_->appendPoints("dual", dual);
    lagrangianChart_->appendPoints("primal", primal);
    lagrangianChart_->appendPoints("iter", iter);
    lagrangianChart_->flush();
    addLearningPoints(batch.networks);
    // The solve still holds its last network: its step lines run on with the solver's clock.
    if (!batch.progress.samples.empty()) learning_->extendTo(batch.progress.samples.back().seconds);
}

namespace {

// Hidden units that take an input and pass their output on (a unit without either changes no
// prediction).
int usedHiddenUnits(const MipNetwork& net) {
    int used = 0;
    for (int l = 0; l + 1 < net.layers(); ++l) {
        const Eigen::MatrixXd& in = net.weights[static_cast<std::size_t>(l)];
        const Eigen::MatrixXd& out = net.weights[static_cast<std::size_t>(l + 1)];
        for (Eigen::Index u = 0; u < in.rows(); ++u)
            used +=
                (in.row(u).array().abs() > 1e-6).any() && (out.col(u).array().abs() > 1e-6).any();
    }
    return used;
}

}  // namespace

void MipTrainPage::addLearningPoints(const std::vector<MipLiveNetwork>& networks) {
    std::vector<LearningPoint> points;
    for (const MipLiveNetwork& n : networks)
        points.push_back({n.seconds, n.train.accuracy,
                          n.test.samples > 0 ? n.test.accuracy : std::nan(""), n.nonzeros,
                          usedHiddenUnits(n.network)});
    learning_->addPoints(points);
}

void MipTrainPage::finish() {
    controls_->stopPolling();
    validateArchitecture();  // Train enabled again when the architecture is valid
    result_ = job_->result();
    if (job_->failed()) result_->message = job_->errorMessage().toStdString();  // ok stays false
    if (!result_->ok) {
        controls_->setStatus(tr("Cannot train: %1").arg(QString::fromStdString(result_->message)));
    } else {
        controls_->setStatus(
            tr("Finished: %1 distinct of %2 training samples (identical samples are "
               "aggregated exactly).")
                .arg(result_->distinctSamples)
                .arg(result_->trainSamples));
        fillTable(*result_);
        for (const auto& row : result_->rows)
            if (row.method == "full" && std::isfinite(row.bound))
                fullMipBound_[runKey_] = row.bound;
    }
    emit trainingFinished();
}

void MipTrainPage::fillTable(const MipTrainResult& r) {
    table_->setRowCount(0);
    for (const auto& row : r.rows) {
        const int i = table_->rowCount();
        table_->insertRow(i);
        QString method = QString::fromStdString(row.method);
        if (!row.start.empty())
            method += QStringLiteral(" (%1)").arg(QString::fromStdString(row.start));
        if (!row.exact) method += tr(" [relaxed]");
        table_->setItem(i, 0, readOnlyCell(method, false));
        table_->setItem(i, 1,
                        readOnlyCell(QString::number(100.0 * row.train.accuracy, 'f', 1) + " %"));
        table_->setItem(i, 2,
                        readOnlyCell(row.test.samples > 0
                                         ? QString::number(100.0 * row.test.accuracy, 'f', 1) + " %"
                                         : QStringLiteral("–")));
        table_->setItem(i, 3, readOnlyCell(num(row.train.loss)));
        table_->setItem(i, 4, readOnlyCell(QString::number(row.nonzeros)));
        table_->setItem(i, 5, readOnlyCell(QString::number(row.seconds, 'f', 2)));
        table_->setItem(i, 6, readOnlyCell(num(row.objective)));
        table_->setItem(
            i, 7,
            readOnlyCell(std::isfinite(row.gap) ? QString::number(100.0 * row.gap, 'f', 2) + " %"
                                                : QStringLiteral("–")));
        table_->setItem(i, 8, readOnlyCell(QString::fromStdString(row.message), false));
    }
}

FormState MipTrainPage::formState() const {
    return {{"dataset", dataset_},       {"seed", seed_},         {"architecture", arch_},
            {"activation", activation_}, {"loss", loss_},         {"method", method_},
            {"time_limit", timeLimit_},  {"blocks", blocks_},     {"iterations", iterations_},
            {"sparsity", sparsity_},     {"sgd_start", sgdStart_}};
}

}  // namespace smip::ui

namespace smip::ui {

MilpExportPlan MipTrainPage::milpExportPlan() const {
    MilpExportPlan plan;
    const Form form = config();
    MipTrainConfig config = form.config;
    std::string error;
    if (!parseArchitecture(form.architecture, config.arch, error)) {
        plan.unavailable = tr("Invalid architecture: %1").arg(QString::fromStdString(error));
        return plan;
    }
    Dataset train, test;
    if (!loadMipTrainData(form.dataset, form.seed, 0, train, test, error)) {
        plan.unavailable = tr("Cannot load the data: %1").arg(QString::fromStdString(error));
        return plan;
    }
    const ConfigIssues issues = validateMipTraining(train, config);
    if (!issues.canStart()) {
        plan.unavailable = ConfigIssuePrompt::refusalText(issues);
        return plan;
    }
    const bool sgdStart =
        config.startFromSgd && config.formulation.activation == MipActivation::Binary;
    const MipMethod first = config.method == MipMethod::Hybrid ? config.hybridStart : config.method;
    QString what;
    if (first == MipMethod::Full)
        what = tr("The full MIP over the distinct training samples");
    else if (first == MipMethod::Layerwise)
        what =
            tr("Layer 1 of the layer-wise method: each later layer's MILP is built from the "
               "solved layers before it, so only the first exists before training");
    else
        what =
            tr("The block MILPs of the Lagrangian decomposition's first iteration, one file "
               "per block");
    plan.note = what + (sgdStart ? tr("; the start comes from SGD's activation pattern (SGD "
                                      "runs first).")
                                 : tr("; no MIP start."));
    config.sgdReference = false;  // the reference row is not part of any MILP
    plan.build = [train, test, config](const MilpModelHook& onModel, std::stop_token stop,
                                       const MilpBackend& backend) {
        MipTrainHooks hooks;
        hooks.onModel = onModel;
        MilpOptions milp;
        milp.logLevel = 0;
        runMipTraining(train, test, config, milp, hooks, stop, backend);
    };
    return plan;
}

}  // namespace smip::ui
