#include "core/sparsest/fit_repair.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "core/sparsest/sparsest_warm_start.h"
#include "core/sparsest/verification.h"

namespace smip {

namespace {

// Below this a trained weight is off (the warm start's support rule).
constexpr double kSupportEps = 1e-6;

double maxResidual(const ShallowReluNet& net, const Eigen::MatrixXd& X, const Eigen::VectorXd& y) {
    if (X.rows() == 0) return 0.0;
    return (predict(net, X) - y).cwiseAbs().maxCoeff();
}

// Units with an output weight and at least one weight in the support, ±1 outputs.
ShallowReluNet liveUnits(const ShallowReluNet& trained) {
    const ShallowReluNet r = rescaleToUnitOutputs(trained);
    std::vector<int> keep;
    for (int k = 0; k < r.width(); ++k)
        if (r.v(k) != 0.0 &&
            (r.W.row(k).cwiseAbs().maxCoeff() > kSupportEps || std::abs(r.b(k)) > kSupportEps))
            keep.push_back(k);
    ShallowReluNet out;
    out.W.resize(static_cast<Eigen::Index>(keep.size()), r.inputs());
    out.b.resize(static_cast<Eigen::Index>(keep.size()));
    out.v.resize(static_cast<Eigen::Index>(keep.size()));
    for (std::size_t i = 0; i < keep.size(); ++i) {
        const auto k = static_cast<Eigen::Index>(i);
        out.W.row(k) = r.W.row(keep[i]);
        out.b(k) = r.b(keep[i]);
        out.v(k) = r.v(keep[i]);
    }
    return out;
}

}  // namespace

// Weights in the support free (|·| ≤ cap), the activation pattern and the fit within ε as rows,
// minimize Σ|weight| (a free weight and an absolute-value column each): the L1 norm is the LP's
// stand-in for the nonzero count, so weights the fit does not need go to 0 and the result can be
// sparser than the network it came from.
std::optional<ShallowReluNet> solveFixedPatternLp(const Eigen::MatrixXd& X,
                                                  const Eigen::VectorXd& y,
                                                  const ShallowReluNet& net,
                                                  const PatternLpOptions& options,
                                                  std::stop_token stop, const MilpBackend& backend,
                                                  std::string& why) {
    const int N = static_cast<int>(X.rows()), d = static_cast<int>(X.cols()), K = net.width();
    const bool growSupport = options.growSupport;
    const double epsilon = options.epsilon;
    // Without caps: one far above any weight a fit needs keeps the LP bounded without excluding
    // anything the pipeline would want (its bounds come from the repaired network).
    const double farCap =
        K == 0 ? 1.0
               : 1e6 * (1.0 + std::max(net.W.cwiseAbs().maxCoeff(), net.b.cwiseAbs().maxCoeff()));
    const double wCap = options.wCap > 0.0 ? options.wCap : farCap;
    const double bCap = options.bCap > 0.0 ? options.bCap : farCap;
    MilpProblem lp;
    lp.name = "sparsest_fit_repair_lp";
    // col(k, j): column of W(k, j) for j < d, of b(k) for j = d; −1 outside the support.
    std::vector<int> col(static_cast<std::size_t>(K) * (d + 1), -1);
    const auto at = [d](int k, int j) { return static_cast<std::size_t>(k) * (d + 1) + j; };
    for (int k = 0; k < K; ++k)
        for (int j = 0; j <= d; ++j) {
            const double w0 = j < d ? net.W(k, j) : net.b(k);
            if (!growSupport && std::abs(w0) <= options.supportEps) continue;
            const std::string name = std::to_string(k) + "_" + std::to_string(j);
            const double cap = j < d ? wCap : bCap;
            const int c = lp.addColumn("w_" + name, -cap, cap);
            const int t = lp.addColumn("abs_" + name, 0.0, kInf, 1.0);
            lp.addRow("above_" + name, {t, c}, {1.0, -1.0}, 0.0, kInf);  // t ≥ −w
            lp.addRow("below_" + name, {t, c}, {1.0, 1.0}, 0.0, kInf);   // t ≥ w
            col[at(k, j)] = c;
        }
    for (int n = 0; n < N; ++n) {
        std::vector<int> fitIdx;
        std::vector<double> fitVal;
        for (int k = 0; k < K; ++k) {
            std::vector<int> idx;
            std::vector<double> val;
            for (int j = 0; j <= d; ++j) {
                const int c = col[at(k, j)];
                const double x = j < d ? X(n, j) : 1.0;
                if (c < 0 || x == 0.0) continue;
                idx.push_back(c);
                val.push_back(x);
            }
            if (idx.empty()) continue;
            const bool on = X.row(n).dot(net.W.row(k)) + net.b(k) > 0.0;
            lp.addRow("pattern_" + std::to_string(n) + "_" + std::to_string(k), idx, val,
                      on ? 0.0 : -kInf, on ? kInf : 0.0);
            if (!on) continue;
            for (std::size_t i = 0; i < idx.size(); ++i) {
                fitIdx.push_back(idx[i]);
                fitVal.push_back(net.v(k) * val[i]);
            }
        }
        const double lo = y(n) - epsilon, hi = y(n) + epsilon;
        if (fitIdx.empty()) {
            if (lo > 0.0 || hi < 0.0) {
                why = "no unit is active at sample " + std::to_string(n + 1);
                return std::nullopt;
            }
            continue;
        }
        lp.addRow("fit_" + std::to_string(n), fitIdx, fitVal, lo, hi);
    }
    if (lp.columns.empty()) {
        why = "the network has no nonzero weights";
        return std::nullopt;
    }
    MilpOptions lpOptions;
    lpOptions.timeLimitSeconds = 30.0;
    lpOptions.logLevel = 0;
    const MilpResult r = backend.solve(lp, lpOptions, {}, stop);
    if (!r.hasSolution) {
        why = std::string("the LP is ") + statusId(r.status);
        return std::nullopt;
    }
    ShallowReluNet out = net;
    for (int k = 0; k < K; ++k)
        for (int j = 0; j <= d; ++j) {
            const int c = col[at(k, j)];
            double w = c >= 0 ? r.solution[static_cast<std::size_t>(c)] : 0.0;
            if (std::abs(w) <= 1e-9) w = 0.0;  // left the support: one nonzero fewer
            (j < d ? out.W(k, j) : out.b(k)) =
                std::clamp(w, -(j < d ? wCap : bCap), j < d ? wCap : bCap);
        }
    return out;
}

FitRepair repairToFit(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                      const ShallowReluNet& trained, bool countBiases, double epsilon,
                      std::stop_token stop, const MilpBackend& backend) {
    FitRepair out;
    const double limit = exactFitLimit(y, epsilon);
    const ShallowReluNet net = liveUnits(trained);
    out.residualBefore = maxResidual(net, X, y);
    const auto accept = [&](const ShallowReluNet& candidate) {
        out.net = candidate;
        out.residual = maxResidual(candidate, X, y);
        out.nonzeros = countSparsestNonzeros(candidate, countBiases);
        out.fits = out.residual <= limit;
        return out.fits;
    };
    if (X.rows() == 0 || trained.inputs() != X.cols()) {
        out.message = "the network does not match the data";
        return out;
    }
    if (accept(net)) {
        out.message = "fits as trained";
        return out;
    }
    if (net.width() == 0) {
        out.message = "the network has no nonzero weights";
        return out;
    }
    // The LP's own tolerances leave ~1e-9 residuals; the fit is asked for with a little room so
    // that the re-evaluation in double precision accepts it.
    const double target = std::max(0.0, epsilon - 1e-12) + 0.25 * (limit - epsilon);
    std::string why;
    if (auto fixed =
            solveFixedPatternLp(X, y, net, {false, kSupportEps, target}, stop, backend, why)) {
        out.changed = true;
        if (accept(*fixed)) {
            out.message = "weights re-solved with the trained support and pattern";
            return out;
        }
        why = "the LP's weights miss the fit by " + std::to_string(out.residual);
    }
    std::string grownWhy;
    if (auto grown =
            solveFixedPatternLp(X, y, net, {true, kSupportEps, target}, stop, backend, grownWhy)) {
        out.changed = true;
        out.supportGrown = true;
        if (accept(*grown)) {
            out.message =
                "weights re-solved with the trained pattern and all weights of its "
                "units (the trained support alone: " +
                why + ")";
            return out;
        }
        grownWhy = "the LP's weights miss the fit by " + std::to_string(out.residual);
    }
    out.fits = false;
    out.net = net;
    out.residual = out.residualBefore;
    out.nonzeros = countSparsestNonzeros(net, countBiases);
    out.message =
        "no fit with the trained pattern (" + why + "; with all weights: " + grownWhy + ")";
    return out;
}

ShallowReluNet smallestWeightsOf(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                 const ShallowReluNet& net, bool countBiases, double epsilon,
                                 std::stop_token stop, const MilpBackend& backend) {
    const double limit = exactFitLimit(y, epsilon);
    const ShallowReluNet live = liveUnits(net);
    if (X.rows() == 0 || live.width() == 0 || maxResidual(live, X, y) > limit) return net;
    const double target = std::max(0.0, epsilon - 1e-12) + 0.25 * (limit - epsilon);
    std::string why;
    const auto smaller =
        solveFixedPatternLp(X, y, live, {false, kSupportEps, target}, stop, backend, why);
    if (!smaller || maxResidual(*smaller, X, y) > limit ||
        countSparsestNonzeros(*smaller, countBiases) > countSparsestNonzeros(net, countBiases))
        return net;
    return *smaller;
}

}  // namespace smip
