#pragma once
// GUI-side handle of the exact-vs-local attack comparison (core runAttackComparison) on its own
// worker thread, with every MILP and bound-tightening LP in worker processes (guiMilpBackend):
// the phase, the MILP's incumbent/bound samples and final result, each Ipopt iteration and each
// finished formulation. The hand-over rule is WorkerJob's.
#include <optional>
#include <vector>

#include "core/adversarial/attack_comparison.h"
#include "core/common/latest_value.h"
#include "core/common/sample_buffer.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

/// One Ipopt iteration of formulation `formulation` (index into AttackConfig::formulations).
struct LocalIteration {
    int formulation = 0;
    NlpProgress nlp;
};

/// A finished formulation and its index into AttackConfig::formulations.
struct FinishedFormulation {
    int formulation = 0;
    AttackOutcome outcome;
};

struct AttackComparisonChannels {
    SampleBuffer<AttackPhase> phases;
    SampleBuffer<MilpProgress> milpProgress;
    LatestValue<MilpResult> milpResult;
    SampleBuffer<LocalIteration> localIterations;
    SampleBuffer<FinishedFormulation> outcomes;
};

class AttackComparisonJob : public WorkerJob<AttackComparison, AttackComparisonChannels> {
    Q_OBJECT
  public:
    struct Batch {
        std::vector<AttackPhase> phases;  ///< phases and steps begun, in order
        std::vector<MilpProgress> milpProgress;
        std::optional<MilpResult> milpResult;  ///< the MILP's own result, once it returned
        std::vector<LocalIteration> localIterations;
        std::vector<FinishedFormulation> outcomes;  ///< in the order they finished
    };

    AttackComparisonJob(const MlpClassifier& net, const Eigen::VectorXd& x0, int trueClass,
                        const AttackConfig& config, QObject* parent = nullptr);

    /// Starts the comparison; after requestStop() it ends within about a second, keeping the
    /// MILP's incumbent and the formulations finished so far. GUI thread.
    void start();
    /// Everything produced since the last call; finished() follows the last batch. GUI thread.
    Batch drain();

  private:
    MlpClassifier net_;
    Eigen::VectorXd x0_;
    int trueClass_;
    AttackConfig config_;
};

}  // namespace smip::ui
