#pragma once
// The regularization path and the exact frontier (issue #14, "how far is each method from the
// optimum?"): for each regularizer a sweep of λ from one initialization gives trained points (fit
// error, nonzeros); over them, for a list of fit tolerances ε, the sparsest-network MILP gives the
// fewest nonzeros that fit within ε — proven, or an interval from bound to incumbent when the
// time limit ends first. The MILP's weight bounds hold every trained network (rescaled to unit
// output weights), so a trained point within ε can never be sparser than a proven optimum at ε.
// Run alike by `sparsemip pareto` and the Compare page.
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/common/config_issues.h"
#include "core/data/dataset.h"
#include "core/milp/milp_backend.h"
#include "core/sparsest/sparsest_config.h"
#include "core/train/trainer.h"

namespace smip {

struct ParetoConfig {
    /// Regularizer ids (train_sequence.h); "none" is trained once (it has no λ).
    std::vector<std::string> regularizers = {"p0.4", "p0.7", "p1.0", "wd", "l1", "group"};
    int lambdas = 12;  ///< log-spaced values from lambdaMin to lambdaMax
    double lambdaMin = 1e-4;
    double lambdaMax = 1e-1;
    std::vector<double> epsilons = {0.0, 0.01, 0.05, 0.1};
    TrainConfig train;           ///< epochs etc.; countBiases is taken from `sparsest`
    std::uint64_t initSeed = 0;  ///< the one initialization every trained point starts from
    int trainThreads = 0;        ///< ≤ 0: one per core
    /// The MILP: width (0 = N), countBiases, rank bound. Its bounds are raised to hold every
    /// trained network (max |W'|, |b'| of the rescaled nets + margin) and never lowered.
    SparsestConfig sparsest;
    double margin = 1.0;
    double timeLimitSeconds = 60.0;  ///< per frontier point
};

/// One trained network of the path.
struct ParetoTrainedPoint {
    std::string regularizer;  ///< its id ("p0.4", "wd", ...)
    double lambda = 0.0;      ///< NaN for "none"
    double mse = 0.0;
    double maxResidual = 0.0;  ///< max_n |f(x_n) − y_n|: the fit error the frontier is drawn in
    int nonzeros = 0;          ///< counted like the MILP's objective
    int activeNeurons = 0;
    ShallowReluNet net;
};

/// The sparsest network within one fit tolerance.
struct ParetoFrontierPoint {
    double epsilon = 0.0;
    int nonzeros = -1;         ///< the verified incumbent's nonzeros; −1: no network found
    double bestBound = 0.0;    ///< proven lower bound on the nonzeros within ε
    std::string status;        ///< statusId of the MILP ("optimal", "feasible_at_limit", ...)
    bool proven = false;       ///< nonzeros is the proven optimum at ε
    double seconds = 0.0;      ///< the whole solve: rank bound, start, CBC
    std::string start;         ///< the trained point the MILP started from ("p0.4 λ=0.001"), or ""
    double maxResidual = 0.0;  ///< of the incumbent network (≤ ε up to the verification tolerance)
};

struct ParetoResult {
    std::vector<ParetoTrainedPoint> trained;  ///< regularizer-major, λ ascending
    std::vector<ParetoFrontierPoint>
        frontier;                       ///< in the config's ε order; may be short if stopped
    double wBound = 0.0, bBound = 0.0;  ///< the MILP's bounds
    bool cancelled = false;
    double seconds = 0.0;
};

struct ParetoHooks {
    /// After training, with every trained point (calling thread).
    std::function<void(const std::vector<ParetoTrainedPoint>&)> onTrained;
    /// Before each frontier MILP starts: its index in the ε list (calling thread).
    std::function<void(int index, double epsilon)> onFrontierStart;
    /// After each frontier point (calling thread).
    std::function<void(const ParetoFrontierPoint&)> onFrontier;
    /// The current MILP's progress and log.
    MilpHooks milp;
};

/// The λ values of the sweep: `count` log-spaced from lambdaMin to lambdaMax (one value:
/// lambdaMin).
std::vector<double> paretoLambdas(const ParetoConfig& config);

/// Whether the run can start: regularizer ids, λ range, ε list (each ≥ 0), the training at the
/// MILP's width, the MILP itself.
ConfigIssues validatePareto(const Dataset& data, const ParetoConfig& config);

/// Trains the path (both cores), then solves one MILP per ε on `backend`. A stop during training
/// returns no frontier; during the MILPs, the frontier points done so far (the running one with
/// its incumbent). Throws std::invalid_argument for data training cannot take. Any thread.
ParetoResult runPareto(const Dataset& data, const ParetoConfig& config,
                       const ParetoHooks& hooks = {}, std::stop_token stop = {},
                       const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
