#pragma once
// The minimal-L1-perturbation query as a MILP: min ‖x − x₀‖₁ over the input box such that the
// network's decision changes (attack_query.h), with the network embedded by mlp_milp_encoder.h.
// Build → MilpProblem → (solve anywhere) → decode are separate steps.
#include <Eigen/Dense>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/adversarial/attack_query.h"
#include "core/adversarial/mlp_milp_encoder.h"
#include "core/adversarial/relu_bounds.h"
#include "core/milp/milp_backend.h"
#include "core/milp/milp_problem.h"
#include "core/mlp/mlp_classifier.h"

namespace smip {

enum class BoundTightening {
    None,      ///< one global M for every ReLU, a binary for each (the naive baseline)
    Interval,  ///< interval arithmetic
    Lp         ///< interval, then per-neuron LPs over the relaxation (lp_tightening.h)
};

/// Stable ids "none", "interval", "lp"; parse returns false for anything else.
const char* boundTighteningId(BoundTightening t);
bool parseBoundTightening(const std::string& text, BoundTightening& out);

/// Bounds used by the attack MILP, with the statistics before (interval) and after tightening.
struct AttackBounds {
    BoundTightening mode = BoundTightening::Interval;
    NetworkBounds layers;
    Eigen::VectorXd diffLower, diffUpper;  ///< bounds of z_j − z_true per class j (0 for true)
    BoundStats intervalStats;              ///< from interval arithmetic
    BoundStats finalStats;                 ///< what the MILP uses
    int lpSolves = 0;
    int lpFailures = 0;
    double seconds = 0.0;
    bool cancelled = false;
};

/// Progress of the LP mode of computeAttackBounds: before batch `step` (1-based) of `steps` LP
/// batches (hidden layers 2, 3, …, then the logit differences), with a short English line.
using BoundsStepHook = std::function<void(int step, int steps, const std::string& line)>;

/// Computes bounds over [inLo, inHi] in the given mode. Calling thread; the LPs of Lp mode run on
/// `backend`. A stop request ends LP tightening early (bounds stay valid).
AttackBounds computeAttackBounds(const MlpClassifier& net, const Eigen::VectorXd& inLo,
                                 const Eigen::VectorXd& inHi, int trueClass, BoundTightening mode,
                                 const BoundsStepHook& onStep = {}, std::stop_token stop = {},
                                 double lpTimeLimit = 10.0,
                                 const MilpBackend& backend = inProcessMilpBackend());

struct AttackMilp {
    MilpProblem problem;
    MlpEncoding encoding;
    std::vector<int> deviationCols;  ///< d_i ≥ |x_i − x₀_i|
    std::vector<int> choiceCols;     ///< AnyOther: binary "class j wins" per class (−1 = none)
    std::vector<int> rivals;         ///< classes that can still beat the true one by the bounds
    /// True when the bounds alone prove no admissible rival exists (the problem is infeasible).
    bool infeasibleByBounds = false;
};

/// Builds the MILP. x0 is the scaled reference input, inside [inLo, inHi].
AttackMilp buildAttackMilp(const MlpClassifier& net, const AttackBounds& bounds,
                           const Eigen::VectorXd& x0, int trueClass, const AttackQuery& query,
                           const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi);

/// The perturbed input of a solution vector (one value per column), clamped into the box.
Eigen::VectorXd decodeAttack(const AttackMilp& milp, const std::vector<double>& solution,
                             const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi);

}  // namespace smip
