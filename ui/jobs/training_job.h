#pragma once
// GUI-side handle of one regularizer training (core/train/trainer.h) on its own worker thread: the
// samples of every reported epoch and the newest weights. The hand-over rule is WorkerJob's.
#include <optional>
#include <vector>

#include "core/common/latest_value.h"
#include "core/common/sample_buffer.h"
#include "core/train/trainer.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

struct TrainingChannels {
    SampleBuffer<TrainSample> samples;
    LatestValue<ShallowReluNet> weights;
};

class TrainingJob : public WorkerJob<TrainResult, TrainingChannels> {
    Q_OBJECT
  public:
    TrainingJob(const Dataset& data, const ShallowReluNet& init, const RegularizerSpec& spec,
                const TrainConfig& config, QObject* parent = nullptr);

    /// Starts training; stops with status Cancelled shortly after requestStop(). GUI thread.
    void start();
    /// Samples since the last call; finished() follows the last batch (WorkerJob::drain).
    std::vector<TrainSample> drain();
    /// Newest weights if they changed since the last call. GUI thread.
    std::optional<ShallowReluNet> takeWeights() { return channels().weights.take(); }

    const RegularizerSpec& spec() const { return spec_; }

  private:
    Dataset data_;
    ShallowReluNet init_;
    RegularizerSpec spec_;
    TrainConfig config_;
};

}  // namespace smip::ui
