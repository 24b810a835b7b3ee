#include "ui/jobs/worker_job.h"

namespace smip::ui {

void WorkerJobBase::markFinished(const std::string& error, bool threw) {
    finishedEmitted_ = true;
    if (threw)
        error_ = error.empty() ? tr("The job failed with an unknown error.")
                               : QString::fromStdString(error);
    // Queued, so the caller first consumes the batch it is draining, then hears "finished".
    QMetaObject::invokeMethod(this, &WorkerJobBase::finished, Qt::QueuedConnection);
}

}  // namespace smip::ui
