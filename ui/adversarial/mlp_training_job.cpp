#include "ui/adversarial/mlp_training_job.h"

#include <exception>

namespace smip::ui {

MlpTrainingJob::MlpTrainingJob(const MlpDataSplit& split, const MlpTrainConfig& config,
                               QObject* parent)
    : QObject(parent),
      shared_(std::make_shared<Shared>()),
      split_(std::make_shared<const MlpDataSplit>(split)),
      config_(config) {}

MlpTrainingJob::~MlpTrainingJob() {
    worker_.request_stop();
    if (worker_.joinable()) worker_.join();
}

void MlpTrainingJob::start() {
    if (started_) return;
    started_ = true;
    // Captures values and shared state, never `this` (see TrainingJob).
    worker_ =
        std::jthread([shared = shared_, split = split_, config = config_](std::stop_token st) {
            MlpTrainHooks hooks;
            hooks.onEpoch = [&shared](const MlpEpochInfo& e) { shared->epochs.push(e); };
            try {
                shared->result = trainMlp(*split, config, hooks, st);
            } catch (const std::exception& e) {  // bad_alloc and the like: a status, not a crash
                shared->result = MlpTrainResult();
                shared->result.status = MlpTrainStatus::InvalidInput;
                shared->result.message = e.what();
            }
            shared->done.store(true, std::memory_order_release);
        });
}

void MlpTrainingJob::requestStop() {
    worker_.request_stop();
}

std::vector<MlpEpochInfo> MlpTrainingJob::drain() {
    // Read `done` before draining: everything pushed before done=true is in this batch.
    const bool done = shared_->done.load(std::memory_order_acquire);
    std::vector<MlpEpochInfo> out = shared_->epochs.drain();
    if (done && !finishedEmitted_) {
        finishedEmitted_ = true;
        if (worker_.joinable()) worker_.join();
        result_ = std::move(shared_->result);
        QMetaObject::invokeMethod(this, &MlpTrainingJob::finished, Qt::QueuedConnection);
    }
    return out;
}

}  // namespace smip::ui
