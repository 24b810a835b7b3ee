#pragma once
// Runs the `sparsemip` executable (path in SPARSEMIP_CLI, set by ctest) for the CLI tests: to
// completion, or until its k-th progress line, where the test interrupts it like a user at a
// terminal (SIGINT) and then waits for it to finish.
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <csignal>

namespace smip::test {

struct CliRun {
    int code = -1;  ///< exit code; -1 when the process crashed or did not finish
    QString out, err;
};

inline QString cliPath() {
    return qEnvironmentVariable("SPARSEMIP_CLI");
}

/// Runs `sparsemip args...` to completion (at most `timeoutMs`).
inline CliRun runCli(const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.code = p.exitCode();
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// Starts `sparsemip args...`, waits until `progress` has matched `k` lines of the chosen channel
/// (stdout or stderr), sends SIGINT and waits for the exit. The timeouts only bound a broken run;
/// nothing is asserted about how long anything took.
inline CliRun interruptCliAt(const QStringList& args, QProcess::ProcessChannel channel,
                             const QRegularExpression& progress, int k, bool* sawProgress) {
    QProcess p;
    p.start(cliPath(), args);
    CliRun r;
    QString seen;  // the watched channel up to the interrupt
    int matched = 0;
    *sawProgress = false;
    p.setReadChannel(channel);
    while (matched < k && p.state() != QProcess::NotRunning && p.waitForReadyRead(120000)) {
        while (p.canReadLine()) {
            const QString line = QString::fromUtf8(p.readLine());
            seen += line;
            if (progress.match(line).hasMatch()) ++matched;
        }
    }
    if (matched >= k && p.state() == QProcess::Running) {
        *sawProgress = true;
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
    }
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    } else if (p.exitStatus() == QProcess::NormalExit) {
        r.code = p.exitCode();
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    (channel == QProcess::StandardOutput ? r.out : r.err).prepend(seen);
    return r;
}

}  // namespace smip::test
