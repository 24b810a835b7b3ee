#include "ui/jobs/attack_comparison_job.h"

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

AttackComparisonJob::AttackComparisonJob(const MlpClassifier& net, const Eigen::VectorXd& x0,
                                         int trueClass, const AttackConfig& config, QObject* parent)
    : WorkerJob(parent), net_(net), x0_(x0), trueClass_(trueClass), config_(config) {}

void AttackComparisonJob::start() {
    WorkerJob::start([net = net_, x0 = x0_, trueClass = trueClass_, config = config_](
                         AttackComparisonChannels& out, std::stop_token stop) {
        // Local formulations run one after another (beside the MIP): an Ipopt iteration belongs
        // to the newest local phase's formulation.
        int currentLocal = 0;
        AttackHooks hooks;
        hooks.onPhase = [&out, &currentLocal](const AttackPhase& p) {
            if (p.kind == AttackPhase::Kind::LocalSolve) currentLocal = p.formulation;
            out.phases.push(p);
        };
        hooks.onMilpProgress = [&out](const std::string&, const MilpProgress& p) {
            out.milpProgress.push(p);
        };
        hooks.onMilpResult = [&out](const MilpResult& r) { out.milpResult.set(r); };
        hooks.onNlpProgress = [&out, &currentLocal](const std::string&, const NlpProgress& p) {
            out.localIterations.push({currentLocal, p});
        };
        hooks.onOutcome = [&out](int index, const AttackOutcome& o) {
            out.outcomes.push({index, o});
        };
        return runAttackComparison(net, x0, trueClass, config, hooks, stop, guiMilpBackend());
    });
}

AttackComparisonJob::Batch AttackComparisonJob::drain() {
    return WorkerJob::drain([](AttackComparisonChannels& c) {
        return Batch{c.phases.drain(), c.milpProgress.drain(), c.milpResult.take(),
                     c.localIterations.drain(), c.outcomes.drain()};
    });
}

}  // namespace smip::ui
