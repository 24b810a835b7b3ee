#pragma once
// GUI-side handle of one MLP training (core/mlp/mlp_trainer.h) on its own worker thread: one
// MlpEpochInfo per epoch. The hand-over rule is WorkerJob's.
#include <vector>

#include "core/common/sample_buffer.h"
#include "core/mlp/mlp_trainer.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

struct MlpTrainingChannels {
    SampleBuffer<MlpEpochInfo> epochs;
};

class MlpTrainingJob : public WorkerJob<MlpTrainResult, MlpTrainingChannels> {
    Q_OBJECT
  public:
    MlpTrainingJob(const MlpDataSplit& split, const MlpTrainConfig& config,
                   QObject* parent = nullptr);

    /// Starts training; stops with status Cancelled after the current batch once asked. GUI thread.
    void start();
    /// Epochs finished since the last call; finished() follows the last batch. GUI thread.
    std::vector<MlpEpochInfo> drain();

  private:
    std::shared_ptr<const MlpDataSplit> split_;  // shared with the worker, never copied again
    MlpTrainConfig config_;
};

}  // namespace smip::ui
