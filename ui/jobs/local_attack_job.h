#pragma once
// GUI-side handle of the local (Ipopt, smooth-ReLU) attack formulations, run one after another on
// a worker thread in this process (Ipopt is serialized by core/adversarial/nlp's global mutex):
// each Ipopt iteration, each finished formulation and each stage line. The hand-over rule is
// WorkerJob's.
#include <string>
#include <vector>

#include "core/adversarial/attack_comparison.h"
#include "core/common/sample_buffer.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

/// One Ipopt iteration of formulation `index` (position in config.formulations).
struct LocalAttackProgress {
    int index = 0;
    NlpProgress nlp;
};

struct LocalAttackChannels {
    SampleBuffer<LocalAttackProgress> progress;
    SampleBuffer<AttackOutcome> outcomes;
    SampleBuffer<std::string> stages;
};

/// The result is the comparison's refusal message (empty when it ran).
class LocalAttackJob : public WorkerJob<std::string, LocalAttackChannels> {
    Q_OBJECT
  public:
    using Progress = LocalAttackProgress;
    struct Batch {
        std::vector<Progress> progress;
        std::vector<AttackOutcome> outcomes;  ///< finished formulations, in config order
        std::vector<std::string> stages;      ///< short English stage lines from core
    };

    /// `config.formulations` should hold only local ones (an exact one would solve CBC in-process).
    LocalAttackJob(const MlpClassifier& net, const Eigen::VectorXd& x0, int trueClass,
                   const AttackConfig& config, QObject* parent = nullptr);

    /// Starts the formulations; Ipopt stops at its next iteration once asked. GUI thread.
    void start();
    /// Everything produced since the last call; finished() follows the last batch. GUI thread.
    Batch drain();
    /// Why the comparison did not run (refused input, or the worker threw); valid after finished().
    QString message() const;

  private:
    MlpClassifier net_;
    Eigen::VectorXd x0_;
    int trueClass_;
    AttackConfig config_;
};

}  // namespace smip::ui
