#include "ui/adversarial/local_attack_job.h"

#include <exception>

namespace smip::ui {

LocalAttackJob::LocalAttackJob(const MlpClassifier& net, const Eigen::VectorXd& x0, int trueClass,
                               const AttackConfig& config, QObject* parent)
    : QObject(parent),
      shared_(std::make_shared<Shared>()),
      net_(net),
      x0_(x0),
      trueClass_(trueClass),
      config_(config) {}

LocalAttackJob::~LocalAttackJob() {
    worker_.request_stop();
    if (worker_.joinable()) worker_.join();
}

void LocalAttackJob::start() {
    if (started_) return;
    started_ = true;
    worker_ = std::jthread([shared = shared_, net = net_, x0 = x0_, trueClass = trueClass_,
                            config = config_](std::stop_token stop) {
        // Formulations run in order, so iterations belong to the one whose outcome is next.
        auto current = std::make_shared<int>(0);
        AttackHooks hooks;
        hooks.onStage = [&shared](const std::string& s) { shared->stages.push(s); };
        hooks.onNlpProgress = [&shared, current](const std::string&, const NlpProgress& p) {
            shared->progress.push({*current, p});
        };
        hooks.onOutcome = [&shared, current](const AttackOutcome& o) {
            shared->outcomes.push(o);
            ++*current;
        };
        try {
            const AttackComparison c = runAttackComparison(net, x0, trueClass, config, hooks, stop);
            shared->message = c.message;
        } catch (const std::exception& e) {
            shared->message = e.what();
        }
        shared->done.store(true, std::memory_order_release);
    });
}

void LocalAttackJob::requestStop() {
    worker_.request_stop();
}

LocalAttackJob::Batch LocalAttackJob::drain() {
    const bool done = shared_->done.load(std::memory_order_acquire);
    Batch b;
    b.progress = shared_->progress.drain();
    b.outcomes = shared_->outcomes.drain();
    b.stages = shared_->stages.drain();
    if (done && !finishedEmitted_) {
        finishedEmitted_ = true;
        if (worker_.joinable()) worker_.join();
        message_ = shared_->message;
        QMetaObject::invokeMethod(this, &LocalAttackJob::finished, Qt::QueuedConnection);
    }
    return b;
}

}  // namespace smip::ui
