// AdversarialPage: the attack run. The form becomes an AttackConfig; an AttackComparisonJob runs
// core's runAttackComparison (the CLI's `attack`); the page's ≤ 30 Hz clock drains its phases,
// MILP samples, Ipopt iterations and finished formulations into the charts and the table.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <algorithm>
#include <cmath>

#include "ui/adversarial/adversarial_page.h"
#include "ui/adversarial/classifier_panel.h"
#include "ui/adversarial/comparison_table.h"
#include "ui/adversarial/digit_view.h"
#include "ui/adversarial/probability_view.h"
#include "ui/charts/live_line_chart.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/attack_comparison_job.h"
#include "ui/widgets/config_issue_prompt.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

namespace {
constexpr int kDigitSide = 8;

const QColor kLocalColors[] = {QColor(255, 127, 14), QColor(148, 103, 189), QColor(44, 160, 44),
                               QColor(140, 86, 75)};

QVector<double> toQVector(const Eigen::VectorXd& v) {
    return QVector<double>(v.data(), v.data() + v.size());
}

QVector<double> softmax(const Eigen::VectorXd& z) {
    const Eigen::VectorXd e = (z.array() - z.maxCoeff()).exp();
    return toQVector(e / e.sum());
}

// The local chart's series of formulation `index`: "f<k>" for the k-th local formulation.
QString seriesId(const std::vector<AttackFormulation>& formulations, int index) {
    const auto local = std::count_if(formulations.begin(), formulations.begin() + index,
                                     [](const AttackFormulation& f) { return !f.exact; });
    return QStringLiteral("f%1").arg(local);
}
}  // namespace

bool AdversarialPage::isSolving() const {
    return attackJob_ && attackJob_->isRunning();
}

AttackConfig AdversarialPage::config() const {
    AttackConfig config;
    config.query = queryFromForm();
    config.tightening = static_cast<BoundTightening>(tightening_->currentData().toInt());
    config.timeLimitSeconds = timeLimit_->value();
    config.lpTimeLimitSeconds = std::min(10.0, config.timeLimitSeconds);
    config.milpLogLevel = 0;  // the page shows no solver log
    config.nlpPrintLevel = 0;
    config.overlapExactAndLocal = true;  // both charts live; no local answer waits for the MIP
    config.formulations.clear();
    if (useMip_->isChecked()) config.formulations.push_back(AttackFormulation{});
    auto addLocal = [&config](QCheckBox* use, SmoothReluKind kind, double beta) {
        if (!use->isChecked()) return;
        AttackFormulation f;
        f.exact = false;
        f.relu.kind = kind;
        f.relu.beta = beta;
        config.formulations.push_back(f);
    };
    addLocal(useSqrt_, SmoothReluKind::Sqrt, 1.0);
    addLocal(useSoft1_, SmoothReluKind::Softplus, beta1_->value());
    addLocal(useSoft2_, SmoothReluKind::Softplus, beta2_->value());
    return config;
}

void AdversarialPage::setConfig(const AttackConfig& config) {
    setQuery(config.query);
    setTightening(config.tightening);
    setTimeLimit(config.timeLimitSeconds);
    bool mip = false, sqrtRelu = false;
    std::vector<double> betas;
    for (const AttackFormulation& f : config.formulations) {
        if (f.exact)
            mip = true;
        else if (f.relu.kind == SmoothReluKind::Sqrt)
            sqrtRelu = true;
        else
            betas.push_back(f.relu.beta);
    }
    setFormulations(mip, sqrtRelu, betas.size() > 0, betas.size() > 1);
    if (betas.size() > 0) beta1_->setValue(betas[0]);
    if (betas.size() > 1) beta2_->setValue(betas[1]);
}

QString AdversarialPage::refusalText(const ConfigIssues& issues, int sample) const {
    const ConfigIssue& first = issues.all().front();  // the page names one problem at a time
    if (first.field == "misclassified")
        return tr("Sample %1 is misclassified (label %2, predicted %3): there is nothing to "
                  "attack. Pick a correctly classified sample.")
            .arg(sample)
            .arg(runLabel_)
            .arg(runNet_.predict(runX0_));
    if (first.field == "box")
        return tr(
            "The classifier's input scaling maps this image outside [0,1]; the attack "
            "box is [0,1]⁶⁴. Use a classifier trained on the digits with global scaling.");
    if (first.field == "target")
        return tr("The target class must differ from the true class %1.").arg(runLabel_);
    if (first.field == "formulations") return tr("Check at least one formulation.");
    return ConfigIssuePrompt::refusalText(issues);
}

void AdversarialPage::solve() {
    if (isSolving() || isTraining()) return;
    const MlpClassifier* model = classifier_->model();
    const MlpDataSplit* split = classifier_->split();
    if (!model || !split) {
        setStatus(tr("Train or load a classifier first."), true);
        return;
    }
    const int i = sample_->value();
    runLabel_ = split->ytest(i);
    runX0_ = model->scaleInput(testImage(i));
    runNet_ = *model;
    runConfig_ = config();
    // Core's checks (validateAttack, as the CLI asks them); the common ones said in the user's
    // language and with the sample's index.
    const ConfigIssues issues = validateAttack(runNet_, runX0_, runLabel_, runConfig_);
    if (!issues.canStart()) {
        setStatus(refusalText(issues, i), true);
        return;
    }
    finished_.assign(runConfig_.formulations.size(), std::nullopt);
    controls_->resetCharts();
    chartTabs_->setCurrentIndex(0);
    startLocalSeries();
    perturbed_->clear();
    delta_->clear();
    probabilities_->setProbabilities(softmax(runNet_.logits(runX0_)), {}, runLabel_, -1);
    mipClock_.invalidate();
    attackJob_ = std::make_unique<AttackComparisonJob>(runNet_, runX0_, runLabel_, runConfig_);
    connect(attackJob_.get(), &AttackComparisonJob::finished, this,
            &AdversarialPage::onAttackFinished);
    attackJob_->start();
    setStatus(
        runConfig_.formulations.front().exact
            ? tr("Computing bounds (%1) and building the MIP…").arg(tightening_->currentText())
            : tr("Solving the local formulations with Ipopt…"));
    controls_->startPolling();
    refreshTable();
    updateButtons();
}

void AdversarialPage::startLocalSeries() {
    localChart_->removeAllSeries();
    localIterations_.assign(runConfig_.formulations.size(), 0);
    int colour = 0;
    for (std::size_t k = 0; k < runConfig_.formulations.size(); ++k) {
        const AttackFormulation& f = runConfig_.formulations[k];
        if (f.exact) continue;
        localChart_->addSeries(seriesId(runConfig_.formulations, int(k)),
                               ComparisonTable::shortName(QString::fromStdString(f.id())),
                               kLocalColors[colour++ % 4]);
    }
}

void AdversarialPage::cancel() {
    stopTraining();
    if (!isSolving()) return;
    attackJob_->requestStop();
    setStatus(tr("Cancelling…"));
}

void AdversarialPage::onTick() {
    classifier_->drainTraining();
    if (isSolving()) drainAttack();
    if (!isTraining() && !isSolving()) controls_->stopPolling();
}

void AdversarialPage::drainAttack() {
    AttackComparisonJob::Batch b = attackJob_->drain();
    for (const AttackPhase& phase : b.phases)
        showPhase(phase);
    if (!b.milpProgress.empty()) solverChart_->addProgress(b.milpProgress);
    if (b.milpResult) {
        solverChart_->addResult(*b.milpResult);
        mipClock_.invalidate();
    }
    if (mipClock_.isValid()) solverChart_->setElapsed(mipClock_.elapsed() / 1000.0);
    if (!b.localIterations.empty()) {
        std::vector<QList<QPointF>> points(runConfig_.formulations.size());
        for (const LocalIteration& it : b.localIterations) {
            if (it.formulation < 0 || it.formulation >= int(points.size())) continue;
            // Iterations of the successive Ipopt solves (one per rival class for "any other
            // class") are numbered consecutively.
            points[it.formulation]
                << QPointF(double(localIterations_[it.formulation]++), it.nlp.objective);
        }
        for (std::size_t k = 0; k < points.size(); ++k)
            if (!points[k].isEmpty())
                localChart_->appendPoints(seriesId(runConfig_.formulations, int(k)), points[k]);
        localChart_->flush();
    }
    for (FinishedFormulation& f : b.outcomes)
        addOutcome(f.formulation, std::move(f.outcome));
    if (!b.outcomes.empty()) refreshTable();
}

bool AdversarialPage::mipPending() const {
    for (std::size_t k = 0; k < finished_.size(); ++k)
        if (runConfig_.formulations[k].exact && !finished_[k]) return true;
    return false;
}

void AdversarialPage::showPhase(const AttackPhase& phase) {
    const QString tightening =
        tightening_->itemText(tightening_->findData(int(runConfig_.tightening)));
    switch (phase.kind) {
        case AttackPhase::Kind::Bounds:
            setStatus(phase.steps > 0
                          ? tr("Computing bounds (%1): LP batch %2 of %3…")
                                .arg(tightening)
                                .arg(phase.step)
                                .arg(phase.steps)
                          : tr("Computing bounds (%1) and building the MIP…").arg(tightening));
            return;
        case AttackPhase::Kind::MipSolve: {
            mipClock_.start();
            const BoundStats& s = phase.boundStats;
            setStatus(tr("Solving the MIP in a worker process: %1 binaries, %2 of %3 ReLUs fixed "
                         "by the bounds (%4 s for bounds).")
                          .arg(phase.binaries)
                          .arg(s.stableActive + s.stableInactive)
                          .arg(s.hiddenNeurons)
                          .arg(phase.boundSeconds, 0, 'f', 2));
            return;
        }
        case AttackPhase::Kind::LocalSolve: {
            if (mipPending()) return;  // the MIP's status line matters more while it runs
            const AttackFormulation& f =
                runConfig_.formulations[static_cast<std::size_t>(phase.formulation)];
            setStatus(tr("Ipopt: %1, solve %2 of %3")
                          .arg(ComparisonTable::shortName(QString::fromStdString(f.id())))
                          .arg(phase.step)
                          .arg(phase.steps));
            return;
        }
    }
}

void AdversarialPage::addOutcome(int formulation, AttackOutcome outcome) {
    if (formulation < 0 || formulation >= int(finished_.size())) return;
    if (outcome.exact && outcome.hasSolution)
        localChart_->setReferenceLine("mip", tr("MIP"), outcome.objective, QColor(214, 39, 40));
    finished_[static_cast<std::size_t>(formulation)] = std::move(outcome);
}

void AdversarialPage::onAttackFinished() {
    const AttackComparison& c = attackJob_->result();
    mipClock_.invalidate();
    if (!attackJob_->failed() && c.message.empty()) {
        // c.outcomes are the drained ones in config order, with every gap to the MIP filled
        // (a local answer that finished before the MIP had none yet).
        std::size_t j = 0;
        for (auto& slot : finished_)
            if (slot && j < c.outcomes.size()) slot = c.outcomes[j++];
    }
    refreshTable();
    if (attackJob_->failed())
        setStatus(tr("The attack failed: %1").arg(attackJob_->errorMessage()), true);
    else if (!c.message.empty())
        setStatus(tr("The attack could not run: %1").arg(QString::fromStdString(c.message)), true);
    else
        showFinalStatus();
    updateButtons();
    if (!isTraining()) controls_->stopPolling();
    emit solveFinished();
}

void AdversarialPage::showFinalStatus() {
    const std::vector<AttackOutcome> all = outcomes();
    const AttackOutcome* mip = nullptr;
    for (const auto& o : all)
        if (o.exact) mip = &o;
    if (attackJob_->result().cancelled) {
        setStatus(tr("Cancelled. Partial results are shown."));
    } else if (mip && mip->status == "error") {
        setStatus(tr("The MIP failed: %1").arg(QString::fromStdString(mip->message)), true);
    } else if (mip && mip->hasSolution) {
        setStatus(tr("Done. The MIP's smallest L1 change is %1 (%2); the real network then "
                     "predicts %3.")
                      .arg(mip->verification.l1, 0, 'f', 4)
                      .arg(ComparisonTable::statusText(QString::fromStdString(mip->status)))
                      .arg(mip->verification.predictedAfter));
    } else {
        setStatus(tr("Done."));
    }
}

std::vector<AttackOutcome> AdversarialPage::outcomes() const {
    std::vector<AttackOutcome> all;
    for (const auto& slot : finished_)
        if (slot) all.push_back(*slot);
    return all;
}

void AdversarialPage::refreshTable() {
    QStringList running;
    if (isSolving())
        for (std::size_t k = 0; k < finished_.size(); ++k)
            if (!finished_[k]) running << QString::fromStdString(runConfig_.formulations[k].id());
    const std::vector<AttackOutcome> all = outcomes();
    table_->setOutcomes(all, running);
    if (table_->currentRow() < 0) {
        for (int k = 0; k < int(all.size()); ++k)
            if (all[k].hasSolution) {
                table_->selectRow(k);  // shows it through currentCellChanged
                break;
            }
    } else {
        showOutcome(table_->currentRow());
    }
}

void AdversarialPage::showOutcome(int row) {
    const std::vector<AttackOutcome> all = outcomes();
    if (row < 0 || row >= int(all.size()) || !all[row].hasSolution ||
        all[row].x.size() != runX0_.size()) {
        if (row < 0 || row >= table_->rowCount()) return;  // keep the view while rows rebuild
        perturbed_->clear();
        delta_->clear();
        if (runX0_.size() == runNet_.inputSize() && runNet_.inputSize() > 0)
            probabilities_->setProbabilities(softmax(runNet_.logits(runX0_)), {}, runLabel_, -1);
        return;
    }
    const AttackOutcome& o = all[row];
    const QString name = ComparisonTable::shortName(QString::fromStdString(o.formulation));
    perturbed_->setImage(toQVector(o.x), kDigitSide, kDigitSide);
    perturbed_->setCaption(tr("Perturbed (%1)").arg(name));
    delta_->setImage(toQVector(o.x - runX0_), kDigitSide, kDigitSide);
    delta_->setCaption(tr("x − x₀ (L1 %1)").arg(o.verification.l1, 0, 'f', 3));
    probabilities_->setProbabilities(softmax(runNet_.logits(runX0_)), softmax(runNet_.logits(o.x)),
                                     runLabel_, o.verification.predictedAfter);
}

}  // namespace smip::ui

namespace smip::ui {

MilpExportPlan AdversarialPage::milpExportPlan() const {
    MilpExportPlan plan;
    const MlpClassifier* model = classifier_->model();
    const MlpDataSplit* split = classifier_->split();
    if (!model || !split) {
        plan.unavailable = tr("Train or load a classifier first.");
        return plan;
    }
    const int i = sample_->value();
    const int label = split->ytest(i);
    const Eigen::VectorXd x0 = model->scaleInput(testImage(i));
    AttackConfig attack = config();
    attack.formulations = {AttackFormulation{}};  // the exact MIP: the page's only MILP
    const ConfigIssues issues = validateAttack(*model, x0, label, attack);
    if (!issues.canStart()) {
        plan.unavailable = ConfigIssuePrompt::refusalText(issues);
        return plan;
    }
    plan.note = tr("The exact MIP formulation for test sample %1, its big-M bounds from the "
                   "chosen bound tightening (computed first); it has no MIP start.")
                    .arg(i);
    plan.build = [net = *model, x0, label, attack](const MilpModelHook& onModel,
                                                   std::stop_token stop,
                                                   const MilpBackend& backend) {
        AttackHooks hooks;
        hooks.onMilpBuilt = [&onModel](const MilpProblem& p) { onModel("", p, {}); };
        runAttackComparison(net, x0, label, attack, hooks, stop, backend);
    };
    return plan;
}

}  // namespace smip::ui
