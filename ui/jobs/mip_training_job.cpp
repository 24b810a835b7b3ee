#include "ui/jobs/mip_training_job.h"

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

MipTrainingJob::MipTrainingJob(Dataset train, Dataset test, const MipTrainConfig& config,
                               QObject* parent)
    : WorkerJob(parent), train_(std::move(train)), test_(std::move(test)), config_(config) {}

void MipTrainingJob::start() {
    WorkerJob::start([train = train_, test = test_, config = config_](MipTrainingChannels& out,
                                                                      std::stop_token stop) {
        MipTrainHooks hooks;
        hooks.onStage = [&out](const MipTrainStage& s) {
            out.stage.set(s);
            // A new MILP: its clock starts at zero. SGD stages solve none: the last chart stays.
            if (s.method != "sgd" && s.method != "hybrid") out.progress.startRun();
        };
        hooks.onMilpProgress = [&out](const MilpProgress& p) { out.progress.push(p); };
        hooks.onLagrangian = [&out](const LagrangianRecord& l) { out.lagrangian.push(l); };
        hooks.onNetwork = [&out](const MipLiveNetwork& n) { out.networks.push(n); };
        MilpOptions milp;
        milp.logLevel = 0;
        return runMipTraining(train, test, config, milp, hooks, stop, guiMilpBackend());
    });
}

MipTrainingJob::Batch MipTrainingJob::drain() {
    return WorkerJob::drain([](MipTrainingChannels& c) {
        return Batch{c.progress.drain(), c.lagrangian.drain(), c.stage.take(), c.networks.drain()};
    });
}

}  // namespace smip::ui
