#include "ui/jobs/training_job.h"

#include <exception>

namespace smip::ui {

TrainingJob::TrainingJob(const Dataset& data, const ShallowReluNet& init,
                         const RegularizerSpec& spec, const TrainConfig& config, QObject* parent)
    : QObject(parent),
      shared_(std::make_shared<Shared>()),
      data_(data),
      init_(init),
      spec_(spec),
      config_(config) {}

TrainingJob::~TrainingJob() {
    worker_.request_stop();
    if (worker_.joinable()) worker_.join();
}

void TrainingJob::start() {
    if (started_) return;
    started_ = true;
    // The worker captures values and the shared state, never `this`: the job may be destroyed
    // (window closed) while the worker still runs its last epochs.
    worker_ = std::jthread([shared = shared_, data = data_, init = init_, spec = spec_,
                            config = config_](std::stop_token stop) {
        TrainHooks hooks;
        hooks.onSample = [&shared](const TrainSample& s) { shared->samples.push(s); };
        hooks.onWeights = [&shared](const ShallowReluNet& net) { shared->weights.set(net); };
        try {
            shared->result = trainShallow(data, init, spec, config, hooks, stop);
        } catch (const std::exception& e) {
            shared->error = e.what();
            shared->result.regularizer = spec;
            shared->result.status = TrainStatus::Diverged;
        }
        shared->done.store(true, std::memory_order_release);
    });
}

void TrainingJob::requestStop() {
    worker_.request_stop();
}

std::vector<TrainSample> TrainingJob::drain() {
    // Read `done` before draining: anything pushed before done=true is then in this batch.
    const bool done = shared_->done.load(std::memory_order_acquire);
    std::vector<TrainSample> out = shared_->samples.drain();
    if (done && !finishedEmitted_) {
        finishedEmitted_ = true;
        if (worker_.joinable()) worker_.join();
        result_ = shared_->result;
        if (auto w = shared_->weights.take()) shared_->weights.set(*w);  // keep it for the view
        error_ = QString::fromStdString(shared_->error);
        // Queued, so the caller first consumes this last batch, then hears "finished".
        QMetaObject::invokeMethod(this, &TrainingJob::finished, Qt::QueuedConnection);
    }
    return out;
}

std::optional<ShallowReluNet> TrainingJob::takeWeights() {
    return shared_->weights.take();
}

}  // namespace smip::ui
