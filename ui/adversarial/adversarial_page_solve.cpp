// AdversarialPage, part 3: the attack run — exact MIP in a worker process, local formulations on a
// worker thread, both drained on the page's ≤ 30 Hz clock, then the comparison.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtConcurrent>
#include <chrono>
#include <cmath>
#include <limits>

#include "ui/adversarial/adversarial_page.h"
#include "ui/adversarial/comparison_table.h"
#include "ui/adversarial/digit_view.h"
#include "ui/adversarial/probability_view.h"
#include "ui/charts/live_line_chart.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/local_attack_job.h"
#include "ui/jobs/milp_process_job.h"
#include "ui/jobs/mlp_training_job.h"
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

Eigen::VectorXd unitLower(int d) {
    return Eigen::VectorXd::Zero(d);
}
Eigen::VectorXd unitUpper(int d) {
    return Eigen::VectorXd::Ones(d);
}

AttackOutcome failedMip(const std::string& status, const std::string& message, double seconds) {
    AttackOutcome o;
    o.formulation = "mip";
    o.exact = true;
    o.status = status;
    o.message = message;
    o.seconds = seconds;
    return o;
}
}  // namespace

bool AdversarialPage::isSolving() const {
    return solving_;
}

void AdversarialPage::solve() {
    if (solving_ || isTraining()) return;
    if (!model_ || !split_) {
        setStatus(tr("Train or load a classifier first."), true);
        return;
    }
    const int i = sample_->value();
    runLabel_ = split_->ytest(i);
    const Eigen::VectorXd raw = digits_.X.row(split_->testIndices(i)).transpose();
    runX0_ = model_->scaleInput(raw);
    runNet_ = *model_;
    runQuery_ = queryFromForm();
    if (runNet_.predict(runX0_) != runLabel_) {
        setStatus(tr("Sample %1 is misclassified (label %2, predicted %3): there is nothing to "
                     "attack. Pick a correctly classified sample.")
                      .arg(i)
                      .arg(runLabel_)
                      .arg(runNet_.predict(runX0_)),
                  true);
        return;
    }
    if ((runX0_.array() < 0.0).any() || (runX0_.array() > 1.0).any()) {
        setStatus(tr("The classifier's input scaling maps this image outside [0,1]; the attack "
                     "box is [0,1]⁶⁴. Use a classifier trained on the digits with global scaling."),
                  true);
        return;
    }
    if (runQuery_.kind == AttackQueryKind::Target && runQuery_.targetClass == runLabel_) {
        setStatus(tr("The target class must differ from the true class %1.").arg(runLabel_), true);
        return;
    }
    runLocal_.clear();
    auto addLocal = [this](SmoothReluKind kind, double beta) {
        AttackFormulation f;
        f.exact = false;
        f.relu.kind = kind;
        f.relu.beta = beta;
        runLocal_.push_back(f);
    };
    if (useSqrt_->isChecked()) addLocal(SmoothReluKind::Sqrt, 1.0);
    if (useSoft1_->isChecked()) addLocal(SmoothReluKind::Softplus, beta1_->value());
    if (useSoft2_->isChecked()) addLocal(SmoothReluKind::Softplus, beta2_->value());
    const bool mip = useMip_->isChecked();
    if (!mip && runLocal_.empty()) {
        setStatus(tr("Check at least one formulation."), true);
        return;
    }

    solveStop_ = std::stop_source();
    mipOutcome_.reset();
    localOutcomes_.clear();
    mipJob_.reset();
    localJob_.reset();
    controls_->resetCharts();
    chartTabs_->setCurrentIndex(0);
    localChart_->removeAllSeries();
    localIterations_.assign(runLocal_.size(), 0);
    for (std::size_t k = 0; k < runLocal_.size(); ++k)
        localChart_->addSeries(
            QStringLiteral("f%1").arg(k),
            ComparisonTable::shortName(QString::fromStdString(runLocal_[k].id())),
            kLocalColors[k % 4]);
    perturbed_->clear();
    delta_->clear();
    probabilities_->setProbabilities(softmax(runNet_.logits(runX0_)), {}, runLabel_, -1);
    solving_ = true;
    mipPending_ = mip;
    localPending_ = !runLocal_.empty();

    const double timeLimit = timeLimit_->value();
    if (mip) {
        const auto mode = static_cast<BoundTightening>(tightening_->currentData().toInt());
        // Bounds (LP tightening solves many small LPs in-process) and the model build run off
        // the GUI thread; the branch-and-bound itself runs in a worker process.
        prepare_.setFuture(QtConcurrent::run([net = runNet_, x0 = runX0_, label = runLabel_,
                                              query = runQuery_, mode, timeLimit,
                                              stop = solveStop_.get_token()]() {
            PreparedMip p;
            const auto t0 = std::chrono::steady_clock::now();
            try {
                const int d = net.inputSize();
                p.bounds = computeAttackBounds(net, unitLower(d), unitUpper(d), label, mode, {},
                                               stop, std::min(10.0, timeLimit));
                p.milp =
                    buildAttackMilp(net, p.bounds, x0, label, query, unitLower(d), unitUpper(d));
            } catch (const std::exception& e) {
                p.error = e.what();
            }
            p.cancelled = stop.stop_requested();
            p.seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            return p;
        }));
        setStatus(
            tr("Computing bounds (%1) and building the MIP…").arg(tightening_->currentText()));
    }
    if (!runLocal_.empty()) {
        AttackConfig config;
        config.query = runQuery_;
        config.formulations = runLocal_;
        config.timeLimitSeconds = timeLimit;
        config.nlpPrintLevel = 0;
        localJob_ = std::make_unique<LocalAttackJob>(runNet_, runX0_, runLabel_, config);
        connect(localJob_.get(), &LocalAttackJob::finished, this,
                &AdversarialPage::onLocalFinished);
        localJob_->start();
        if (!mip) setStatus(tr("Solving the local formulations with Ipopt…"));
    }
    controls_->startPolling();
    refreshTable();
    updateButtons();
}

void AdversarialPage::onMipPrepared() {
    prepared_ = prepare_.result();
    if (!solving_) return;
    if (!prepared_.error.empty()) {
        mipOutcome_ = failedMip("error", prepared_.error, prepared_.seconds);
        setStatus(tr("Cannot build the MIP: %1").arg(QString::fromStdString(prepared_.error)),
                  true);
    } else if (prepared_.cancelled || solveStop_.stop_requested()) {
        mipOutcome_ = failedMip("cancelled", "cancelled before the MILP solve", prepared_.seconds);
    } else if (prepared_.milp.infeasibleByBounds) {
        // The bounds alone prove that no admissible perturbation exists: robust on this box.
        mipOutcome_ = failedMip("infeasible",
                                "no class can reach the margin over the input box (proved by "
                                "the bounds)",
                                prepared_.seconds);
    } else {
        MilpOptions options;
        options.timeLimitSeconds = std::max(1.0, timeLimit_->value() - prepared_.seconds);
        options.logLevel = 0;
        mipJob_ = std::make_unique<MilpProcessJob>();
        connect(mipJob_.get(), &MilpProcessJob::finished, this, &AdversarialPage::onMipFinished);
        mipJob_->start(prepared_.milp.problem, options);
        const auto& s = prepared_.bounds.finalStats;
        setStatus(tr("Solving the MIP in a worker process: %1 binaries, %2 of %3 ReLUs fixed by "
                     "the bounds (%4 s for bounds).")
                      .arg(prepared_.milp.problem.binaryCount())
                      .arg(s.stableActive + s.stableInactive)
                      .arg(s.hiddenNeurons)
                      .arg(prepared_.seconds, 0, 'f', 2));
        return;
    }
    mipPending_ = false;
    refreshTable();
    finishIfDone();
}

void AdversarialPage::onMipFinished() {
    onTick();
    const MilpResult& r = mipJob_->result();
    solverChart_->addResult(r);
    const int d = runNet_.inputSize();
    AttackOutcome o = mipOutcome(runNet_, prepared_.milp, r, runX0_, runLabel_, runQuery_,
                                 unitLower(d), unitUpper(d));
    o.seconds = prepared_.seconds + r.seconds;  // bounds + solve: what the user waited for
    mipOutcome_ = std::move(o);
    if (mipOutcome_->hasSolution)
        localChart_->setReferenceLine("mip", tr("MIP"), mipOutcome_->objective,
                                      QColor(214, 39, 40));
    mipPending_ = false;
    refreshTable();
    finishIfDone();
}

void AdversarialPage::onLocalFinished() {
    localPending_ = false;
    if (!localJob_->message().isEmpty())
        setStatus(tr("The local formulations could not run: %1").arg(localJob_->message()), true);
    refreshTable();
    finishIfDone();
}

void AdversarialPage::cancel() {
    stopTraining();
    if (!solving_) return;
    solveStop_.request_stop();  // bound tightening and the not-yet-started MIP
    if (mipJob_ && mipJob_->isRunning()) mipJob_->cancel();
    if (localJob_) localJob_->requestStop();
    setStatus(tr("Cancelling…"));
}

void AdversarialPage::onTick() {
    if (trainJob_) {
        const auto epochs = trainJob_->drain();
        if (!epochs.empty()) {
            QList<QPointF> loss, train, test;
            for (const auto& e : epochs) {
                loss << QPointF(e.epoch, e.loss);
                train << QPointF(e.epoch, e.trainAccuracy);
                if (std::isfinite(e.testAccuracy)) test << QPointF(e.epoch, e.testAccuracy);
            }
            trainChart_->appendPoints("loss", loss);
            trainChart_->appendPoints("train", train);
            trainChart_->appendPoints("test", test);
            trainChart_->flush();
        }
    }
    if (mipJob_ && (mipJob_->isRunning() || mipPending_)) {
        solverChart_->addProgress(mipJob_->takeProgress());
        mipJob_->takeLog();  // the log is not shown here; drop it so it does not pile up
        if (mipJob_->isRunning()) solverChart_->setElapsed(mipJob_->elapsedSeconds());
    }
    if (localJob_) {
        LocalAttackJob::Batch b = localJob_->drain();
        if (!b.progress.empty()) {
            std::vector<QList<QPointF>> points(runLocal_.size());
            for (const auto& p : b.progress) {
                if (p.index < 0 || p.index >= int(points.size())) continue;
                // Iterations of the successive Ipopt solves (one per rival class for "any other
                // class") are numbered consecutively.
                points[p.index] << QPointF(double(localIterations_[p.index]++), p.nlp.objective);
            }
            for (std::size_t k = 0; k < points.size(); ++k)
                if (!points[k].isEmpty())
                    localChart_->appendPoints(QStringLiteral("f%1").arg(k), points[k]);
            localChart_->flush();
        }
        if (!b.stages.empty() && !mipPending_)
            setStatus(tr("Ipopt: %1").arg(QString::fromStdString(b.stages.back())));
        if (!b.outcomes.empty()) {
            for (auto& o : b.outcomes)
                localOutcomes_.push_back(std::move(o));
            refreshTable();
        }
    }
    const bool busy = isTraining() || solving_;
    if (!busy) controls_->stopPolling();
}

std::vector<AttackOutcome> AdversarialPage::outcomes() const {
    std::vector<AttackOutcome> all;
    if (mipOutcome_) all.push_back(*mipOutcome_);
    all.insert(all.end(), localOutcomes_.begin(), localOutcomes_.end());
    fillGapsToMip(all);
    return all;
}

void AdversarialPage::refreshTable() {
    QStringList running;
    if (mipPending_) running << QStringLiteral("mip");
    if (localPending_)
        for (std::size_t k = localOutcomes_.size(); k < runLocal_.size(); ++k)
            running << QString::fromStdString(runLocal_[k].id());
    table_->setOutcomes(outcomes(), running);
    if (table_->currentRow() < 0) {
        const auto all = outcomes();
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
    const auto all = outcomes();
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

void AdversarialPage::finishIfDone() {
    if (!solving_ || mipPending_ || localPending_ || prepare_.isRunning()) return;
    solving_ = false;
    if (solveStop_.stop_requested()) {
        setStatus(tr("Cancelled. Partial results are shown."));
    } else if (mipOutcome_ && mipOutcome_->status == "error") {
        setStatus(tr("The MIP failed: %1").arg(QString::fromStdString(mipOutcome_->message)), true);
    } else if (mipOutcome_ && mipOutcome_->hasSolution) {
        setStatus(tr("Done. The MIP's smallest L1 change is %1 (%2); the real network then "
                     "predicts %3.")
                      .arg(mipOutcome_->verification.l1, 0, 'f', 4)
                      .arg(ComparisonTable::statusText(QString::fromStdString(mipOutcome_->status)))
                      .arg(mipOutcome_->verification.predictedAfter));
    } else if (controls_->statusIsError()) {
        // keep the error already shown
    } else {
        setStatus(tr("Done."));
    }
    updateButtons();
    if (!isTraining()) controls_->stopPolling();
    emit solveFinished();
}

}  // namespace smip::ui
