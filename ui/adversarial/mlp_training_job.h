#pragma once
// GUI-side handle of one MLP training (core/mlp/mlp_trainer.h) on its own std::jthread. The worker
// appends one MlpEpochInfo per epoch to a SampleBuffer; the page's clock calls drain() at ≤ 30 Hz.
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "core/common/sample_buffer.h"
#include "core/mlp/mlp_trainer.h"

namespace smip::ui {

class MlpTrainingJob : public QObject {
    Q_OBJECT
  public:
    MlpTrainingJob(const MlpDataSplit& split, const MlpTrainConfig& config,
                   QObject* parent = nullptr);
    /// Requests stop and joins the worker (it stops after the current batch). GUI thread.
    ~MlpTrainingJob() override;

    /// Starts the worker thread. GUI thread.
    void start();
    /// Asks the worker to stop; it finishes with status Cancelled shortly after. GUI thread.
    void requestStop();

    /// Epochs finished since the last call. Emits finished() (queued) once, after the last epochs
    /// were handed out. GUI thread.
    std::vector<MlpEpochInfo> drain();

    bool isRunning() const { return started_ && !finishedEmitted_; }
    /// Valid after finished().
    const MlpTrainResult& result() const { return result_; }

  signals:
    void finished();

  private:
    struct Shared {
        SampleBuffer<MlpEpochInfo> epochs;
        std::atomic<bool> done{false};
        MlpTrainResult result;
    };
    std::shared_ptr<Shared> shared_;
    std::shared_ptr<const MlpDataSplit> split_;
    MlpTrainConfig config_;
    MlpTrainResult result_;
    std::jthread worker_;
    bool started_ = false;
    bool finishedEmitted_ = false;
};

}  // namespace smip::ui
