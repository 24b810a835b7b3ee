#pragma once
// GUI-side handle of the local (Ipopt, smooth-ReLU) attack formulations, run one after another on
// a std::jthread in this process (Ipopt is serialized by core/adversarial/nlp's global mutex). Each
// Ipopt iteration and each finished formulation goes through a SampleBuffer; the page drains on its
// clock.
#include <QObject>
#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/adversarial/attack_comparison.h"
#include "core/common/sample_buffer.h"

namespace smip::ui {

class LocalAttackJob : public QObject {
    Q_OBJECT
  public:
    /// One Ipopt iteration of formulation `index` (position in config.formulations).
    struct Progress {
        int index = 0;
        NlpProgress nlp;
    };
    struct Batch {
        std::vector<Progress> progress;
        std::vector<AttackOutcome> outcomes;  ///< finished formulations, in config order
        std::vector<std::string> stages;      ///< short English stage lines from core
    };

    /// `config.formulations` should hold only local ones (an exact one would solve CBC in-process).
    LocalAttackJob(const MlpClassifier& net, const Eigen::VectorXd& x0, int trueClass,
                   const AttackConfig& config, QObject* parent = nullptr);
    /// Requests stop and joins (Ipopt stops at its next iteration). GUI thread.
    ~LocalAttackJob() override;

    void start();
    void requestStop();
    /// Everything produced since the last call; emits finished() (queued) once after the last
    /// batch. GUI thread.
    Batch drain();
    bool isRunning() const { return started_ && !finishedEmitted_; }
    /// Non-empty when the comparison refused to run (bad input) or threw; valid after finished().
    const std::string& message() const { return message_; }

  signals:
    void finished();

  private:
    struct Shared {
        SampleBuffer<Progress> progress;
        SampleBuffer<AttackOutcome> outcomes;
        SampleBuffer<std::string> stages;
        std::atomic<bool> done{false};
        std::string message;
    };
    std::shared_ptr<Shared> shared_;
    MlpClassifier net_;
    Eigen::VectorXd x0_;
    int trueClass_;
    AttackConfig config_;
    std::string message_;
    std::jthread worker_;
    bool started_ = false;
    bool finishedEmitted_ = false;
};

}  // namespace smip::ui
