#include "core/pareto/pareto.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "core/sparsest/sparsest_solver.h"
#include "core/sparsest/sparsest_validation.h"
#include "core/sparsest/sparsest_warm_start.h"
#include "core/train/train_sequence.h"
#include "core/train/train_validation.h"

namespace smip {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One spec per (regularizer, λ): "none" once, every other id at each λ.
std::vector<RegularizerSpec> pathSpecs(const ParetoConfig& config, std::string& error) {
    std::vector<RegularizerSpec> specs;
    const std::vector<double> lambdas = paretoLambdas(config);
    for (const std::string& id : config.regularizers) {
        RegularizerSpec probe;
        if (!RegularizerSpec::parse(id, probe)) {
            error = "unknown regularizer '" + id + "'";
            return {};
        }
        if (probe.kind == RegularizerKind::None) {
            specs.push_back(probe);
            continue;
        }
        for (double lambda : lambdas) {
            RegularizerSpec s = probe;
            s.lambda = lambda;
            specs.push_back(s);
        }
    }
    return specs;
}

TrainConfig pathTrainConfig(const ParetoConfig& config) {
    TrainConfig t = config.train;
    t.countBiases = config.sparsest.countBiases;  // nonzeros counted like the MILP's objective
    return t;
}

ParetoTrainedPoint pointOf(const TrainResult& r, const Dataset& data) {
    ParetoTrainedPoint p;
    p.regularizer = r.regularizer.id();
    p.lambda = r.regularizer.kind == RegularizerKind::None ? kNaN : r.regularizer.lambda;
    p.mse = r.final.mse;
    p.maxResidual = data.samples() > 0 && std::isfinite(r.final.mse)
                        ? (predict(r.net, data.X) - data.y).cwiseAbs().maxCoeff()
                        : kNaN;
    p.nonzeros = r.final.nonzeros;
    p.activeNeurons = r.final.activeNeurons;
    p.net = r.net;
    return p;
}

// Bounds that hold every trained network (rescaled to ±1 output weights), never below the
// config's: then every trained point within ε is a feasible MILP solution at ε.
SparsestBounds boundsHoldingAll(const std::vector<ParetoTrainedPoint>& points,
                                const ParetoConfig& config) {
    SparsestBounds b{config.sparsest.wBound, config.sparsest.bBound};
    for (const auto& p : points) {
        if (!std::isfinite(p.maxResidual)) continue;
        const SparsestBounds own = boundsFromModel(p.net, config.margin);
        b.wBound = std::max(b.wBound, own.wBound);
        b.bBound = std::max(b.bBound, own.bBound);
    }
    return b;
}

// The sparsest trained point within ε (ties: the smaller residual), or nullptr.
const ParetoTrainedPoint* sparsestWithin(const std::vector<ParetoTrainedPoint>& points,
                                         double epsilon) {
    const ParetoTrainedPoint* best = nullptr;
    for (const auto& p : points) {
        if (!(p.maxResidual <= epsilon)) continue;
        if (!best || p.nonzeros < best->nonzeros ||
            (p.nonzeros == best->nonzeros && p.maxResidual < best->maxResidual))
            best = &p;
    }
    return best;
}

std::string describe(const ParetoTrainedPoint& p) {
    std::ostringstream s;
    s << p.regularizer;
    if (std::isfinite(p.lambda)) s << " λ=" << p.lambda;
    return s.str();
}

ParetoFrontierPoint frontierPoint(double epsilon, const SparsestResult& r,
                                  const ParetoTrainedPoint* start) {
    ParetoFrontierPoint f;
    f.epsilon = epsilon;
    f.status = statusId(r.milp.status);
    f.bestBound = r.milp.bestBound;
    f.seconds = r.totalSeconds;
    f.start = start ? describe(*start) : std::string();
    const bool verified = r.hasNetwork && r.verification.passed;
    if (verified) {
        f.nonzeros = r.verification.nonzeros;
        f.maxResidual = r.verification.maxResidual;
    } else if (r.hasNetwork) {
        f.status = "verification_failed";
    }
    f.proven = verified && r.milp.status == MilpStatus::Optimal;
    if (f.proven) f.bestBound = f.nonzeros;
    return f;
}

}  // namespace

std::vector<double> paretoLambdas(const ParetoConfig& config) {
    std::vector<double> out;
    const int n = std::max(1, config.lambdas);
    const double lo = std::log(config.lambdaMin), hi = std::log(config.lambdaMax);
    for (int i = 0; i < n; ++i)
        out.push_back(n == 1 ? config.lambdaMin : std::exp(lo + (hi - lo) * i / (n - 1)));
    return out;
}

ConfigIssues validatePareto(const Dataset& data, const ParetoConfig& config) {
    ConfigIssues issues;
    issues.require(!config.regularizers.empty(), "regularizers", "name at least one regularizer");
    issues.require(config.lambdas >= 1, "lambdas", "the number of λ values must be at least 1");
    issues.require(config.lambdaMin > 0.0 && std::isfinite(config.lambdaMax) &&
                       config.lambdaMin <= config.lambdaMax,
                   "lambda-min", "λ must satisfy 0 < λ_min ≤ λ_max");
    issues.require(!config.epsilons.empty(), "epsilons", "name at least one fit tolerance");
    for (double e : config.epsilons)
        issues.require(std::isfinite(e) && e >= 0.0, "epsilons",
                       "every fit tolerance must be a finite number ≥ 0");
    issues.require(config.timeLimitSeconds > 0.0, "time-limit", "the time limit must be positive");
    std::string error;
    const std::vector<RegularizerSpec> specs = pathSpecs(config, error);
    if (!error.empty()) issues.invalid("regularizers", error);
    if (!issues.canStart()) return issues;
    issues.append(validateSparsest(data.X, data.y, config.sparsest));
    issues.append(validateTraining(data, effectiveWidth(config.sparsest, data.samples()), specs,
                                   pathTrainConfig(config)));
    return issues;
}

ParetoResult runPareto(const Dataset& data, const ParetoConfig& config, const ParetoHooks& hooks,
                       std::stop_token stop, const MilpBackend& backend) {
    const auto t0 = std::chrono::steady_clock::now();
    std::string error;
    const std::vector<RegularizerSpec> specs = pathSpecs(config, error);
    if (!error.empty()) throw std::invalid_argument(error);
    ParetoResult out;
    const int width = effectiveWidth(config.sparsest, data.samples());
    const ShallowReluNet init = initShallowNet(data.features(), width, config.initSeed);
    const std::vector<TrainResult> trained = trainRegularizers(
        data, init, specs, pathTrainConfig(config), {}, stop, config.trainThreads);
    for (const TrainResult& r : trained)
        if (r.status != TrainStatus::Cancelled) out.trained.push_back(pointOf(r, data));
    if (hooks.onTrained) hooks.onTrained(out.trained);
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    if (stop.stop_requested()) {
        out.cancelled = true;
        out.seconds = elapsed();
        return out;
    }
    SparsestConfig sparsest = config.sparsest;
    const SparsestBounds bounds = boundsHoldingAll(out.trained, config);
    sparsest.wBound = out.wBound = bounds.wBound;
    sparsest.bBound = out.bBound = bounds.bBound;
    MilpOptions milp;
    milp.timeLimitSeconds = config.timeLimitSeconds;
    milp.logLevel = 0;
    for (std::size_t i = 0; i < config.epsilons.size() && !stop.stop_requested(); ++i) {
        const double epsilon = config.epsilons[i];
        if (hooks.onFrontierStart) hooks.onFrontierStart(static_cast<int>(i), epsilon);
        sparsest.epsilon = epsilon;
        const ParetoTrainedPoint* start = sparsestWithin(out.trained, epsilon);
        const SparsestResult r =
            solveSparsest(data.X, data.y, withRankBudget(sparsest, config.timeLimitSeconds), milp,
                          hooks.milp, stop, start ? &start->net : nullptr, backend);
        out.frontier.push_back(frontierPoint(epsilon, r, start));
        if (hooks.onFrontier) hooks.onFrontier(out.frontier.back());
    }
    out.cancelled = stop.stop_requested();
    out.seconds = elapsed();
    return out;
}

}  // namespace smip
