#pragma once
// Lagrangian decomposition of the full training MILP over sample blocks (the decomposition Patil &
// Mintz, left unfinished): each block b trains its own copy θ_b of all parameters on its
// samples; the consensus θ_b = θ̄ (or θ_b = θ_1) is relaxed with multipliers λ_b. For any λ,
// L(λ) = Σ_b min_θ [f_b(θ) + λ_b·θ] is a lower bound on the full MILP's optimum (with Σ_b λ_b = 0
// the θ̄ term vanishes), so the best L(λ) is a live dual bound; candidate networks (each θ_b and
// their average), evaluated on all samples, give the primal side.
#include <stop_token>
#include <string>
#include <vector>

#include "core/miptrain/mip_solve.h"

namespace smip {

struct LagrangianResult {
    MilpStatus status = MilpStatus::Error;  ///< Optimal = gap closed; FeasibleAtLimit; Cancelled…
    std::string message;                    ///< why it stopped ("gap", "iterations", "time", …)
    bool hasPrimal = false;
    MipNetwork best;          ///< best MILP-feasible candidate network
    double bestPrimal = 0.0;  ///< its objective on all samples (NaN when none)
    double dualBound = 0.0;   ///< best valid lower bound (−∞ when none)
    double gap = 0.0;         ///< (primal − dual)/|primal| (NaN without both)
    std::vector<LagrangianRecord> history;
    std::vector<int> blockSizes;  ///< distinct samples per block
    double seconds = 0.0;
    bool exact =
        true;  ///< block MILPs are exact formulations (else bounds refer to the relaxation)
};

/// Seeded split of the samples into `blocks` parts (shuffle, then round-robin); empty blocks are
/// dropped when there are fewer samples than blocks.
std::vector<WeightedSamples> splitSampleBlocks(const WeightedSamples& s, int blocks,
                                               std::uint64_t seed);

/// Runs the decomposition on `s`. `options.timeLimitSeconds` bounds the whole run; each block MILP
/// gets config.blockTimeLimitSeconds (or what is left). A block stopped by its limit contributes
/// its best bound, never its incumbent, so the dual bound stays valid. The B block MILPs of an
/// iteration go to `backend.solveMany` together (a worker-process backend runs them in
/// parallel). Each block MILP starts from its own previous solution (the blocks' feasible
/// sets never change, only their costs); in the first iteration from `startNet`'s activation
/// pattern when given (binary units, mip_start.h). Worker thread.
LagrangianResult runLagrangian(const WeightedSamples& s, const MipArchitecture& arch,
                               const MipFormulation& f, const LagrangianConfig& config,
                               const MilpOptions& options, const MipTrainHooks& hooks,
                               std::stop_token stop,
                               const MilpBackend& backend = inProcessMilpBackend(),
                               const MipNetwork* startNet = nullptr);

}  // namespace smip
