#include "core/sparsest/sparsest_pipeline.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/session/model_choice.h"
#include "core/sparsest/oned_sparsest.h"
#include "core/sparsest/sparsest_validation.h"
#include "core/sparsest/sparsest_warm_start.h"
#include "core/sparsest/verification.h"
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

const char* boundsSourceId(SparsestBoundsSource source) {
    switch (source) {
        case SparsestBoundsSource::TrainedModel:
            return "trained";
        case SparsestBoundsSource::Interpolant:
            return "interpolant";
        case SparsestBoundsSource::Given:
            break;
    }
    return "given";
}

namespace {

// No trained model fits: a model that does not fit says nothing about the weights a fitting
// network needs. The interpolating network is a network that fits; the bounds are raised (never
// lowered) until they hold it, and it becomes the start, so the MILP cannot end worse than it.
void useInterpolant(const Dataset& data, SparsestConfig& sparsest, SparsestPipelineResult& out) {
    out.interpolant = interpolatingNetwork(data.X, data.y);
    if (!out.interpolant) return;
    out.interpolantNonzeros = countSparsestNonzeros(out.interpolant->net, sparsest.countBiases);
    // One input, exact fit: the 1-D kink network interpolates too, with the fewest kinks (about
    // half the units of the one-kink-per-slope-change interpolant on random points).
    if (data.features() == 1 && sparsest.epsilon == 0.0) {
        const OneDimensionalSparsest od =
            oneDimensionalSparsest(data.X, data.y, sparsest.countBiases);
        if (od.hasNetwork && od.nonzeros < out.interpolantNonzeros) {
            out.interpolant->net = od.net;
            out.interpolant->kinks = od.minKinks;
            out.interpolant->maxResidual = od.maxResidual;
            out.interpolantNonzeros = od.nonzeros;
        }
    }
    const ShallowReluNet& net = out.interpolant->net;
    const double fitLimit = sparsest.epsilon + 1e-9 * (1.0 + data.y.cwiseAbs().maxCoeff());
    if (out.interpolant->maxResidual > fitLimit) return;  // rounding on extreme data
    if (net.width() > effectiveWidth(sparsest, data.samples())) return;
    out.boundsSource = SparsestBoundsSource::Interpolant;
    // Raised only where the network does not fit under the bound, then with a little room above
    // its largest entry so its refit LP does not fail on rounding.
    const auto raise = [](double largest, double& bound) {
        if (largest <= bound) return false;
        bound = largest * (1.0 + 1e-6) + 1e-9;
        return true;
    };
    if (net.width() > 0) {
        const bool w = raise(net.W.cwiseAbs().maxCoeff(), sparsest.wBound);
        const bool b = raise(net.b.cwiseAbs().maxCoeff(), sparsest.bBound);
        out.boundsRaised = w || b;
    }
}

}  // namespace

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
    out.givenBounds = {sparsest.wBound, sparsest.bBound};
    const ShallowReluNet* start = nullptr;
    if (!stop.stop_requested()) {
        const TrainResult* chosen = pickSparsestFit(out.trained, data, config.fitTolerance);
        if (chosen) {
            out.chosen = static_cast<int>(chosen - out.trained.data());
            out.bounds = boundsFromModel(chosen->net, config.margin);
            out.chosenFits = pipelineModelFits(*chosen, data, config.fitTolerance);
        }
        if (out.chosenFits) {
            out.boundsSource = SparsestBoundsSource::TrainedModel;
            sparsest.wBound = out.bounds.wBound;
            sparsest.bBound = out.bounds.bBound;
            if (config.warmStart) start = &chosen->net;
        } else {
            useInterpolant(data, sparsest, out);
            if (out.boundsSource == SparsestBoundsSource::Interpolant && config.warmStart)
                start = &out.interpolant->net;
        }
    }
    out.bounds = {sparsest.wBound, sparsest.bBound};
    if (hooks.onTrained) hooks.onTrained(out, sparsest);
    if (out.chosen < 0) return out;
    out.sparsest =
        solveSparsest(data.X, data.y, sparsest, config.milp, hooks.milp, stop, start, backend);
    out.solved = true;
    return out;
}

}  // namespace smip
