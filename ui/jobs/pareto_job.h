#pragma once
// GUI-side handle of one pareto run (core/pareto: regularization paths and the exact frontier) on a
// worker thread: the same runPareto as `sparsemip pareto`, its training on both cores and each
// frontier MILP in a worker process (guiMilpBackend). The hand-over rule is WorkerJob's.
#include <optional>
#include <vector>

#include "core/common/latest_value.h"
#include "core/common/sample_buffer.h"
#include "core/pareto/pareto.h"
#include "ui/jobs/run_progress.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

struct ParetoChannels {
    LatestValue<std::vector<ParetoTrainedPoint>> trained;
    SampleBuffer<ParetoFrontierPoint> frontier;
    LatestValue<double> solving;  ///< ε of the frontier MILP that runs now
    RunProgress progress;         ///< that MILP's incumbent and bound (a new run per ε)
};

class ParetoJob : public WorkerJob<ParetoResult, ParetoChannels> {
    Q_OBJECT
  public:
    struct Batch {
        std::optional<std::vector<ParetoTrainedPoint>> trained;
        std::vector<ParetoFrontierPoint> frontier;
        std::optional<double> solving;
        RunProgress::Batch progress;
    };

    ParetoJob(Dataset data, ParetoConfig config, QObject* parent = nullptr);
    /// Starts the run. GUI thread.
    void start();
    /// Everything since the last call; finished() follows the last batch. GUI thread.
    Batch drain();

  private:
    Dataset data_;
    ParetoConfig config_;
};

}  // namespace smip::ui
