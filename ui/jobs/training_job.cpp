#include "ui/jobs/training_job.h"

namespace smip::ui {

TrainingJob::TrainingJob(const Dataset& data, const ShallowReluNet& init,
                         const RegularizerSpec& spec, const TrainConfig& config, QObject* parent)
    : WorkerJob(parent), data_(data), init_(init), spec_(spec), config_(config) {}

void TrainingJob::start() {
    WorkerJob::start([data = data_, init = init_, spec = spec_, config = config_](
                         TrainingChannels& out, std::stop_token stop) {
        TrainHooks hooks;
        hooks.onSample = [&out](const TrainSample& s) { out.samples.push(s); };
        hooks.onWeights = [&out](const ShallowReluNet& net) { out.weights.set(net); };
        return trainShallow(data, init, spec, config, hooks, stop);
    });
}

std::vector<TrainSample> TrainingJob::drain() {
    return WorkerJob::drain([](TrainingChannels& c) { return c.samples.drain(); });
}

}  // namespace smip::ui
