#pragma once
// Polishing the solver's incumbents (issue #13, "improve during the solve"): an incumbent's hidden
// firing pattern is polished exactly (polishPerceptronPattern: weights re-solved by LP, each
// weight and unit dropped while the objective does not rise) and a strictly better network
// replaces it. With restarts, each improved incumbent CBC reports ends the current solve, and the
// solve restarts from the better network as its MIP start; without, only the last incumbent is
// polished, after the solve. A restart and not a CBC heuristic because the solve may run in a
// worker process (milp_backend.h) and the polishing LPs need CBC's in-process lock, which the
// running solve holds.
#include <functional>
#include <stop_token>
#include <vector>

#include <Eigen/Dense>

#include "core/milp/milp_backend.h"
#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_polish.h"

namespace smip {

/// Hidden steps (N × n, 0/1) of a full column vector of the MILP (its st columns).
Eigen::MatrixXi perceptronPattern(const PerceptronMilp& milp, const std::vector<double>& x);

/// The polished network of the pattern of `x` when its MILP objective is strictly below that of
/// `x` (feasible, objective re-evaluated on its completed vector); else not feasible.
PerceptronPolished polishIncumbent(const PerceptronMilp& milp, const std::vector<double>& x,
                                   std::stop_token stop, const MilpBackend& backend);

struct PolishRestartHooks {
    /// The caller's solver hooks: progress goes on with one clock (seconds since the first solve
    /// started), the best incumbent so far and the highest bound of all restarts.
    MilpHooks milp;
    /// Each incumbent the solver reports (seconds on the common clock): its full column vector
    /// when its network was readable and completed, else nullptr. On the solving thread.
    std::function<const std::vector<double>*(const MilpIncumbent&)> complete;
    /// Each polished network handed back to the solver (strictly better than every incumbent so
    /// far), with its full column vector. On the calling thread.
    std::function<void(double seconds, const std::vector<double>& solution)> onPolished;
};

/// Solves `milp.problem` like backend.solve within options.timeLimitSeconds overall, restarting
/// from polished incumbents when `restarts`, and polishes the last incumbent unless the solve
/// proved optimality or was stopped (that polish may run past the time limit: about a tenth of a
/// second to a few seconds, one LP per weight tried). `startFeasible`: options.mipStart is a
/// feasible point (then the result is never worse than it). The result's bound is the highest of
/// the restarts (the model never changes, so each one's bound holds), its nodes their sum, its
/// progress all restarts' samples on the common clock. A stop request ends the solve as
/// backend.solve does (Cancelled) and keeps the best network so far. Polishing LPs run in this
/// process; `backend` runs the MILP.
MilpResult solveWithPolishedRestarts(const PerceptronMilp& milp, const MilpOptions& options,
                                     bool startFeasible, bool restarts,
                                     const PolishRestartHooks& hooks, std::stop_token stop,
                                     const MilpBackend& backend);

}  // namespace smip
