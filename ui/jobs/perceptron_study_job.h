#pragma once
// GUI-side handle of the Table-3 perceptron study (core/perceptron/perceptron_study.h) on a worker
// thread. Each MILP of the study runs in its own worker process (guiMilpBackend, one at a time),
// so a CBC crash takes neither the GUI nor the study down. The hand-over rule is WorkerJob's.
#include <QString>
#include <optional>

#include "core/common/latest_value.h"
#include "core/data/dataset.h"
#include "core/perceptron/perceptron_study.h"
#include "ui/jobs/run_progress.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

/// Where the study is: runs started before the current one, of how many, and the variant.
struct PerceptronStudyStep {
    int done = 0;
    int total = 0;
    std::string variant;  ///< "000".."111", "int", "baseline"
};

struct PerceptronStudyChannels {
    RunProgress progress;  // each run of the study (and a solve's retry) is a new run
    LatestValue<PerceptronStudyStep> step;
};

class PerceptronStudyJob : public WorkerJob<PerceptronStudyResult, PerceptronStudyChannels> {
    Q_OBJECT
  public:
    struct Batch {
        RunProgress::Batch progress;              ///< the current solve's samples
        std::optional<PerceptronStudyStep> step;  ///< set when the study moved on
    };

    PerceptronStudyJob(const Dataset& data, const PerceptronStudyConfig& config,
                       QObject* parent = nullptr);

    /// Starts the study; a stop request cancels the current solve and ends it. GUI thread.
    void start();
    /// Everything since the last call; finished() follows the last batch. GUI thread.
    Batch drain();

  private:
    Dataset data_;
    PerceptronStudyConfig config_;
};

}  // namespace smip::ui
