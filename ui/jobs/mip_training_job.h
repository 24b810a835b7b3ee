#pragma once
// GUI-side handle of one MIP training run (Patil & Mintz, core/miptrain/mip_trainer.h) on a worker
// thread: every method's MILPs in worker processes (guiMilpBackend),
// so a stop ends a solve within a second even inside CBC's preprocessing, keeping its start
// network, and the Lagrangian's block MILPs run in parallel. The hand-over rule is WorkerJob's.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/latest_value.h"
#include "core/common/sample_buffer.h"
#include "core/miptrain/mip_trainer.h"
#include "ui/jobs/run_progress.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

struct MipTrainingChannels {
    RunProgress progress;  // each stage that solves a MILP is a new run
    SampleBuffer<LagrangianRecord> lagrangian;
    LatestValue<MipTrainStage> stage;
    SampleBuffer<MipLiveNetwork> networks;  // the full MIP's start and incumbents, evaluated
};

class MipTrainingJob : public WorkerJob<MipTrainResult, MipTrainingChannels> {
    Q_OBJECT
  public:
    struct Batch {
        RunProgress::Batch progress;  ///< the current MILP's samples
        std::vector<LagrangianRecord> lagrangian;
        std::optional<MipTrainStage> stage;  ///< set when the stage changed
        std::vector<MipLiveNetwork> networks;
    };

    /// `train` and `test` as loadMipTrainData gives them (the page checked them with
    /// validateMipTraining).
    MipTrainingJob(Dataset train, Dataset test, const MipTrainConfig& config,
                   QObject* parent = nullptr);

    /// Starts training. GUI thread.
    void start();
    /// Everything since the last call; finished() follows the last batch. GUI thread.
    Batch drain();

  private:
    Dataset train_, test_;
    MipTrainConfig config_;
};

}  // namespace smip::ui
