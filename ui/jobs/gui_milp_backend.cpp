#include "ui/jobs/gui_milp_backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/milp/worker_client.h"

namespace smip::ui {

QString milpWorkerExecutable() {
    const QString env = qEnvironmentVariable("SPARSEMIP_CLI");
    if (!env.isEmpty()) return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath("sparsemip");
}

const MilpBackend& guiMilpBackend() {
    // One backend per executable, looked up on every call (from worker threads too): the
    // executable is fixed while the application runs, but a test points $SPARSEMIP_CLI at a
    // stand-in worker for a while. Backends are never destroyed: callers may hold references.
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<const WorkerProcessMilpBackend>> backends;
    const std::string executable = milpWorkerExecutable().toStdString();
    std::lock_guard lock(mutex);
    auto& backend = backends[executable];
    if (!backend)
        backend = std::make_unique<const WorkerProcessMilpBackend>(
            executable, std::max(1, QThread::idealThreadCount()));
    return *backend;
}

}  // namespace smip::ui
