// PerceptronPage: one solve. Build off the GUI thread (QtConcurrent), solve in a worker process
// (MilpProcessJob: a CBC abort or hang never takes the GUI down), then decode, verify, evaluate and
// compute the decision-region image off the GUI thread again.
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtConcurrent>
#include <cmath>

#include "core/data/dataset_split.h"
#include "core/perceptron/perceptron_data.h"
#include "ui/charts/scatter_plot.h"
#include "ui/charts/solver_chart.h"
#include "ui/jobs/milp_process_job.h"
#include "ui/perceptron/perceptron_page.h"
#include "ui/perceptron/perceptron_study_job.h"
#include "ui/perceptron/weight_matrix_view.h"
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
    if (!chosenDataset(data, error)) {
        controls_->setStatus(error);
        return;
    }
    const PerceptronConfig config = configFromForm();
    const double testFraction = 1.0 - trainFraction_->value();  // the form shows the train share
    const int maxTrain = maxTrain_->value();
    const auto seed = static_cast<std::uint64_t>(seed_->value());
    featureNames_.clear();
    for (const auto& f : data.featureNames)
        featureNames_ << QString::fromStdString(f);
    classNames_.clear();
    const int K = data.classes();
    for (int k = 0; k < K; ++k)
        classNames_ << (k < data.classes() ? QString::fromStdString(data.classNames[k])
                                           : tr("class %1").arg(k));
    result_.reset();
    regions_ = DecisionRegions();
    scatter_->clear();
    weights_->clear();
    results_->setText(tr("Solving…"));
    log_->clear();
    chart_->setReference(QString(), std::nan(""));
    controls_->begin(tr("Building the model…"));
    // Values in, values out: the lambda never touches the page (it may be gone when it ends).
    prepare_.setFuture(QtConcurrent::run([data, config, testFraction, maxTrain, seed]() {
        Prepared p;
        try {
            if (testFraction > 0.0) {
                DatasetSplit split = splitDataset(data, testFraction, seed);
                p.train = std::move(split.train);
                p.test = std::move(split.test);
            } else {
                p.train = data;
            }
            p.fullTrain = p.train.samples();
            if (maxTrain > 0 && p.train.samples() > maxTrain)
                p.train = subsamplePerceptronData(p.train, maxTrain, seed);
            p.milp = std::make_shared<PerceptronMilp>();
            if (!buildPerceptronMilp(p.train, config, *p.milp, p.error)) return p;
            p.start = heuristicPerceptronStart(*p.milp);
        } catch (const std::exception& ex) {  // bad_alloc on a huge model: a message
            p.error = ex.what();
        }
        return p;
    }));
}

void PerceptronPage::onPrepared() {
    prepared_ = prepare_.result();
    if (!prepared_.error.empty()) {
        controls_->setStatus(
            tr("Cannot build the model: %1").arg(QString::fromStdString(prepared_.error)));
        results_->setText(tr("No result."));
        controls_->setBusy(false);
        return;
    }
    MilpOptions options;
    options.timeLimitSeconds = timeLimit_->value();
    options.mipStart = prepared_.start;  // the heuristic start: the chart starts from an incumbent
    job_ = std::make_unique<MilpProcessJob>();
    // A worker that dies without a result (Debian's CBC segfaults in CglPreProcess::postProcess
    // when the time limit ends the root, e.g. on breast_cancer) gets one more run without CBC's
    // preprocessing, as in the study.
    job_->setRetryWithoutPreprocessing(true);
    connect(job_.get(), &MilpProcessJob::finished, this, &PerceptronPage::onSolveFinished);
    connect(job_.get(), &MilpProcessJob::retrying, this, [this] {
        job_->takeProgress();  // the first run's last samples: its clock is not the retry's
        chart_->reset();
        controls_->setStatus(
            tr("The solver process ended without a result; solving again without CBC "
               "preprocessing…"));
    });
    job_->start(prepared_.milp->problem, options);
    controls_->startPolling();
    const auto& pr = prepared_.milp->problem;
    QString note;
    if (prepared_.train.samples() < prepared_.fullTrain)
        note = tr(" Training part subsampled from %1 to %2 rows.")
                   .arg(prepared_.fullTrain)
                   .arg(prepared_.train.samples());
    controls_->setStatus(tr("Solving with CBC in a worker process (%1 columns, %2 rows).")
                             .arg(pr.columns.size())
                             .arg(pr.rows.size()) +
                         note);
}

void PerceptronPage::cancel() {
    if (job_ && job_->isRunning()) {
        job_->cancel();
        controls_->setStatus(tr("Cancelling…"));
    }
    if (isStudyRunning()) {
        studyJob_->requestStop();
        controls_->setStatus(tr("Cancelling the study after the current solve…"));
    }
}

void PerceptronPage::onTick() {
    if (job_ && job_->isRunning()) {
        chart_->addProgress(job_->takeProgress());
        const QStringList lines = job_->takeLog();
        if (!lines.isEmpty()) log_->appendPlainText(lines.join('\n'));
        chart_->setElapsed(job_->elapsedSeconds());
    }
    if (studyJob_ && !study_) {
        int run = 0;
        std::vector<MilpProgress> samples = studyJob_->poll(&run);
        if (run != studyRun_) {  // a new solve of the study: a fresh chart
            studyRun_ = run;
            chart_->reset();
        }
        chart_->addProgress(samples);
        const auto pr = studyJob_->progress();
        if (pr.total > 0 && studyJob_->isRunning())
            controls_->setStatus(tr("Study: %1 of %2 solves (variant %3)…")
                                     .arg(pr.done + 1)
                                     .arg(pr.total)
                                     .arg(pr.variant));
    }
}

void PerceptronPage::onSolveFinished() {
    if (!studyJob_ || !studyJob_->isRunning()) controls_->stopPolling();
    chart_->addProgress(job_->takeProgress());
    const QStringList lines = job_->takeLog();
    if (!lines.isEmpty()) log_->appendPlainText(lines.join('\n'));
    const MilpResult milp = job_->result();
    chart_->addResult(milp);
    chart_->setElapsed(milp.seconds);
    controls_->setStatus(tr("Decoding and verifying…"));
    const bool twoD = prepared_.train.features() == 2;
    Eigen::MatrixXd all(prepared_.train.samples() + prepared_.test.samples(),
                        prepared_.train.features());
    all << prepared_.train.X, prepared_.test.X;
    const QRectF extent = twoD ? paddedBounds(all) : QRectF();
    finish_.setFuture(QtConcurrent::run([milp, model = prepared_.milp, train = prepared_.train,
                                         test = prepared_.test, twoD, extent]() {
        Finished f;
        f.result =
            finishPerceptronTraining(*model, milp, train, test.samples() > 0 ? &test : nullptr);
        if (twoD && f.result.hasNetwork)
            f.regions = computeDecisionRegions(f.result.net, extent, QSize(320, 320));
        return f;
    }));
}

void PerceptronPage::onResultReady() {
    Finished f = finish_.result();
    result_ = std::move(f.result);
    regions_ = std::move(f.regions);
    controls_->setBusy(false);
    showResult(*result_);
    showNetwork(*result_);
    emit solveFinished();
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
    t += tr("Objective %1, bound %2, gap %3<br>Nodes %4, solve %5 s")
             .arg(r.objective, 0, 'g', 5)
             .arg(r.bestBound, 0, 'g', 5)
             .arg(r.gap, 0, 'g', 3)
             .arg(r.nodes)
             .arg(r.solveSeconds, 0, 'f', 2);
    results_->setText(t);
}

void PerceptronPage::showNetwork(const PerceptronTrainResult& r) {
    if (!r.hasNetwork) return;
    QVector<bool> used;
    for (int i = 0; i < r.net.hidden(); ++i) {
        const bool in = (r.net.W.row(i).array().abs() > 1e-9).any();
        const bool out = (r.net.Q.row(i).array().abs() > 1e-9).any();
        used.push_back(in && out);
    }
    weights_->setWeights(r.net.W, featureNames_, used);
    weights_->setTitle(
        tr("Hidden weights ω (units × features; white = 0, on inputs scaled to [0,1])"));
    const bool twoD = r.net.inputs() == 2 && !regions_.image.isNull();
    tabs_->setTabEnabled(0, twoD);
    if (twoD) {
        scatter_->setClassPoints(points2d(prepared_.train), classIds(prepared_.train), classNames_);
        scatter_->setHollowPoints(points2d(prepared_.test), classIds(prepared_.test));
        scatter_->setBackground(regions_.image, regions_.extent);
        scatter_->setLines(regions_.lines);
        scatter_->setAxisLabels(featureNames_.value(0), featureNames_.value(1));
        scatter_->setTitle(
            tr("Decision regions; filled = train, hollow = test, dashed = perceptrons"));
        tabs_->setCurrentIndex(0);
    } else {
        tabs_->setCurrentIndex(1);
    }
}

}  // namespace smip::ui
