#include "core/sparsest/sparsest_pipeline.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/session/model_choice.h"
#include "core/sparsest/fit_repair.h"
#include "core/sparsest/oned_exact.h"
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

// Raises (never lowers) the config's bounds until they hold `net`, with a little room above its
// largest entry so its refit LP does not fail on rounding. True when a bound moved.
bool raiseToHold(const ShallowReluNet& net, SparsestConfig& sparsest) {
    if (net.width() == 0) return false;
    const auto raise = [](double largest, double& bound) {
        if (largest <= bound) return false;
        bound = largest * (1.0 + 1e-6) + 1e-9;
        return true;
    };
    const bool w = raise(net.W.cwiseAbs().maxCoeff(), sparsest.wBound);
    const bool b = raise(net.b.cwiseAbs().maxCoeff(), sparsest.bBound);
    return w || b;
}

// The sparsest 1-D network the pipeline can find before the solve (one input, exact fit): the
// sweep's kink network, then the slot MILP's (oned_exact.h) from it when that is sparser. The slot
// MILP searches a box ten times the kink network's largest weight and bias: the sparsest network
// often needs steeper pieces than the kink network (measured on random 1-D sets), and the bounds
// are then raised to hold what it finds.
struct OneDimensionalFound {
    ShallowReluNet net;
    int nonzeros = 0;
    int kinks = 0;
    double maxResidual = 0.0;
};

std::optional<OneDimensionalFound> oneDimensionalNetwork(const Dataset& data,
                                                         const SparsestPipelineConfig& config,
                                                         const SparsestConfig& sparsest,
                                                         std::stop_token stop,
                                                         const MilpBackend& backend) {
    if (data.features() != 1 || sparsest.epsilon != 0.0) return std::nullopt;
    const OneDimensionalSparsest od = oneDimensionalSparsest(data.X, data.y, sparsest.countBiases);
    if (!od.hasNetwork) return std::nullopt;
    OneDimensionalFound found{od.net, od.nonzeros, od.minKinks, od.maxResidual};
    if (!sparsest.countBiases || od.nonzeros <= od.lowerBound || od.net.width() == 0 ||
        stop.stop_requested())
        return found;
    OneDimensionalExactOptions o;
    o.wBound = 10.0 * std::max(sparsest.wBound, od.net.W.cwiseAbs().maxCoeff());
    o.bBound = 10.0 * std::max(sparsest.bBound, od.net.b.cwiseAbs().maxCoeff());
    o.start = &od.net;
    o.knownLowerBound = od.lowerBound;
    o.timeLimitSeconds = withRankBudget(sparsest, config.milp.timeLimitSeconds).rankBoundSeconds;
    const OneDimensionalExact ex = solveOneDimensionalExact(data.X, data.y, o, stop, backend);
    if (ex.hasNetwork && ex.nonzeros < found.nonzeros)
        found = {ex.net, ex.nonzeros, od.minKinks, ex.maxResidual};
    return found;
}

// No trained model fits: a model that does not fit says nothing about the weights a fitting
// network needs. The interpolating network is a network that fits; the bounds are raised (never
// lowered) until they hold it, and it becomes the start, so the MILP cannot end worse than it.
void useInterpolant(const Dataset& data, const SparsestPipelineConfig& config,
                    SparsestConfig& sparsest, SparsestPipelineResult& out, std::stop_token stop,
                    const MilpBackend& backend) {
    out.interpolant = interpolatingNetwork(data.X, data.y);
    if (!out.interpolant) return;
    out.interpolantNonzeros = countSparsestNonzeros(out.interpolant->net, sparsest.countBiases);
    // One input, exact fit: the 1-D networks interpolate too, with the fewest kinks (about half
    // the units of the one-kink-per-slope-change interpolant on random points) or fewer nonzeros.
    if (const auto od = oneDimensionalNetwork(data, config, sparsest, stop, backend);
        od && od->nonzeros < out.interpolantNonzeros) {
        out.interpolant->net = od->net;
        out.interpolant->kinks = od->kinks;
        out.interpolant->maxResidual = od->maxResidual;
        out.interpolantNonzeros = od->nonzeros;
    }
    const ShallowReluNet& net = out.interpolant->net;
    if (out.interpolant->maxResidual > exactFitLimit(data.y, sparsest.epsilon))
        return;  // rounding on extreme data
    if (net.width() > effectiveWidth(sparsest, data.samples())) return;
    out.boundsSource = SparsestBoundsSource::Interpolant;
    out.boundsRaised = raiseToHold(net, sparsest);
}

// Every trained model that did not diverge, repaired to fit exactly (fit_repair.h); the index of
// the one with the fewest nonzeros after repair (ties: the lower training MSE), or −1.
int repairSparsest(const Dataset& data, const SparsestPipelineConfig& config,
                   const std::vector<TrainResult>& trained, std::stop_token stop,
                   const MilpBackend& backend, std::optional<FitRepair>& best) {
    int index = -1;
    for (std::size_t i = 0; i < trained.size() && !stop.stop_requested(); ++i) {
        const TrainResult& t = trained[i];
        if (t.status == TrainStatus::Diverged || !std::isfinite(t.final.mse)) continue;
        FitRepair r = repairToFit(data.X, data.y, t.net, config.sparsest.countBiases,
                                  config.sparsest.epsilon, stop, backend);
        if (!r.fits) continue;
        const bool better = !best || r.nonzeros < best->nonzeros ||
                            (r.nonzeros == best->nonzeros &&
                             t.final.mse < trained[static_cast<std::size_t>(index)].final.mse);
        if (!better) continue;
        best = std::move(r);
        index = static_cast<int>(i);
    }
    return index;
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
        // The sparsest model that fits once repaired (an LP with its pattern fixed) gives the
        // bounds and the start: a network known to fit, so the MILP cannot end worse than it.
        std::optional<FitRepair> repaired;
        const int index = repairSparsest(data, config, out.trained, stop, backend, repaired);
        if (index >= 0) {
            out.chosen = index;
            out.chosenFits = true;
            out.repair = std::move(repaired);
            out.bounds = boundsFromModel(out.repair->net, config.margin);
            out.boundsSource = SparsestBoundsSource::TrainedModel;
            sparsest.wBound = out.bounds.wBound;
            sparsest.bBound = out.bounds.bBound;
            if (config.warmStart) start = &out.repair->net;
            // One input: the 1-D kink network may be sparser; the bounds then hold it too, so
            // the solve can start from it (prepareSparsestSolve takes the sparser start).
            if (const auto od = oneDimensionalNetwork(data, config, sparsest, stop, backend);
                od && od->nonzeros < out.repair->nonzeros)
                out.boundsRaised = raiseToHold(od->net, sparsest);
        } else if (!stop.stop_requested()) {
            // Shown as the closest model; it says nothing about a fitting network's weights.
            if (const TrainResult* closest =
                    pickSparsestFit(out.trained, data, config.fitTolerance))
                out.chosen = static_cast<int>(closest - out.trained.data());
            useInterpolant(data, config, sparsest, out, stop, backend);
            if (out.boundsSource == SparsestBoundsSource::Interpolant && config.warmStart)
                start = &out.interpolant->net;
        }
    }
    out.bounds = {sparsest.wBound, sparsest.bBound};
    if (hooks.onTrained) hooks.onTrained(out, sparsest);
    if (out.chosen < 0) return out;
    out.sparsest = solveSparsest(data.X, data.y, sparsest, config.milp, hooks.milp, stop, start,
                                 backend, hooks.onRankProgress);
    out.solved = true;
    return out;
}

}  // namespace smip
