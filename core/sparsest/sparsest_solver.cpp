#include "core/sparsest/sparsest_solver.h"

#include <cmath>
#include <exception>
#include <sstream>

#include "core/sparsest/sparsest_formulation.h"

namespace smip {

std::string sparsestReachabilityProblem(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                        const SparsestConfig& config) {
    const int K = effectiveWidth(config, static_cast<int>(X.rows()));
    for (Eigen::Index n = 0; n < X.rows(); ++n) {
        // |f(x_n)| ≤ Σ_k |W_k·x_n + b_k| ≤ K·(w_B·‖x_n‖₁ + b_B).
        const double reach = K * (config.wBound * X.row(n).cwiseAbs().sum() + config.bBound);
        const double need = std::abs(y(n)) - config.epsilon;
        if (need > reach) {
            std::ostringstream s;
            s << "infeasible: sample " << n << " needs |f(x)| >= " << need << " but " << K
              << " units with |w| <= " << config.wBound << ", |b| <= " << config.bBound
              << " reach at most " << reach << "; increase the weight bounds, the width or epsilon";
            return s.str();
        }
    }
    return {};
}

SparsestResult finishSparsestResult(const SparsestModel& model, MilpResult milp,
                                    SparsestWarmStartInfo warmStart) {
    SparsestResult r;
    r.config = model.config;
    r.size = estimateSparsestSize(model.samples, model.inputs, model.config);
    r.warmStart = std::move(warmStart);
    if (milp.status == MilpStatus::Infeasible) {
        std::ostringstream s;
        s << "no network of width " << model.config.width << " with |w| <= " << model.config.wBound
          << " and |b| <= " << model.config.bBound
          << " fits the data within epsilon = " << model.config.epsilon
          << "; increase the bounds, the width or epsilon";
        if (!milp.message.empty()) s << " (solver: " << milp.message << ")";
        milp.message = s.str();
    }
    r.milp = std::move(milp);
    if (!r.milp.hasSolution) {
        r.verification.reason = "no solution to verify";
        return r;
    }
    SparsestDecoded dec = decodeSparsestSolution(model, r.milp.solution);
    if (!dec.error.empty()) {
        r.verification.reason = "decode failed: " + dec.error;
        return r;
    }
    r.hasNetwork = true;
    r.net = std::move(dec.net);
    r.verification = verifySparsestNetwork(model, r.net, r.milp.objective);
    return r;
}

SparsestResult solveSparsest(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                             const SparsestConfig& config, const MilpOptions& milpOptions,
                             const MilpHooks& hooks, std::stop_token stop,
                             const ShallowReluNet* warmStartFrom) {
    SparsestResult r;
    r.config = config;
    const std::string bad = validateSparsestInput(X, y, config);
    if (!bad.empty()) {
        r.milp.status = MilpStatus::Error;
        r.milp.message = bad;
        r.verification.reason = "not solved";
        return r;
    }
    r.config.width = effectiveWidth(config, static_cast<int>(X.rows()));
    r.size = estimateSparsestSize(static_cast<int>(X.rows()), static_cast<int>(X.cols()), config);
    const std::string unreachable = sparsestReachabilityProblem(X, y, config);
    if (!unreachable.empty()) {
        r.milp.status = MilpStatus::Infeasible;
        r.milp.message = unreachable;
        r.verification.reason = "not solved";
        return r;
    }
    try {
        const SparsestModel model = buildSparsestMilp(X, y, config);
        MilpOptions options = milpOptions;
        SparsestWarmStartInfo warm;
        if (warmStartFrom != nullptr) {
            std::vector<double> start;
            warm = buildSparsestWarmStart(model, *warmStartFrom, start, 1e-6, stop);
            if (warm.feasible) options.mipStart = std::move(start);
        }
        MilpResult milp = solveMilp(model.problem, options, hooks, stop);
        // A stop that lands inside CBC's presolve can come back as "infeasible" (measured with
        // the runner of this release); after a stop request only our own pre-check may claim it.
        if (stop.stop_requested() && milp.status == MilpStatus::Infeasible) {
            milp.status = MilpStatus::Cancelled;
            milp.message = "cancelled before the search completed";
        }
        return finishSparsestResult(model, std::move(milp), std::move(warm));
    } catch (const std::exception& e) {
        // bad_alloc for a huge model, or a broken precondition: report, never crash the caller.
        r.milp.status = MilpStatus::Error;
        r.milp.message = std::string("sparsest solve failed: ") + e.what();
        r.verification.reason = "not solved";
        return r;
    }
}

}  // namespace smip
