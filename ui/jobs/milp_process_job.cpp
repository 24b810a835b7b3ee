#include "ui/jobs/milp_process_job.h"

#include <nlohmann/json.hpp>

#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"
#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

MilpProcessJob::MilpProcessJob(QObject* parent) : QObject(parent) {
    process_.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&process_, &QProcess::readyReadStandardOutput, this, &MilpProcessJob::onReadyRead);
    connect(&process_, &QProcess::finished, this, &MilpProcessJob::onProcessFinished);
    connect(&process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart) return;
        result_ = MilpResult();
        result_.status = MilpStatus::Error;
        result_.message = tr("Cannot start the solver process '%1': %2")
                              .arg(workerExecutable(), process_.errorString())
                              .toStdString();
        running_ = false;
        emit finished();
    });
    escalate_.setSingleShot(true);
    connect(&escalate_, &QTimer::timeout, this, [this] {
        if (!running_) return;
        // The worker did not react to "cancel" (CBC's preprocessing does not poll for stops):
        // kill it, so Cancel takes effect within a second.
        if (process_.state() != QProcess::NotRunning) process_.kill();
    });
}

MilpProcessJob::~MilpProcessJob() {
    // No finished() from a dying job: its owner may be half-destroyed already.
    process_.disconnect(this);
    escalate_.stop();
    if (process_.state() != QProcess::NotRunning) {
        process_.kill();
        process_.waitForFinished(2000);
    }
}

QString MilpProcessJob::workerExecutable() {
    return milpWorkerExecutable();
}

void MilpProcessJob::start(const MilpProblem& problem, const MilpOptions& options) {
    if (running_) return;
    problem_ = problem;
    options_ = options;
    withPreprocess_.reset();
    withoutPreprocess_.reset();
    stop_ = std::stop_source();
    retried_ = false;
    cancelled_ = false;
    progress_.clear();
    log_.clear();
    launch(options);
}

void MilpProcessJob::launch(const MilpOptions& options) {
    runOptions_ = options;
    result_ = MilpResult();
    gotResult_ = false;
    pending_.clear();
    nlohmann::json job;
    job["problem"] = toJson(problem_);
    job["options"] = toJson(options);
    const QString path = dir_.filePath("job.json");
    const std::string error = writeFileAtomically(path.toStdString(), job.dump());
    running_ = true;
    clock_.start();
    if (!error.empty()) {
        result_.status = MilpStatus::Error;
        result_.message = error;
        running_ = false;
        QMetaObject::invokeMethod(this, &MilpProcessJob::finished, Qt::QueuedConnection);
        return;
    }
    process_.start(workerExecutable(), {"milp-worker", path});
}

void MilpProcessJob::cancel() {
    if (!running_ || cancelled_) return;
    cancelled_ = true;
    stop_.request_stop();
    process_.write("cancel\n");
    escalate_.start(700);
}

std::vector<MilpProgress> MilpProcessJob::takeProgress() {
    std::vector<MilpProgress> out;
    out.swap(progress_);
    return out;
}

QStringList MilpProcessJob::takeLog() {
    QStringList out;
    out.swap(log_);
    return out;
}

void MilpProcessJob::onReadyRead() {
    pending_ += process_.readAllStandardOutput();
    int nl;
    while ((nl = pending_.indexOf('\n')) >= 0) {
        handleLine(pending_.left(nl));
        pending_.remove(0, nl + 1);
    }
}

void MilpProcessJob::handleLine(const QByteArray& line) {
    const auto j =
        nlohmann::json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        log_ << QString::fromUtf8(line);  // not protocol: still worth showing
        return;
    }
    const std::string type = j.value("type", "");
    if (type == "log") {
        log_ << QString::fromStdString(j.value("line", ""));
    } else if (type == "progress") {
        MilpProgress p;
        if (fromJson(j, p).empty()) progress_.push_back(p);
    } else if (type == "result") {
        MilpResult r;
        const std::string error = fromJson(j, r);
        if (error.empty()) {
            result_ = std::move(r);
            gotResult_ = true;
        } else {
            log_ << tr("Unreadable result from the solver process: %1")
                        .arg(QString::fromStdString(error));
        }
    }
}

void MilpProcessJob::onProcessFinished(int exitCode, QProcess::ExitStatus status) {
    onReadyRead();
    if (!pending_.isEmpty()) handleLine(pending_);
    pending_.clear();
    escalate_.stop();
    if (!gotResult_) {
        result_ = MilpResult();
        result_.seconds = elapsedSeconds();
        if (cancelled_) {
            result_.status = MilpStatus::Cancelled;
            result_.message =
                tr("The solver process was stopped before reporting a result.").toStdString();
        } else {
            result_.status = MilpStatus::Error;
            result_.message =
                (status == QProcess::CrashExit
                     ? tr("The solver process crashed (%1). The application is unaffected; the "
                          "solver's log may say why.")
                           .arg(process_.errorString())
                     : tr("The solver process ended with exit code %1 without a result.")
                           .arg(exitCode))
                    .toStdString();
        }
        const QString err = QString::fromUtf8(process_.readAllStandardError()).trimmed();
        if (!err.isEmpty()) log_ << err.split('\n');
    }
    if (const std::optional<MilpOptions> next = nextRun()) {
        retried_ = true;
        log_ << tr(
            "The solver process ended without a result; retrying once without CBC "
            "preprocessing.");
        launch(*next);
        if (running_) emit retrying();
        return;
    }
    running_ = false;
    problem_ = MilpProblem();  // no retry left: do not hold a large model
    emit finished();
}

std::optional<MilpOptions> MilpProcessJob::nextRun() {
    if (!retryEnabled_) return std::nullopt;
    (runOptions_.preprocess ? withPreprocess_ : withoutPreprocess_) = result_;
    // Core's rule decides, as for the CLI and the study. Its solve callback is synchronous and the
    // runs here are not, so the callback replays the finished runs; a run it asks for that has not
    // happened yet is the one to start (its placeholder result is then never used).
    std::optional<MilpOptions> next;
    MilpResult combined = retryWithoutPreprocessing(
        options_,
        [&](const MilpOptions& o) {
            const std::optional<MilpResult>& done =
                o.preprocess ? withPreprocess_ : withoutPreprocess_;
            if (done) return *done;
            next = o;
            return MilpResult();
        },
        // A cancel keeps the retry from starting; once the retry has run, its own result stands.
        withoutPreprocess_ ? std::stop_token() : stop_.get_token());
    if (!next) result_ = std::move(combined);
    return next;
}

}  // namespace smip::ui
