#include "core/adversarial/lp_tightening.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/adversarial/mlp_milp_encoder.h"

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

// The relaxation with objective c·h in the given sense.
MilpProblem withObjective(const RelaxedLayerLp& lp, const Eigen::VectorXd& c,
                          ObjectiveSense sense) {
    MilpProblem p = lp.problem;
    for (auto& col : p.columns)
        col.cost = 0.0;
    for (std::size_t k = 0; k < lp.activations.size(); ++k)
        if (lp.activations[k] >= 0) p.columns[lp.activations[k]].cost = c(Eigen::Index(k));
    p.sense = sense;
    p.objectiveOffset = 0.0;
    return p;
}

// c·h at an optimal LP solution; false when the LP did not end optimal. Recomputed from the
// solution rather than trusting how the offset is reported.
bool optimalValue(const RelaxedLayerLp& lp, const Eigen::VectorXd& c, const MilpResult& r,
                  double& value) {
    if (r.status != MilpStatus::Optimal || !r.hasSolution ||
        r.solution.size() != lp.problem.columns.size())
        return false;
    value = 0.0;
    for (std::size_t k = 0; k < lp.activations.size(); ++k)
        if (lp.activations[k] >= 0) value += c(Eigen::Index(k)) * r.solution[lp.activations[k]];
    return std::isfinite(value);
}

}  // namespace

void lpLinearRanges(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                    const Eigen::VectorXd& inHi, const NetworkBounds& bounds, int hiddenLayers,
                    std::vector<LinearRange>& ranges, double timeLimit, LpTighteningReport& report,
                    std::stop_token stop, const MilpBackend& backend) {
    if (ranges.empty()) return;
    const RelaxedLayerLp lp = buildRelaxation(net, inLo, inHi, bounds, hiddenLayers);
    // Problems 2k and 2k+1 minimize and maximize range k.
    std::vector<MilpProblem> problems;
    problems.reserve(2 * ranges.size());
    for (const LinearRange& range : ranges) {
        problems.push_back(withObjective(lp, range.c, ObjectiveSense::Minimize));
        problems.push_back(withObjective(lp, range.c, ObjectiveSense::Maximize));
    }
    MilpOptions options;
    options.timeLimitSeconds = timeLimit;
    options.logLevel = 0;
    const std::vector<MilpResult> results =
        backend.solveMany(problems, std::vector<MilpOptions>(problems.size(), options), {}, stop);
    for (std::size_t k = 0; k < ranges.size(); ++k) {
        LinearRange& range = ranges[k];
        for (const int side : {0, 1}) {
            const MilpResult& r = results[2 * k + side];
            if (r.status == MilpStatus::Cancelled) {  // stopped or never started: not a failure
                report.cancelled = true;
                continue;
            }
            ++report.lpSolves;
            double v = 0.0;
            if (!optimalValue(lp, range.c, r, v)) {
                ++report.lpFailures;
                continue;
            }
            const double bound = v + range.d;
            if (side == 0)
                range.lo = std::max(range.lo, bound - slack(bound));
            else
                range.hi = std::min(range.hi, bound + slack(bound));
        }
    }
    if (stop.stop_requested()) report.cancelled = true;
}

LpTighteningReport tightenBoundsLp(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                                   const Eigen::VectorXd& inHi, NetworkBounds& bounds,
                                   const LpTighteningOptions& options, std::stop_token stop,
                                   const MilpBackend& backend) {
    LpTighteningReport report;
    const auto t0 = std::chrono::steady_clock::now();
    // Layer 1 (index 0) is a linear function of the box: interval bounds are already exact.
    for (int l = 1; l < net.hiddenLayerCount() && !report.cancelled; ++l) {
        std::vector<int> todo;
        for (int i = 0; i < bounds.lower[l].size(); ++i)
            if (!options.onlyUnstable || (bounds.lower[l](i) < 0.0 && bounds.upper[l](i) > 0.0))
                todo.push_back(i);
        if (options.onLayer) options.onLayer(l, static_cast<int>(todo.size()));
        std::vector<LinearRange> ranges;
        ranges.reserve(todo.size());
        for (int i : todo)
            ranges.push_back({net.weights[l].row(i).transpose(), net.biases[l](i),
                              bounds.lower[l](i), bounds.upper[l](i)});
        lpLinearRanges(net, inLo, inHi, bounds, l, ranges, options.timeLimitPerLp, report, stop,
                       backend);
        for (std::size_t k = 0; k < todo.size(); ++k) {
            bounds.lower[l](todo[k]) = ranges[k].lo;
            bounds.upper[l](todo[k]) = ranges[k].hi;
        }
        // Later layers start from the tightened intervals (intersected with what they had).
        propagateIntervals(net, inLo, inHi, l + 1, bounds);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return report;
}

}  // namespace smip
