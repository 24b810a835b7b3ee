// PerceptronPage: one solve. The CLI's pipeline runs as a PerceptronSolveJob (the MILP in a worker
// process: a CBC abort or hang never takes the GUI down); the page drains its progress and log on
// the poll clock and shows the decoded, verified and evaluated network.
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <cmath>

#include "ui/charts/learning_chart.h"
#include "ui/charts/scatter_plot.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/perceptron_solve_job.h"
#include "ui/perceptron/perceptron_form.h"
#include "ui/perceptron/perceptron_page.h"
#include "ui/perceptron/weight_matrix_view.h"
#include "ui/widgets/config_issue_prompt.h"
#include "ui/widgets/solve_controls.h"

namespace smip::ui {

namespace {
QString statusName(MilpStatus s) {
    switch (s) {
        case MilpStatus::Optimal:
            return PerceptronPage::tr("proven optimal");
        case MilpStatus::FeasibleAtLimit:
            return PerceptronPage::tr("time limit (incumbent kept)");
        case MilpStatus::Infeasible:
            return PerceptronPage::tr("infeasible");
        case MilpStatus::Unbounded:
            return PerceptronPage::tr("unbounded");
        case MilpStatus::NoSolutionAtLimit:
            return PerceptronPage::tr("time limit, no solution");
        case MilpStatus::Cancelled:
            return PerceptronPage::tr("cancelled");
        case MilpStatus::Error:
            return PerceptronPage::tr("error");
    }
    return {};
}

QVector<QPointF> points2d(const Dataset& d) {
    QVector<QPointF> out;
    out.reserve(d.samples());
    for (int i = 0; i < d.samples(); ++i)
        out.push_back(QPointF(d.X(i, 0), d.X(i, 1)));
    return out;
}

QVector<int> classIds(const Dataset& d) {
    QVector<int> out;
    out.reserve(d.samples());
    for (int i = 0; i < d.samples(); ++i)
        out.push_back(static_cast<int>(std::lround(d.y(i))));
    return out;
}

}  // namespace

void PerceptronPage::solve() {
    if (isBusy()) return;
    Dataset data;
    QString error;
    if (!form_->chosenDataset(data, error)) {
        controls_->setStatus(error);
        return;
    }
    const PerceptronRunConfig config = form_->config();
    const ConfigIssues issues = validatePerceptronRun(data, config);
    if (!issues.canStart()) {
        controls_->setStatus(ConfigIssuePrompt::refusalText(issues));
        return;
    }
    if (!ConfigIssuePrompt::confirmLargeRun(this, issues)) return;
    clearResult(data);
    // The run's own seeded split, so live incumbents are drawn over the right points.
    split_ = splitPerceptronData(data, config.testFraction, config.maxTrain, config.seed);
    job_ = std::make_unique<PerceptronSolveJob>(data, config);
    connect(job_.get(), &PerceptronSolveJob::finished, this, &PerceptronPage::onSolveFinished);
    job_->start();
    const PerceptronModelSize size = form_->modelSize(data);
    QString note;
    if (size.train < size.fullTrain)
        note =
            tr(" Training part subsampled from %1 to %2 rows.").arg(size.fullTrain).arg(size.train);
    controls_->begin(tr("Solving with CBC in a worker process (%1 columns, %2 rows).")
                         .arg(size.milp.columns)
                         .arg(size.milp.rows) +
                     note);
    controls_->startPolling();
}

void PerceptronPage::clearResult(const Dataset& data) {
    featureNames_.clear();
    for (const auto& f : data.featureNames)
        featureNames_ << QString::fromStdString(f);
    classNames_.clear();
    for (int k = 0; k < data.classes(); ++k)
        classNames_ << (k < int(data.classNames.size()) ? QString::fromStdString(data.classNames[k])
                                                        : tr("class %1").arg(k));
    result_.reset();
    chart_->setReference(QString(), std::nan(""));  // the previous solve's start
    learning_->reset();
    regions_ = DecisionRegions();
    scatter_->clear();
    weights_->clear();
    results_->setText(tr("Solving…"));
    log_->clear();
}

void PerceptronPage::onTick() {
    if (!isSolving()) return;  // the study panel drains its own job
    PerceptronSolveJob::Batch batch = job_->drain();
    if (batch.progress.newRun) {  // the retry: its clock starts at zero
        chart_->reset();
        learning_->reset();
        controls_->setStatus(
            tr("The solver process ended without a result; solving again without CBC "
               "preprocessing…"));
    }
    chart_->addProgress(batch.progress.samples);
    if (!batch.log.isEmpty()) log_->appendPlainText(batch.log.join('\n'));
    chart_->setElapsed(job_->elapsedSeconds());
    showLiveNetworks(batch.networks);
    learning_->extendTo(job_->elapsedSeconds());
}

// Each incumbent's accuracy and size go on the learning chart; the newest one is drawn.
void PerceptronPage::showLiveNetworks(const std::vector<PerceptronLiveNetwork>& networks) {
    if (networks.empty()) return;
    std::vector<LearningPoint> points;
    for (const PerceptronLiveNetwork& n : networks) {
        const PerceptronIncumbent& inc = n.incumbent;
        points.push_back({inc.seconds, inc.train.accuracy,
                          inc.test.samples > 0 ? inc.test.accuracy : std::nan(""),
                          inc.nonzeroWeights, inc.usedNeurons});
    }
    learning_->addPoints(points);
    const PerceptronLiveNetwork& newest = networks.back();
    regions_ = newest.regions;
    drawNetwork(newest.incumbent.net);
    const PerceptronIncumbent& inc = newest.incumbent;
    results_->setText(
        tr("<b>%1</b><br>Train accuracy: <b>%2</b><br>%3Nonzero weights: %4<br>Used units: %5<br>"
           "Objective %6 at %7 s")
            .arg(inc.isStart    ? tr("Start network (the search begins here)")
                 : inc.polished ? tr("Polished network (better than the solver's)")
                                : tr("Incumbent network (the search goes on)"))
            .arg(inc.train.accuracy, 0, 'f', 3)
            .arg(inc.test.samples > 0
                     ? tr("Test accuracy: <b>%1</b><br>").arg(inc.test.accuracy, 0, 'f', 3)
                     : QString())
            .arg(inc.nonzeroWeights)
            .arg(inc.usedNeurons)
            .arg(inc.objective, 0, 'g', 5)
            .arg(inc.seconds, 0, 'f', 1));
}

void PerceptronPage::onSolveFinished() {
    controls_->stopPolling();
    controls_->setBusy(false);
    if (job_->failed()) {
        controls_->setStatus(tr("Cannot build the model: %1").arg(job_->errorMessage()));
        results_->setText(tr("No result."));
        emit solveFinished();
        return;
    }
    const PerceptronSolveOutcome& out = job_->result();
    result_ = out.result;
    split_ = out.split;
    regions_ = out.regions;
    // The chart ends on the returned network: CBC's final LP re-solve can move the continuous
    // weights of its last incumbent (same objective, other test accuracy).
    if (result_->hasNetwork) {
        const PerceptronTrainResult& r = *result_;
        learning_->addPoints(
            {{r.solveSeconds, r.train.accuracy, r.test.samples > 0 ? r.test.accuracy : std::nan(""),
              r.nonzeroWeights, r.usedNeurons}});
    }
    // An error without a network (rejected input, a crashed solver) has no numbers to chart.
    if (result_->hasNetwork || result_->status != MilpStatus::Error) {
        chart_->addResult(result_->solveSummary());
        chart_->setElapsed(result_->solveSeconds);
    }
    // The network CBC started from (gradient-trained and polished, or the heuristic), so the
    // chart shows what the MILP added to it.
    if (!result_->start.source.empty())
        chart_->setReference(startName(result_->start), result_->start.objective);
    showResult(*result_);
    showNetwork(*result_);
    emit solveFinished();
}

QString PerceptronPage::patternBoundLine(const PerceptronPatternBoundResult& pb) {
    if (!pb.computed) {
        if (pb.reason == "off" || pb.reason.empty()) return {};
        return tr(
            "Pattern enumeration: skipped (it needs the activations term, a continuous network, "
            "at most 64 training samples, 3 inputs and 4 hidden units)<br>");
    }
    QString what;
    if (pb.complete && pb.hasNetwork)
        what = tr("found the optimum");
    else if (pb.complete)
        what = tr("no network beats the start: the start is optimal");
    else
        what = tr("time ran out after %n pass(es)", nullptr, pb.passesCompleted);
    return tr("Pattern enumeration: bound %1, %2 networks of %3 candidate units in %4 s — %5<br>")
        .arg(pb.bound, 0, 'g', 5)
        .arg(pb.networks)
        .arg(pb.units)
        .arg(pb.seconds, 0, 'f', 2)
        .arg(what);
}

QString PerceptronPage::startName(const PerceptronStartReport& start) {
    return start.source == "gradient" ? tr("Start (gradient-trained)") : tr("Start (heuristic)");
}

void PerceptronPage::showResult(const PerceptronTrainResult& r) {
    QString head = tr("Status: %1.").arg(statusName(r.status));
    // Optimal and time limit need no note; otherwise the core's message says why (limit, error, bad
    // input).
    if (!r.message.empty() && r.status != MilpStatus::Optimal &&
        r.status != MilpStatus::FeasibleAtLimit)
        head += QLatin1Char(' ') + QString::fromStdString(r.message);
    if (job_ && job_->retried())
        head += QLatin1Char(' ') +
                tr("(Second run, without CBC preprocessing: the first solver process ended "
                   "without a result.)");
    controls_->setStatus(head);
    if (!r.hasNetwork) {
        results_->setText(tr("No network: %1").arg(statusName(r.status)));
        return;
    }
    QString t = tr("<b>%1</b><br>").arg(statusName(r.status).toHtmlEscaped());
    t += tr("Train accuracy: <b>%1</b> (%2 of %3 wrong)<br>")
             .arg(r.train.accuracy, 0, 'f', 3)
             .arg(r.train.misclassified)
             .arg(r.train.samples);
    if (r.test.samples > 0)
        t += tr("Test accuracy: <b>%1</b> (%2 of %3 wrong)<br>")
                 .arg(r.test.accuracy, 0, 'f', 3)
                 .arg(r.test.misclassified)
                 .arg(r.test.samples);
    else
        t += tr("Test accuracy: no test set<br>");
    if (!r.start.source.empty())
        t += tr("%1: objective %2, train accuracy %3, %4 weights, %5 units (%6 s)<br>")
                 .arg(startName(r.start))
                 .arg(r.start.objective, 0, 'g', 4)
                 .arg(r.start.trainAccuracy, 0, 'f', 3)
                 .arg(r.start.nonzeroWeights)
                 .arg(r.start.usedNeurons)
                 .arg(r.start.seconds, 0, 'f', 1);
    t += tr("Bit errors: decoded %1, MILP loss %2 — ")
             .arg(r.verification.decodedBitErrors)
             .arg(r.verification.milpBitErrors);
    if (r.verification.passed)
        t += tr("<span style='color:#1a7f37'>verified ✓</span><br>");
    else
        t += tr("<span style='color:#c0392b'><b>MISMATCH</b>: %1</span><br>")
                 .arg(QString::fromStdString(r.verification.message).toHtmlEscaped());
    t += tr("Nonzero weights: %1<br>Active neurons: %2 of %3<br>Firings on train: %4<br>")
             .arg(r.nonzeroWeights)
             .arg(r.usedNeurons)
             .arg(r.net.hidden())
             .arg(r.train.activations);
    t += patternBoundLine(r.patternBound);
    t += tr("Objective %1, bound %2, gap %3<br>Nodes %4, solve %5 s")
             .arg(r.objective, 0, 'g', 5)
             .arg(r.bestBound, 0, 'g', 5)
             .arg(r.gap, 0, 'g', 3)
             .arg(r.nodes)
             .arg(r.solveSeconds, 0, 'f', 2);
    results_->setText(t);
}

void PerceptronPage::showNetwork(const PerceptronTrainResult& r) {
    if (r.hasNetwork) drawNetwork(r.net);
}

void PerceptronPage::drawNetwork(const PerceptronNet& net) {
    QVector<bool> used;
    for (int i = 0; i < net.hidden(); ++i) {
        const bool in = (net.W.row(i).array().abs() > 1e-9).any();
        const bool out = (net.Q.row(i).array().abs() > 1e-9).any();
        used.push_back(in && out);
    }
    weights_->setWeights(net.W, featureNames_, used);
    weights_->setTitle(
        tr("Hidden weights ω (units × features; white = 0, on inputs scaled to [0,1])"));
    const bool twoD = net.inputs() == 2 && !regions_.image.isNull();
    tabs_->setTabEnabled(0, twoD);
    if (twoD) {
        scatter_->setClassPoints(points2d(split_.train), classIds(split_.train), classNames_);
        scatter_->setHollowPoints(points2d(split_.test), classIds(split_.test));
        scatter_->setBackground(regions_.image, regions_.extent);
        scatter_->setLines(regions_.lines);
        scatter_->setAxisLabels(featureNames_.value(0), featureNames_.value(1));
        scatter_->setTitle(tr("Filled = train, hollow = test, dashed = perceptrons"));
        tabs_->setCurrentIndex(0);
    } else {
        tabs_->setCurrentIndex(1);
    }
}

}  // namespace smip::ui

namespace smip::ui {

MilpExportPlan PerceptronPage::milpExportPlan() const {
    MilpExportPlan plan;
    Dataset data;
    QString error;
    if (!form_->chosenDataset(data, error)) {
        plan.unavailable = error;
        return plan;
    }
    const PerceptronRunConfig config = form_->config();
    const ConfigIssues issues = validatePerceptronRun(data, config);
    if (!issues.canStart()) {
        plan.unavailable = ConfigIssuePrompt::refusalText(issues);
        return plan;
    }
    const PerceptronModelSize size = form_->modelSize(data);
    plan.note =
        tr("The MILP on the training part (%1 samples; %2 columns, %3 rows), with the start "
           "the solve gets (the better of the heuristic and the gradient start).")
            .arg(size.train)
            .arg(size.milp.columns)
            .arg(size.milp.rows);
    plan.build = [data, config](const MilpModelHook& onModel, std::stop_token stop,
                                const MilpBackend& backend) {
        MilpHooks hooks;
        hooks.onModel = onModel;
        runPerceptron(data, config, PerceptronHooks(hooks), stop, backend);
    };
    return plan;
}

}  // namespace smip::ui
