#include "core/adversarial/lp_tightening.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/adversarial/mlp_milp_encoder.h"
#include "core/milp/milp_solver.h"

namespace smip {
namespace {

// An LP optimum is exact only up to the solver's tolerances: widen by a hair so the bound stays
// valid (it is still intersected with the old one, so it never loosens).
double slack(double v) {
    return 1e-7 * (1.0 + std::abs(v));
}

struct RelaxedLayerLp {
    MilpProblem problem;
    std::vector<int> activations;  // columns of h (−1 = constant zero)
};

RelaxedLayerLp buildRelaxation(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                               const Eigen::VectorXd& inHi, const NetworkBounds& bounds,
                               int hiddenLayers) {
    RelaxedLayerLp lp;
    lp.problem.name = "tighten_layer" + std::to_string(hiddenLayers + 1);
    MlpEncodeOptions opt;
    opt.hiddenLayers = hiddenLayers;
    opt.relaxBinaries = true;
    const MlpEncoding enc = encodeMlp(net, bounds, inLo, inHi, lp.problem, opt);
    lp.activations = hiddenLayers == 0 ? enc.inputCols : enc.hiddenCols.back();
    return lp;
}

// Optimizes c·h over the prepared relaxation in one sense; false when not optimal.
bool optimize(RelaxedLayerLp& lp, const Eigen::VectorXd& c, ObjectiveSense sense, double timeLimit,
              double& value, LpTighteningReport& report) {
    for (auto& col : lp.problem.columns)
        col.cost = 0.0;
    for (std::size_t k = 0; k < lp.activations.size(); ++k)
        if (lp.activations[k] >= 0)
            lp.problem.columns[lp.activations[k]].cost = c(static_cast<Eigen::Index>(k));
    lp.problem.sense = sense;
    lp.problem.objectiveOffset = 0.0;
    MilpOptions options;
    options.timeLimitSeconds = timeLimit;
    options.logLevel = 0;
    const MilpResult r = solveMilp(lp.problem, options);
    ++report.lpSolves;
    if (r.status != MilpStatus::Optimal || !r.hasSolution) {
        ++report.lpFailures;
        return false;
    }
    // Recompute c·h from the solution rather than trusting how the offset is reported.
    value = 0.0;
    for (std::size_t k = 0; k < lp.activations.size(); ++k)
        if (lp.activations[k] >= 0)
            value += c(static_cast<Eigen::Index>(k)) * r.solution[lp.activations[k]];
    return std::isfinite(value);
}

}  // namespace

bool lpLinearRange(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                   const Eigen::VectorXd& inHi, const NetworkBounds& bounds, int hiddenLayers,
                   const Eigen::VectorXd& c, double d, double timeLimit, double& lo, double& hi,
                   LpTighteningReport& report) {
    RelaxedLayerLp lp = buildRelaxation(net, inLo, inHi, bounds, hiddenLayers);
    double vmin = 0.0, vmax = 0.0;
    const bool okMin = optimize(lp, c, ObjectiveSense::Minimize, timeLimit, vmin, report);
    const bool okMax = optimize(lp, c, ObjectiveSense::Maximize, timeLimit, vmax, report);
    if (okMin) lo = std::max(lo, vmin + d - slack(vmin + d));
    if (okMax) hi = std::min(hi, vmax + d + slack(vmax + d));
    return okMin && okMax;
}

LpTighteningReport tightenBoundsLp(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                                   const Eigen::VectorXd& inHi, NetworkBounds& bounds,
                                   const LpTighteningOptions& options, std::stop_token stop) {
    LpTighteningReport report;
    const auto t0 = std::chrono::steady_clock::now();
    // Layer 1 (index 0) is a linear function of the box: interval bounds are already exact.
    for (int l = 1; l < net.hiddenLayerCount() && !report.cancelled; ++l) {
        std::vector<int> todo;
        for (int i = 0; i < bounds.lower[l].size(); ++i)
            if (!options.onlyUnstable || (bounds.lower[l](i) < 0.0 && bounds.upper[l](i) > 0.0))
                todo.push_back(i);
        if (options.onStage)
            options.onStage("LP tightening layer " + std::to_string(l + 1) + " (" +
                            std::to_string(todo.size()) + " neurons)");
        RelaxedLayerLp lp = buildRelaxation(net, inLo, inHi, bounds, l);
        for (int i : todo) {
            if (stop.stop_requested()) {
                report.cancelled = true;
                break;
            }
            const Eigen::VectorXd c = net.weights[l].row(i).transpose();
            const double b = net.biases[l](i);
            double v = 0.0;
            if (optimize(lp, c, ObjectiveSense::Minimize, options.timeLimitPerLp, v, report))
                bounds.lower[l](i) = std::max(bounds.lower[l](i), v + b - slack(v + b));
            if (optimize(lp, c, ObjectiveSense::Maximize, options.timeLimitPerLp, v, report))
                bounds.upper[l](i) = std::min(bounds.upper[l](i), v + b + slack(v + b));
        }
        // Later layers start from the tightened intervals (intersected with what they had).
        propagateIntervals(net, inLo, inHi, l + 1, bounds);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return report;
}

}  // namespace smip
