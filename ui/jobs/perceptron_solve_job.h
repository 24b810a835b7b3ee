#pragma once
// GUI-side handle of one perceptron training on a worker thread: core's runPerceptron (split,
// build, heuristic MIP start, solve, decode, verify, evaluate) with its MILP in a worker process
// (guiMilpBackend), then the decision regions of 2-D data, so the GUI thread only draws. The
// hand-over rule is WorkerJob's.
#include <QElapsedTimer>
#include <QStringList>
#include <cstdint>
#include <string>

#include "core/common/sample_buffer.h"
#include "core/perceptron/perceptron_run.h"
#include "ui/jobs/run_progress.h"
#include "ui/jobs/worker_job.h"
#include "ui/perceptron/decision_regions.h"

namespace smip::ui {

struct PerceptronSolveOutcome {
    PerceptronSplit split;
    PerceptronTrainResult result;
    DecisionRegions regions;  ///< for 2-D data with a decoded network; empty otherwise
};

/// An incumbent network as the page draws it: its numbers and, for 2-D data, its regions
/// (rendered on the worker thread, like the final ones).
struct PerceptronLiveNetwork {
    PerceptronIncumbent incumbent;
    DecisionRegions regions;
};

struct PerceptronSolveChannels {
    RunProgress progress;  // a retry without CBC preprocessing is a new run
    SampleBuffer<std::string> log;
    SampleBuffer<PerceptronLiveNetwork> networks;
};

class PerceptronSolveJob : public WorkerJob<PerceptronSolveOutcome, PerceptronSolveChannels> {
    Q_OBJECT
  public:
    struct Batch {
        RunProgress::Batch progress;  ///< newRun: the solver process died and the retry began
        QStringList log;              ///< CBC's log lines
        std::vector<PerceptronLiveNetwork> networks;  ///< the start, then improved incumbents
    };

    PerceptronSolveJob(const Dataset& data, const PerceptronRunConfig& config,
                       QObject* parent = nullptr);

    /// Starts the pipeline; a stop request cancels the solve keeping its incumbent. GUI thread.
    void start();
    /// Everything since the last call; finished() follows the last batch. GUI thread.
    Batch drain();
    /// True once a drain() has seen the retry without CBC preprocessing begin.
    bool retried() const { return retried_; }
    /// Seconds since start(), or since the retry began.
    double elapsedSeconds() const { return clock_.isValid() ? clock_.elapsed() / 1000.0 : 0.0; }

  private:
    Dataset data_;
    PerceptronRunConfig config_;
    QElapsedTimer clock_;
    bool retried_ = false;
};

}  // namespace smip::ui
