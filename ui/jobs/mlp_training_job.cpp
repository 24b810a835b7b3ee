#include "ui/jobs/mlp_training_job.h"

namespace smip::ui {

MlpTrainingJob::MlpTrainingJob(const MlpDataSplit& split, const MlpTrainConfig& config,
                               QObject* parent)
    : WorkerJob(parent), split_(std::make_shared<const MlpDataSplit>(split)), config_(config) {}

void MlpTrainingJob::start() {
    WorkerJob::start(
        [split = split_, config = config_](MlpTrainingChannels& out, std::stop_token stop) {
            MlpTrainHooks hooks;
            hooks.onEpoch = [&out](const MlpEpochInfo& e) { out.epochs.push(e); };
            return trainMlp(*split, config, hooks, stop);
        });
}

std::vector<MlpEpochInfo> MlpTrainingJob::drain() {
    return WorkerJob::drain([](MlpTrainingChannels& c) { return c.epochs.drain(); });
}

}  // namespace smip::ui
