#include "ui/jobs/attack_comparison_job.h"

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

AttackComparisonJob::AttackComparisonJob(const MlpClassifier& net, const Eigen::VectorXd& x0,
                                         int trueClass, const AttackConfig& config,
                                         QObject* parent)
    : WorkerJob(parent), net_(net), x0_(x0), trueClass_(trueClass), config_(config) {}

void AttackComparisonJob::start() {
    WorkerJob::start([net = net_, x0 = x0_, trueClass = trueClass_, config = config_](
                         AttackComparisonChannels& out, std::stop_token stop) {
        // Formulations run one after another: an Ipopt iteration belongs to the newest phase's.
        int current = 0;
        AttackHooks hooks;
        hooks.onPhase = [&out, &current](const AttackPhase& p) {
            current = p.formulation;
            out.phase.set(p);
        };
        hooks.onMilpProgress = [&out](const std::string&, const MilpProgress& p) {
            out.milpProgress.push(p);
        };
        hooks.onMilpResult = [&out](const MilpResult& r) { out.milpResult.set(r); };
        hooks.onNlpProgress = [&out, &current](const std::string&, const NlpProgress& p) {
            out.localIterations.push({current, p});
        };
        hooks.onOutcome = [&out](const AttackOutcome& o) { out.outcomes.push(o); };
        return runAttackComparison(net, x0, trueClass, config, hooks, stop, guiMilpBackend());
    });
}

AttackComparisonJob::Batch AttackComparisonJob::drain() {
    return WorkerJob::drain([](AttackComparisonChannels& c) {
        return Batch{c.phase.take(), c.milpProgress.drain(), c.milpResult.take(),
                     c.localIterations.drain(), c.outcomes.drain()};
    });
}

}  // namespace smip::ui
