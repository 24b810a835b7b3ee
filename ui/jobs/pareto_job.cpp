#include "ui/jobs/pareto_job.h"

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

ParetoJob::ParetoJob(Dataset data, ParetoConfig config, QObject* parent)
    : WorkerJob(parent), data_(std::move(data)), config_(std::move(config)) {}

void ParetoJob::start() {
    WorkerJob::start([data = data_, config = config_](ParetoChannels& out, std::stop_token stop) {
        ParetoHooks hooks;
        hooks.onTrained = [&out](const std::vector<ParetoTrainedPoint>& t) { out.trained.set(t); };
        hooks.onFrontierStart = [&out](int, double epsilon) {
            out.solving.set(epsilon);
            out.progress.startRun();
        };
        hooks.onFrontier = [&out](const ParetoFrontierPoint& f) { out.frontier.push(f); };
        hooks.milp.onProgress = [&out](const MilpProgress& p) { out.progress.push(p); };
        return runPareto(data, config, hooks, stop, guiMilpBackend());
    });
}

ParetoJob::Batch ParetoJob::drain() {
    return WorkerJob::drain([](ParetoChannels& c) {
        return Batch{c.trained.take(), c.frontier.drain(), c.solving.take(), c.progress.drain()};
    });
}

}  // namespace smip::ui
