#include "ui/jobs/local_attack_job.h"

namespace smip::ui {

LocalAttackJob::LocalAttackJob(const MlpClassifier& net, const Eigen::VectorXd& x0, int trueClass,
                               const AttackConfig& config, QObject* parent)
    : WorkerJob(parent), net_(net), x0_(x0), trueClass_(trueClass), config_(config) {}

void LocalAttackJob::start() {
    WorkerJob::start([net = net_, x0 = x0_, trueClass = trueClass_, config = config_](
                         LocalAttackChannels& out, std::stop_token stop) {
        // Formulations run in order, so iterations belong to the one whose outcome is next.
        int current = 0;
        AttackHooks hooks;
        hooks.onStage = [&out](const std::string& s) { out.stages.push(s); };
        hooks.onNlpProgress = [&out, &current](const std::string&, const NlpProgress& p) {
            out.progress.push({current, p});
        };
        hooks.onOutcome = [&out, &current](const AttackOutcome& o) {
            out.outcomes.push(o);
            ++current;
        };
        return runAttackComparison(net, x0, trueClass, config, hooks, stop).message;
    });
}

LocalAttackJob::Batch LocalAttackJob::drain() {
    return WorkerJob::drain([](LocalAttackChannels& c) {
        return Batch{c.progress.drain(), c.outcomes.drain(), c.stages.drain()};
    });
}

QString LocalAttackJob::message() const {
    return failed() ? errorMessage() : QString::fromStdString(result());
}

}  // namespace smip::ui
