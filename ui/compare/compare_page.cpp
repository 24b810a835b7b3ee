#include "ui/compare/compare_page.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "ui/charts/solver_chart.h"
#include "ui/compare/pareto_chart.h"
#include "ui/jobs/pareto_job.h"
#include "ui/main/app_state.h"
#include "ui/widgets/config_issue_prompt.h"
#include "ui/widgets/solve_controls.h"
#include "ui/widgets/table_cells.h"

namespace smip::ui {

ComparePage::ComparePage(AppState* state, QWidget* parent) : QWidget(parent), state_(state) {
    buildUi();
    setConfig(ParetoConfig{});
}

ComparePage::~ComparePage() = default;  // the job's destructor stops and joins

void ComparePage::buildUi() {
    regularizers_ = new QLineEdit();
    regularizers_->setToolTip(tr("none, wd, l1, group, p<exponent> (comma separated)"));
    lambdas_ = new QSpinBox();
    lambdas_->setRange(1, 200);
    lambdaMin_ = new QDoubleSpinBox();
    lambdaMax_ = new QDoubleSpinBox();
    for (QDoubleSpinBox* box : {lambdaMin_, lambdaMax_}) {
        box->setDecimals(6);
        box->setRange(1e-6, 100.0);
        box->setSingleStep(0.001);
    }
    epochs_ = new QSpinBox();
    epochs_->setRange(1, 10000000);
    epochs_->setSingleStep(10000);
    epsilons_ = new QLineEdit();
    epsilons_->setToolTip(tr("fit tolerances ε of the frontier, e.g. 0,0.01,0.05,0.1"));
    timeLimit_ = new QDoubleSpinBox();
    timeLimit_->setRange(0.5, 86400.0);
    timeLimit_->setSuffix(tr(" s"));

    auto* paths = new QGroupBox(tr("Regularization paths"));
    auto* pf = new QFormLayout(paths);
    pf->addRow(tr("Regularizers:"), regularizers_);
    pf->addRow(tr("λ values:"), lambdas_);
    pf->addRow(tr("λ from:"), lambdaMin_);
    pf->addRow(tr("λ to:"), lambdaMax_);
    pf->addRow(tr("Epochs:"), epochs_);
    auto* exact = new QGroupBox(tr("Exact frontier (MILP)"));
    auto* ef = new QFormLayout(exact);
    ef->addRow(tr("Tolerances ε:"), epsilons_);
    ef->addRow(tr("Time limit per ε:"), timeLimit_);
    controls_ = new SolveControls(tr("Compare"));
    for (QWidget* w : {static_cast<QWidget*>(paths), static_cast<QWidget*>(exact)})
        controls_->disableWhileBusy(w);
    auto* note = new QLabel(
        tr("Every regularizer is trained from one initialization at each λ; the MILP's weight "
           "bounds hold every trained network, so no trained point within ε can have fewer "
           "nonzeros than the proven optimum at ε."));
    note->setWordWrap(true);

    auto* left = new QWidget();
    auto* ll = new QVBoxLayout(left);
    ll->addWidget(paths);
    ll->addWidget(exact);
    ll->addWidget(controls_);
    ll->addWidget(controls_->statusLabel());
    ll->addWidget(note);
    ll->addStretch(1);
    left->setMaximumWidth(380);

    solverChart_ = new SolverChart();
    controls_->addChart(solverChart_);
    chart_ = new ParetoChart();
    table_ = new QTableWidget(0, 6);
    table_->setHorizontalHeaderLabels(
        {tr("ε"), tr("nonzeros"), tr("bound"), tr("status"), tr("seconds"), tr("started from")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->setVisible(false);
    auto* bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(solverChart_);
    bottom->addWidget(table_);
    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(chart_);
    right->addWidget(bottom);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(left);
    layout->addWidget(right, 1);
    connect(controls_, &SolveControls::startRequested, this, &ComparePage::run);
    connect(controls_, &SolveControls::cancelRequested, this, &ComparePage::cancel);
    connect(controls_, &SolveControls::tick, this, &ComparePage::onTick);
}

bool ComparePage::config(ParetoConfig& out, QString& error) const {
    ParetoConfig c;
    c.regularizers.clear();
    for (const QString& id : regularizers_->text().split(',', Qt::SkipEmptyParts))
        c.regularizers.push_back(id.trimmed().toStdString());
    c.lambdas = lambdas_->value();
    c.lambdaMin = lambdaMin_->value();
    c.lambdaMax = lambdaMax_->value();
    c.train.epochs = epochs_->value();
    c.epsilons.clear();
    for (const QString& item : epsilons_->text().split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double e = item.trimmed().toDouble(&ok);
        if (!ok) {
            error = tr("Tolerances ε: '%1' is not a number").arg(item.trimmed());
            return false;
        }
        c.epsilons.push_back(e);
    }
    c.timeLimitSeconds = timeLimit_->value();
    out = std::move(c);
    return true;
}

void ComparePage::setConfig(const ParetoConfig& c) {
    regularizers_->setText(joinedIds(c.regularizers));
    lambdas_->setValue(c.lambdas);
    lambdaMin_->setValue(c.lambdaMin);
    lambdaMax_->setValue(c.lambdaMax);
    epochs_->setValue(c.train.epochs);
    epsilons_->setText(joinedNumbers(c.epsilons));
    timeLimit_->setValue(c.timeLimitSeconds);
}

FormState ComparePage::formState() const {
    return {{"regularizers", regularizers_}, {"lambdas", lambdas_}, {"lambda_min", lambdaMin_},
            {"lambda_max", lambdaMax_},      {"epochs", epochs_},   {"epsilons", epsilons_},
            {"time_limit", timeLimit_}};
}

bool ComparePage::isBusy() const {
    return (job_ && job_->isRunning()) || controls_->isPolling();
}

QString ComparePage::statusText() const {
    return controls_->statusText();
}

void ComparePage::run() {
    if (isBusy()) return;
    const Dataset& data = state_->dataset();
    if (data.samples() == 0) {
        controls_->setStatus(tr("Load or generate a dataset first."), true);
        return;
    }
    ParetoConfig c;
    QString error;
    if (!config(c, error)) {
        controls_->setStatus(tr("Cannot start: %1").arg(error), true);
        return;
    }
    const ConfigIssues issues = validatePareto(data, c);
    if (!issues.canStart()) {
        controls_->setStatus(ConfigIssuePrompt::refusalText(issues), true);
        return;
    }
    if (!ConfigIssuePrompt::confirmLargeRun(this, issues)) return;
    trained_.clear();
    frontier_.clear();
    result_.reset();
    redraw();
    job_ = std::make_unique<ParetoJob>(data, c);
    connect(job_.get(), &ParetoJob::finished, this, &ComparePage::onFinished);
    job_->start();
    controls_->begin(tr("Training %1 regularizer(s) at %2 λ value(s) on both cores…")
                         .arg(c.regularizers.size())
                         .arg(c.lambdas));
    controls_->startPolling();
}

void ComparePage::cancel() {
    if (!job_ || !job_->isRunning()) return;
    job_->requestStop();
    controls_->setStatus(tr("Cancelling…"));
}

void ComparePage::onTick() {
    if (!job_) return;
    ParetoJob::Batch b = job_->drain();
    bool changed = false;
    if (b.trained) {
        trained_ = std::move(*b.trained);
        changed = true;
    }
    if (b.progress.newRun) solverChart_->reset();
    solverChart_->addProgress(b.progress.samples);
    if (b.solving)
        controls_->setStatus(tr("Solving the sparsest network within ε = %1 (MILP in a worker "
                                "process)…")
                                 .arg(*b.solving));
    if (!b.frontier.empty()) {
        frontier_.insert(frontier_.end(), b.frontier.begin(), b.frontier.end());
        changed = true;
    }
    if (changed) redraw();
}

void ComparePage::onFinished() {
    controls_->stopPolling();
    controls_->setBusy(false);
    if (job_->failed()) {
        controls_->setStatus(tr("The run failed: %1").arg(job_->errorMessage()), true);
        emit runFinished();
        return;
    }
    result_ = job_->result();
    trained_ = result_->trained;
    frontier_ = result_->frontier;
    redraw();
    int proven = 0;
    for (const auto& f : frontier_)
        proven += f.proven;
    controls_->setStatus(
        (result_->cancelled ? tr("Cancelled: ") : QString()) +
        tr("%1 trained networks, %2 of %3 frontier points proven (MILP bounds w_B = %4, "
           "b_B = %5), %6 s.")
            .arg(trained_.size())
            .arg(proven)
            .arg(frontier_.size())
            .arg(result_->wBound, 0, 'g', 4)
            .arg(result_->bBound, 0, 'g', 4)
            .arg(result_->seconds, 0, 'f', 1));
    emit runFinished();
}

void ComparePage::redraw() {
    chart_->setData(trained_, frontier_);
    fillTable();
}

void ComparePage::fillTable() {
    table_->setRowCount(0);
    for (const ParetoFrontierPoint& f : frontier_) {
        const int row = table_->rowCount();
        table_->insertRow(row);
        const QStringList cells = {
            QString::number(f.epsilon, 'g', 6),
            f.nonzeros >= 0 ? QString::number(f.nonzeros) : QStringLiteral("–"),
            std::isfinite(f.bestBound) ? QString::number(std::ceil(f.bestBound - 1e-6))
                                       : QStringLiteral("–"),
            f.proven ? tr("proven optimal") : QString::fromStdString(f.status),
            QString::number(f.seconds, 'f', 1),
            f.start.empty() ? tr("no trained point within ε") : QString::fromStdString(f.start)};
        for (int c = 0; c < cells.size(); ++c)
            table_->setItem(row, c, readOnlyCell(cells[c], c != 3 && c != 5));
    }
}

}  // namespace smip::ui
