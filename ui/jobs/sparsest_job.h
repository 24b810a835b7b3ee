#pragma once
// GUI-side handle of a sparsest-network run on a worker thread: either the MILP alone
// (solveSparsest) or the whole seed pipeline (runSparsestPipeline: train, pick, bound, solve),
// both exactly as the CLI runs them, with every MILP in a worker process (guiMilpBackend).
// The hand-over rule is WorkerJob's.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/common/latest_value.h"
#include "core/common/sample_buffer.h"
#include "core/data/dataset.h"
#include "core/sparsest/sparsest_pipeline.h"
#include "ui/jobs/worker_job.h"

namespace smip::ui {

/// What the pipeline had when training ended: every result, the chosen one, the MILP's config.
struct SparsestTrainedStage {
    std::vector<TrainResult> trained;
    int chosen = -1;
    SparsestBoundsSource source = SparsestBoundsSource::Given;
    bool boundsRaised = false;
    SparsestBounds givenBounds;
    int interpolantNonzeros = 0;
    bool repaired = false;      ///< the chosen model's weights were re-solved to fit exactly
    int startNonzeros = 0;      ///< the chosen model's nonzeros as the start (after any repair)
    double residualBefore = 0;  ///< its max residual as trained
    SparsestConfig config;
    TrainConfig train;  ///< what the models were trained with (pipelineTrainConfig)
};

struct SparsestChannels {
    SampleBuffer<MilpProgress> progress;
    SampleBuffer<std::string> log;
    SampleBuffer<std::pair<int, TrainSample>> trainSamples;  ///< (regularizer index, sample)
    LatestValue<SparsestTrainedStage> trained;
    LatestValue<RankBoundProgress> rank;  ///< the rank bound's newest report
};

/// The result: for a MILP-only run `solved` is true, `trained` empty and `chosen` −1.
class SparsestJob : public WorkerJob<SparsestPipelineResult, SparsestChannels> {
    Q_OBJECT
  public:
    struct Batch {
        std::vector<MilpProgress> progress;
        std::vector<std::string> log;
        std::vector<std::pair<int, TrainSample>> trainSamples;
        std::optional<SparsestTrainedStage> trained;  ///< once, when training has ended
        std::optional<RankBoundProgress> rank;        ///< its newest report, when there is one
    };

    using WorkerJob::WorkerJob;

    /// The MILP alone on `data`, from `start` when given. GUI thread.
    void startSolve(const Dataset& data, const SparsestConfig& config, const MilpOptions& options,
                    std::optional<ShallowReluNet> start);
    /// The whole pipeline on `data`. GUI thread.
    void startPipeline(const Dataset& data, const SparsestPipelineConfig& config);
    /// Everything produced since the last call; finished() follows the last batch. GUI thread.
    Batch drain();
};

}  // namespace smip::ui
