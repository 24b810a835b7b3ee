#pragma once
// Runs one MILP solve in a child process (`sparsemip milp-worker JOB.json`): a CBC abort or hang
// never takes down the GUI, and several solves can run at once (Debian's CBC is not reentrant in
// one process). Progress and log lines arrive as JSON lines; the owner drains them on its clock.
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <optional>
#include <stop_token>
#include <vector>

#include "core/milp/milp_problem.h"
#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"

namespace smip::ui {

class MilpProcessJob : public QObject {
    Q_OBJECT
  public:
    explicit MilpProcessJob(QObject* parent = nullptr);
    /// Kills a still-running worker (no orphan processes). GUI thread.
    ~MilpProcessJob() override;

    /// Opt-in, before start(): when the worker dies without a result while CBC's preprocessing was
    /// on (Debian's CBC 2.10 segfaults in CglPreProcess::postProcess when a time limit ends the
    /// root), solve once more without preprocessing, by core's rule and with its message
    /// (retryWithoutPreprocessing). retrying() announces the second run; isRunning() stays true.
    void setRetryWithoutPreprocessing(bool on) { retryEnabled_ = on; }
    /// True after a finished() whose result is that of the retry.
    bool retried() const { return retried_; }

    /// Starts solving `problem` in a worker process. GUI thread.
    void start(const MilpProblem& problem, const MilpOptions& options);
    /// Asks the worker to stop (it keeps its incumbent); if it does not exit within 0.7 s it is
    /// killed. GUI thread.
    void cancel();
    bool isRunning() const { return running_; }
    /// Seconds since the current run (the retry, after retrying()) started.
    double elapsedSeconds() const { return clock_.isValid() ? clock_.elapsed() / 1000.0 : 0.0; }

    /// Progress samples / log lines received since the last call.
    std::vector<MilpProgress> takeProgress();
    QStringList takeLog();
    /// Valid after finished(): the worker's result, or an Error naming how the process ended.
    const MilpResult& result() const { return result_; }

    /// Path of the CLI that hosts the worker (milpWorkerExecutable(), gui_milp_backend.h).
    static QString workerExecutable();

  signals:
    void finished();
    /// The first run ended without a result; the retry without CBC preprocessing has started.
    void retrying();

  private:
    void launch(const MilpOptions& options);
    /// After a run: the options of the run still to do (the retry), or nullopt and result_ final.
    std::optional<MilpOptions> nextRun();
    void onReadyRead();
    void handleLine(const QByteArray& line);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);

    QProcess process_;
    QTemporaryDir dir_;
    MilpProblem problem_;
    MilpOptions options_;                                           // as given to start()
    MilpOptions runOptions_;                                        // of the run in progress
    std::optional<MilpResult> withPreprocess_, withoutPreprocess_;  // finished runs
    std::stop_source stop_;  // cancel(): no retry after a cancelled run
    bool retryEnabled_ = false;
    bool retried_ = false;
    QByteArray pending_;
    std::vector<MilpProgress> progress_;
    QStringList log_;
    MilpResult result_;
    bool gotResult_ = false;
    bool running_ = false;
    bool cancelled_ = false;
    QElapsedTimer clock_;
    QTimer escalate_;
};

}  // namespace smip::ui
