#pragma once
// GUI-side handle of one perceptron training on a worker thread: the CLI's pipeline (core's
// splitPerceptronData and trainPerceptron: build, heuristic MIP start, solve, decode, verify,
// evaluate) with its MILP in a worker process (guiMilpBackend), then the decision regions of 2-D
// data, so the GUI thread only draws. The hand-over rule is WorkerJob's.
#include <QElapsedTimer>
#include <QStringList>
#include <cstdint>
#include <string>

#include "core/common/sample_buffer.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_trainer.h"
#include "ui/jobs/run_progress.h"
#include "ui/jobs/worker_job.h"
#include "ui/perceptron/decision_regions.h"

namespace smip::ui {

/// Everything one solve needs besides the dataset: what the Perceptron page's form says.
struct PerceptronSolveConfig {
    PerceptronConfig network;
    double testFraction = 0.5;  ///< 0 = train on everything, no test part
    int maxTrain = 0;           ///< > 0: stratified subsample of the training part
    std::uint64_t seed = 1;     ///< split and subsample
    MilpOptions milp;           ///< time limit; an empty mipStart means core's heuristic start
};

struct PerceptronSolveOutcome {
    PerceptronSplit split;
    PerceptronTrainResult result;
    DecisionRegions regions;  ///< for 2-D data with a decoded network; empty otherwise
};

struct PerceptronSolveChannels {
    RunProgress progress;  // a retry without CBC preprocessing is a new run
    SampleBuffer<std::string> log;
};

class PerceptronSolveJob : public WorkerJob<PerceptronSolveOutcome, PerceptronSolveChannels> {
    Q_OBJECT
  public:
    struct Batch {
        RunProgress::Batch progress;  ///< newRun: the solver process died and the retry began
        QStringList log;              ///< CBC's log lines
    };

    PerceptronSolveJob(const Dataset& data, const PerceptronSolveConfig& config,
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
    PerceptronSolveConfig config_;
    QElapsedTimer clock_;
    bool retried_ = false;
};

}  // namespace smip::ui
