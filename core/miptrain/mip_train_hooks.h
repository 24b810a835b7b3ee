#pragma once
// Progress hooks of MIP training. All callbacks run on the training (worker) thread; a GUI copies
// the values into a sample buffer and draws them on its own timer.
#include <functional>
#include <string>

#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"
#include "core/miptrain/mip_evaluation.h"
#include "core/miptrain/mip_network.h"

namespace smip {

/// Where training is. Fields are structured for a GUI; `text` is an English summary for the CLI.
struct MipTrainStage {
    std::string method;  ///< methodId() or "sgd"
    int layer = 0;       ///< layer-wise: 1-based stage, else 0
    int layers = 0;      ///< layer-wise: number of stages
    int iteration = 0;   ///< Lagrangian: 1-based iteration, else 0
    int block = 0;       ///< Lagrangian: 1-based block being solved, else 0
    int blocks = 0;
    std::string text;  ///< e.g. "layer 2 of 3", "iteration 7, block 3 of 4"
};

/// One Lagrangian iteration (Patil & Mintz's decomposition, finished).
struct LagrangianRecord {
    int iteration = 0;             ///< 1-based
    double seconds = 0.0;          ///< since the decomposition started
    double iterationBound = 0.0;   ///< L(λ_k): valid lower bound on the full MILP optimum
    double dualBound = 0.0;        ///< best L(λ) so far
    double bestPrimal = 0.0;       ///< best real network's objective so far (NaN when none)
    double step = 0.0;             ///< subgradient step size used after this iteration
    double subgradientNorm = 0.0;  ///< ‖θ_b − consensus‖ over all blocks
};

/// An incumbent network of the full MIP as the search finds it (the SGD start first).
/// trainFullMip fills the network and the solver's numbers; runMipTraining adds the re-evaluation
/// on the training and test data before the caller's hook sees it.
struct MipLiveNetwork {
    double seconds = 0.0;    ///< since the MILP solve started (0 for the start)
    double objective = 0.0;  ///< the MILP objective the solver states for it
    bool isStart = false;
    MipNetwork network;
    MipEvaluation train;  ///< filled by runMipTraining
    MipEvaluation test;   ///< samples = 0 when there is no test data
    int nonzeros = 0;     ///< nonzero parameters
};

struct MipTrainHooks {
    std::function<void(const MipTrainStage&)> onStage;
    std::function<void(const MilpProgress&)> onMilpProgress;  ///< forwarded from each MILP solve
    std::function<void(const LagrangianRecord&)> onLagrangian;
    std::function<void(const std::string&)> onLog;  ///< CBC log lines
    std::function<void(int, double)> onEpoch;       ///< SGD: epoch (1-based), mean training loss
    /// Full MIP: the start and every improved incumbent whose parameters CBC's preprocessing left
    /// readable (see MipLiveNetwork).
    std::function<void(const MipLiveNetwork&)> onNetwork;
    /// Each MILP a method solves, just before the solve, with its MIP start (MilpHooks::onModel):
    /// the full MIP as "", layer-wise stage l as "layer<l>" (also inside the hybrid), Lagrangian
    /// block b of iteration i as "it<i>-block<b>" (1-based). Not the small MILPs that complete a
    /// start from SGD's activation pattern.
    MilpModelHook onModel;
};

/// The MILP hooks that forward a solve's progress and log lines to `hooks`.
MilpHooks milpHooksOf(const MipTrainHooks& hooks);

}  // namespace smip
