#include "core/miptrain/lagrangian_decomposition.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "core/miptrain/mip_evaluation.h"
#include "core/miptrain/mip_start.h"

namespace smip {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A valid lower bound on one block's optimum, or NaN. Only the bound is used, never the incumbent:
// a block stopped by a limit may have a poor incumbent, and L(λ) must stay a lower bound.
double blockBound(const MilpResult& r) {
    if (r.status == MilpStatus::Error || r.status == MilpStatus::Infeasible ||
        r.status == MilpStatus::Unbounded)
        return kNaN;
    double b = std::isfinite(r.bestBound) ? r.bestBound : kNaN;
    if (r.status == MilpStatus::Optimal && r.hasSolution)
        b = std::isnan(b) ? r.objective : std::min(b, r.objective);
    return b;
}

}  // namespace

std::vector<WeightedSamples> splitSampleBlocks(const WeightedSamples& s, int blocks,
                                               std::uint64_t seed) {
    const int B = std::max(1, std::min(blocks, s.samples()));
    std::vector<int> order(static_cast<std::size_t>(s.samples()));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<std::vector<int>> rows(static_cast<std::size_t>(B));
    for (std::size_t i = 0; i < order.size(); ++i)
        rows[i % static_cast<std::size_t>(B)].push_back(order[i]);
    std::vector<WeightedSamples> out;
    for (auto& r : rows) {
        std::sort(r.begin(), r.end());
        if (!r.empty()) out.push_back(selectSamples(s, r));
    }
    return out;
}

LagrangianResult runLagrangian(const WeightedSamples& s, const MipArchitecture& arch,
                               const MipFormulation& f, const LagrangianConfig& config,
                               const MilpOptions& options, const MipTrainHooks& hooks,
                               std::stop_token stop, const MilpBackend& backend,
                               const MipNetwork* startNet) {
    using Clock = std::chrono::steady_clock;
    const auto t0 = Clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - t0).count(); };
    LagrangianResult res;
    res.bestPrimal = kNaN;
    res.dualBound = -std::numeric_limits<double>::infinity();
    res.gap = kNaN;
    if (config.blocks < 1 || config.maxIterations < 1) {
        res.message = "blocks and iterations must be at least 1";
        return res;
    }
    const auto blocks = splitSampleBlocks(s, config.blocks, config.seed);
    const int B = static_cast<int>(blocks.size());
    // The sparsity cost counts each nonzero once in the full problem: 1/B of it in every copy
    // sums to the same value at consensus.
    MipFormulation fb = f;
    fb.sparsity = f.sparsity / B;
    std::vector<NetworkMilp> milps(static_cast<std::size_t>(B));
    for (int b = 0; b < B; ++b) {
        if (!buildNetworkMilp(blocks[static_cast<std::size_t>(b)], arch, fb,
                              milps[static_cast<std::size_t>(b)], res.message))
            return res;
        res.blockSizes.push_back(blocks[static_cast<std::size_t>(b)].samples());
    }
    res.exact = milps[0].exact;
    const Eigen::Index P = static_cast<Eigen::Index>(milps[0].paramColumns.size());
    const bool avg = config.consensus == LagrangianConsensus::Average;
    std::vector<Eigen::VectorXd> lambda(static_cast<std::size_t>(B), Eigen::VectorXd::Zero(P));
    std::vector<std::vector<double>> lastSolution(static_cast<std::size_t>(B));
    // The full MILP, only for repairing primal candidates (binary units).
    NetworkMilp full;
    std::string fullError;
    const bool repairable =
        f.activation == MipActivation::Binary && buildNetworkMilp(s, arch, f, full, fullError);
    MilpOptions repairOptions = options;
    repairOptions.timeLimitSeconds = std::min(2.0, std::max(0.2, config.blockTimeLimitSeconds));
    repairOptions.logLevel = 0;
    if (startNet && f.activation == MipActivation::Binary) {
        MilpOptions so = options;
        so.timeLimitSeconds = std::min(5.0, 0.05 * options.timeLimitSeconds);
        for (int b = 0; b < B && !stop.stop_requested(); ++b) {
            const auto ub = static_cast<std::size_t>(b);
            lastSolution[ub] =
                activationPatternStart(milps[ub], blocks[ub].X, *startNet, so, stop, backend)
                    .solution;
        }
    }
    const MilpHooks blockHooks = milpHooksOf(hooks);
    int iteration = 0;
    double alpha = config.stepScale;
    int sinceImprovement = 0;
    res.status = MilpStatus::FeasibleAtLimit;
    res.message = "iteration limit";
    for (iteration = 1; iteration <= config.maxIterations; ++iteration) {
        const double left = options.timeLimitSeconds - elapsed();
        if (stop.stop_requested()) {
            res.status = MilpStatus::Cancelled;
            res.message = "cancelled";
            break;
        }
        if (left < 0.2) {
            res.message = "time limit";
            break;
        }
        std::vector<MilpProblem> problems;
        for (int b = 0; b < B; ++b) {
            problems.push_back(milps[static_cast<std::size_t>(b)].problem);
            // Cost λ_b·θ_b; for θ_b = θ_1 the first copy carries −Σ_{b≥2} λ_b.
            Eigen::VectorXd cost = lambda[static_cast<std::size_t>(b)];
            if (!avg && b == 0) {
                cost.setZero();
                for (int c = 1; c < B; ++c)
                    cost -= lambda[static_cast<std::size_t>(c)];
            }
            for (Eigen::Index p = 0; p < P; ++p)
                problems.back()
                    .columns[static_cast<std::size_t>(
                        milps[0].paramColumns[static_cast<std::size_t>(p)])]
                    .cost += cost(p);
        }
        MilpOptions opt = options;
        opt.timeLimitSeconds = std::max(0.2, std::min(config.blockTimeLimitSeconds, left));
        std::vector<MilpOptions> perBlock(static_cast<std::size_t>(B), opt);
        for (int b = 0; b < B; ++b)
            perBlock[static_cast<std::size_t>(b)].mipStart =
                lastSolution[static_cast<std::size_t>(b)];
        if (hooks.onStage)
            hooks.onStage({"lagrangian", 0, 0, iteration, 0, B,
                           "iteration " + std::to_string(iteration) + ": " + std::to_string(B) +
                               " block MILPs"});
        if (hooks.onModel)
            for (std::size_t b = 0; b < problems.size(); ++b)
                hooks.onModel("it" + std::to_string(iteration) + "-block" + std::to_string(b + 1),
                              problems[b], perBlock[b].mipStart);
        const auto results = backend.solveMany(problems, perBlock, blockHooks, stop);
        if (stop.stop_requested()) {
            res.status = MilpStatus::Cancelled;
            res.message = "cancelled";
            break;
        }
        double Lk = 0.0;
        bool allSolved = true;
        std::vector<Eigen::VectorXd> theta(static_cast<std::size_t>(B));
        for (int b = 0; b < B; ++b) {
            const auto& r = results[static_cast<std::size_t>(b)];
            Lk += blockBound(r);
            if (r.hasSolution) {
                theta[static_cast<std::size_t>(b)] =
                    decodeNetworkMilp(milps[static_cast<std::size_t>(b)], r.solution).flatten();
                lastSolution[static_cast<std::size_t>(b)] = r.solution;
            } else {
                allSolved = false;
            }
        }
        // Primal side: every block's network and their average, evaluated on all samples.
        std::vector<Eigen::VectorXd> cands;
        Eigen::VectorXd mean = Eigen::VectorXd::Zero(P);
        for (const auto& t : theta)
            if (t.size()) cands.push_back(t), mean += t;
        if (!cands.empty()) cands.push_back(mean / static_cast<double>(cands.size()));
        for (const auto& t : cands) {
            MipNetwork net = zeroMipNetwork(arch, f.activation);
            net.unflatten(t);
            // A block's weights often violate the margin on other blocks' samples. Repair: keep
            // the candidate's activation pattern on all samples and let the full MILP restricted
            // to it re-fit the hidden weights and choose the output layer (mip_start.h).
            if (!mipFeasible(net, s, f) && repairable && !stop.stop_requested()) {
                const PatternStart ps =
                    activationPatternStart(full, s.X, net, repairOptions, stop, backend);
                if (!ps.solution.empty()) net = decodeNetworkMilp(full, ps.solution);
            }
            if (!mipFeasible(net, s, f)) continue;  // margin violated: not a point of the MILP
            const double v = mipObjectiveValue(net, s, f);
            if (!res.hasPrimal || v < res.bestPrimal) {
                res.hasPrimal = true;
                res.bestPrimal = v;
                res.best = net;
            }
        }
        LagrangianRecord rec;
        rec.iteration = iteration;
        rec.iterationBound = Lk;
        if (!std::isnan(Lk) && Lk > res.dualBound + 1e-9) {
            res.dualBound = Lk;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= 3) {
            alpha *= 0.5;
            sinceImprovement = 0;
        }
        rec.dualBound = res.dualBound;
        rec.bestPrimal = res.hasPrimal ? res.bestPrimal : kNaN;
        // Subgradient of L at λ: θ_b − consensus (θ̄ = mean keeps Σ_b λ_b = 0), or θ_b − θ_1.
        double norm2 = 0.0;
        std::vector<Eigen::VectorXd> g(static_cast<std::size_t>(B), Eigen::VectorXd::Zero(P));
        if (allSolved) {
            const Eigen::VectorXd ref = avg ? Eigen::VectorXd(mean / B) : theta[0];
            for (int b = avg ? 0 : 1; b < B; ++b) {
                g[static_cast<std::size_t>(b)] = theta[static_cast<std::size_t>(b)] - ref;
                norm2 += g[static_cast<std::size_t>(b)].squaredNorm();
            }
        }
        rec.subgradientNorm = std::sqrt(norm2);
        if (res.hasPrimal && std::isfinite(res.dualBound))
            res.gap = (res.bestPrimal - res.dualBound) / std::max(1e-9, std::abs(res.bestPrimal));
        double step = 0.0;
        if (allSolved && norm2 > 1e-12) {
            if (config.step == LagrangianStep::Polyak && res.hasPrimal && !std::isnan(Lk))
                step = alpha * std::max(0.0, res.bestPrimal - Lk) / norm2;
            else
                step = config.stepScale / (iteration * std::sqrt(norm2));
            for (int b = 0; b < B; ++b)
                lambda[static_cast<std::size_t>(b)] += step * g[static_cast<std::size_t>(b)];
        }
        rec.step = step;
        rec.seconds = elapsed();
        res.history.push_back(rec);
        if (hooks.onLagrangian) hooks.onLagrangian(rec);
        if (!std::isnan(res.gap) && res.gap <= config.gapTolerance) {
            res.status = MilpStatus::Optimal;
            res.message = "gap closed";
            break;
        }
        if (allSolved && norm2 <= 1e-12 && !std::isnan(Lk)) {
            res.message = "consensus reached";
            break;
        }
    }
    if (iteration > config.maxIterations) res.message = "iteration limit";
    if (!res.hasPrimal && res.status != MilpStatus::Cancelled)
        res.status = MilpStatus::NoSolutionAtLimit;
    res.seconds = elapsed();
    return res;
}

}  // namespace smip
