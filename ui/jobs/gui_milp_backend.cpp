#include "ui/jobs/gui_milp_backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <algorithm>

#include "core/milp/worker_client.h"

namespace smip::ui {

QString milpWorkerExecutable() {
    const QString env = qEnvironmentVariable("SPARSEMIP_CLI");
    if (!env.isEmpty()) return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath("sparsemip");
}

const MilpBackend& guiMilpBackend() {
    // Built on first use (from a worker thread too: a function-local static is thread-safe);
    // the executable does not change while the application runs.
    static const WorkerProcessMilpBackend backend(milpWorkerExecutable().toStdString(),
                                                  std::max(1, QThread::idealThreadCount()));
    return backend;
}

}  // namespace smip::ui
