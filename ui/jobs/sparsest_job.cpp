#include "ui/jobs/sparsest_job.h"

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

namespace {

MilpHooks channelHooks(SparsestChannels& out) {
    MilpHooks hooks;
    hooks.onProgress = [&out](const MilpProgress& p) { out.progress.push(p); };
    hooks.onLog = [&out](const std::string& line) { out.log.push(line); };
    return hooks;
}

}  // namespace

void SparsestJob::startSolve(const Dataset& data, const SparsestConfig& config,
                             const MilpOptions& options, std::optional<ShallowReluNet> start) {
    WorkerJob::start([X = data.X, y = data.y, config, options, start = std::move(start)](
                         SparsestChannels& out, std::stop_token stop) {
        SparsestPipelineResult r;
        r.sparsest = solveSparsest(X, y, config, options, channelHooks(out), stop,
                                   start ? &*start : nullptr, guiMilpBackend(),
                                   [&out](const RankBoundProgress& p) { out.rank.set(p); });
        r.solved = true;
        return r;
    });
}

void SparsestJob::startPipeline(const Dataset& data, const SparsestPipelineConfig& config) {
    WorkerJob::start([data, config](SparsestChannels& out, std::stop_token stop) {
        SparsestPipelineHooks hooks;
        hooks.onTrainSample = [&out](int index, const TrainSample& s) {
            out.trainSamples.push({index, s});
        };
        hooks.onTrained = [&out, train = pipelineTrainConfig(config)](
                              const SparsestPipelineResult& run, const SparsestConfig& solved) {
            const bool repaired = run.repair && run.repair->changed;
            out.trained.set({run.trained, run.chosen, run.boundsSource, run.boundsRaised,
                             run.givenBounds, run.interpolantNonzeros, repaired,
                             run.repair ? run.repair->nonzeros : 0,
                             run.repair ? run.repair->residualBefore : 0.0, solved, train});
        };
        hooks.milp = channelHooks(out);
        hooks.onRankProgress = [&out](const RankBoundProgress& p) { out.rank.set(p); };
        return runSparsestPipeline(data, config, hooks, stop, guiMilpBackend());
    });
}

SparsestJob::Batch SparsestJob::drain() {
    return WorkerJob::drain([](SparsestChannels& c) {
        return Batch{c.progress.drain(), c.log.drain(), c.trainSamples.drain(), c.trained.take(),
                     c.rank.take()};
    });
}

}  // namespace smip::ui
