#pragma once
// GUI-side handle of a sweep (core/sweep: the seed package's experiment) on a worker thread: the
// same runSweep the CLI's `sweep` runs, its instances on a few threads and every MILP in a worker
// process (guiMilpBackend), each result stored atomically in the output directory so a cancelled
// study resumes where it stopped. The hand-over rule is WorkerJob's.
#include <string>
#include <vector>

#include "core/common/sample_buffer.h"
#include "core/sweep/sweep_run.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

struct SweepChannels {
    SampleBuffer<SweepInstanceResult> finished;
    SampleBuffer<std::string> failures;  ///< "<instance id>: <reason>"
    SampleBuffer<std::string> skipped;   ///< ids whose result file was already there
};

class SweepJob : public WorkerJob<SweepRunCounts, SweepChannels> {
    Q_OBJECT
  public:
    struct Batch {
        std::vector<SweepInstanceResult> finished;
        std::vector<std::string> failures;
        std::vector<std::string> skipped;
    };

    SweepJob(std::vector<SweepInstance> instances, std::string outDir, int workers,
             QObject* parent = nullptr);

    /// Starts the sweep. GUI thread.
    void start();
    /// Everything since the last call; finished() follows the last batch. GUI thread.
    Batch drain();

  private:
    std::vector<SweepInstance> instances_;
    std::string outDir_;
    int workers_;
};

}  // namespace smip::ui
