#include "core/sparsest/sparsest_pipeline.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/session/model_choice.h"
#include "core/sparsest/sparsest_validation.h"
#include "core/sparsest/sparsest_warm_start.h"
#include "core/train/train_validation.h"

namespace smip {

TrainConfig pipelineTrainConfig(const SparsestPipelineConfig& config) {
    TrainConfig train = config.train;
    // The trained models are measured with the MILP's objective: nonzeros with or without biases.
    train.countBiases = config.sparsest.countBiases;
    return train;
}

ConfigIssues validateSparsestPipeline(const Dataset& data, const SparsestPipelineConfig& config) {
    ConfigIssues issues = validateSparsest(data.X, data.y, config.sparsest);
    issues.append(validateTraining(data, effectiveWidth(config.sparsest, data.samples()),
                                   config.regularizers, pipelineTrainConfig(config)));
    return issues;
}

bool pipelineModelFits(const TrainResult& trained, const Dataset& data, double fitTolerance) {
    // The rule of pickSparsestFit (core/session/model_choice.cpp), which also returns the
    // closest model when none fits, so its answer alone does not tell.
    if (trained.status == TrainStatus::Diverged || !std::isfinite(trained.final.mse)) return false;
    double variance = 0.0;
    if (data.samples() > 0) variance = (data.y.array() - data.y.mean()).square().mean();
    return trained.final.mse <= fitTolerance * std::max(1.0, variance);
}

SparsestPipelineResult runSparsestPipeline(const Dataset& data,
                                           const SparsestPipelineConfig& config,
                                           const SparsestPipelineHooks& hooks, std::stop_token stop,
                                           const MilpBackend& backend) {
    if (config.regularizers.empty())
        throw std::invalid_argument("the pipeline needs at least one regularizer to train");
    SparsestPipelineResult out;
    SparsestConfig sparsest = config.sparsest;
    const TrainConfig train = pipelineTrainConfig(config);
    const int width = effectiveWidth(sparsest, data.samples());
    const ShallowReluNet init = initShallowNet(data.features(), width, config.initSeed);
    out.trained = trainRegularizers(data, init, config.regularizers, train, hooks.onTrainSample,
                                    stop, config.trainThreads);
    if (!stop.stop_requested()) {
        const TrainResult* chosen = pickSparsestFit(out.trained, data, config.fitTolerance);
        if (chosen) {
            out.chosen = static_cast<int>(chosen - out.trained.data());
            out.bounds = boundsFromModel(chosen->net, config.margin);
            out.chosenFits = pipelineModelFits(*chosen, data, config.fitTolerance);
            if (out.chosenFits) {
                sparsest.wBound = out.bounds.wBound;
                sparsest.bBound = out.bounds.bBound;
            }
        }
    }
    if (hooks.onTrained) hooks.onTrained(out.trained, out.chosen, sparsest);
    if (out.chosen < 0) return out;
    const ShallowReluNet* start = config.warmStart && out.chosenFits
                                      ? &out.trained[static_cast<std::size_t>(out.chosen)].net
                                      : nullptr;
    out.sparsest =
        solveSparsest(data.X, data.y, sparsest, config.milp, hooks.milp, stop, start, backend);
    out.solved = true;
    return out;
}

}  // namespace smip
