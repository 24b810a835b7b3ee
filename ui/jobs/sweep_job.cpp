#include "ui/jobs/sweep_job.h"

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

SweepJob::SweepJob(std::vector<SweepInstance> instances, std::string outDir, int workers,
                   QObject* parent)
    : WorkerJob(parent),
      instances_(std::move(instances)),
      outDir_(std::move(outDir)),
      workers_(workers) {}

void SweepJob::start() {
    WorkerJob::start([instances = instances_, dir = outDir_, workers = workers_](
                         SweepChannels& out, std::stop_token stop) {
        SweepRunHooks hooks;
        hooks.onFinished = [&out](const SweepInstanceResult& r) { out.finished.push(r); };
        hooks.onSkipped = [&out](const SweepInstance& i) { out.skipped.push(i.id); };
        hooks.onFailed = [&out](const SweepInstance& i, const std::string& error) {
            out.failures.push(i.id + ": " + error);
        };
        return runSweep(instances, dir, workers, guiMilpBackend(), stop, hooks);
    });
}

SweepJob::Batch SweepJob::drain() {
    return WorkerJob::drain([](SweepChannels& c) {
        return Batch{c.finished.drain(), c.failures.drain(), c.skipped.drain()};
    });
}

}  // namespace smip::ui
