#pragma once
// The minimal-L1-perturbation query with the ReLUs replaced by a smooth surrogate, solved to local
// optimality by Ipopt (the ReLU-formulation notebook's "local" formulations). Variables x and
// d⁺, d⁻ ≥ 0 with x − d⁺ + d⁻ = x₀ (a smooth L1), one variable per hidden neuron with
// y = σ(W·h + b) as equality constraints, logits substituted. Ipopt 3.11 crashes when two solves
// run in one process at once, so solves are serialized by a process-wide mutex (run several in
// worker processes instead).
#include <Eigen/Dense>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/adversarial/nlp/smooth_relu.h"
#include "core/mlp/mlp_classifier.h"

namespace smip {

/// z_winner − z_loser ≥ margin on the logits.
struct LogitInequality {
    int winner = 0;
    int loser = 0;
    double margin = 0.0;
};

struct SmoothAttackSpec {
    Eigen::VectorXd x0;                       ///< reference input (scaled), inside the box
    Eigen::VectorXd lower, upper;             ///< input box
    std::vector<LogitInequality> conditions;  ///< all must hold
};

struct NlpOptions {
    double timeLimitSeconds = 60.0;  ///< wall clock, checked in Ipopt's intermediate callback
    int maxIterations = 3000;
    double tolerance = 1e-8;      ///< Ipopt "tol"
    int printLevel = 5;           ///< Ipopt print_level for the captured log (0..12)
    bool exactHessian = true;     ///< false: limited-memory quasi-Newton
    bool derivativeTest = false;  ///< Ipopt's second-order derivative checker (log says result)
};

struct NlpProgress {
    int iteration = 0;
    double objective = 0.0;
    double primalInfeasibility = 0.0;  ///< Ipopt's inf_pr (scaled constraint violation)
    double dualInfeasibility = 0.0;
    double seconds = 0.0;
};

struct NlpHooks {
    /// Called on the solving thread at every Ipopt iteration.
    std::function<void(const NlpProgress&)> onProgress;
    /// Called on the solving thread with each line of Ipopt's log (no trailing newline).
    std::function<void(const std::string&)> onLog;
};

enum class NlpStatus {
    LocallyOptimal,     ///< Ipopt converged (a local optimum of the surrogate)
    Acceptable,         ///< converged to Ipopt's acceptable tolerance
    LocallyInfeasible,  ///< Ipopt converged to a point of local infeasibility
    IterationLimit,
    TimeLimit,
    Cancelled,
    Failed  ///< any other Ipopt outcome (restoration failure, evaluation error, ...); see message
};

struct NlpResult {
    NlpStatus status = NlpStatus::Failed;
    std::string message;
    int ipoptStatus = 0;     ///< Ipopt's ApplicationReturnStatus, for the record
    double objective = 0.0;  ///< Σ(d⁺ + d⁻) at the returned point
    double seconds = 0.0;
    int iterations = 0;
    bool hasPoint = false;      ///< x holds Ipopt's last iterate
    Eigen::VectorXd x;          ///< perturbed input (clamped into the box)
    double maxViolation = 0.0;  ///< largest violation of the surrogate's own constraints at x
    std::vector<NlpProgress> progress;
};

/// Stable id ("locally_optimal", "acceptable", ...). Not for display.
const char* nlpStatusId(NlpStatus s);

/// Solves the surrogate problem. Never throws; bad input gives Failed with a message. A stop
/// request or the time limit ends the solve at the next iteration.
NlpResult solveSmoothAttack(const MlpClassifier& net, const SmoothAttackSpec& spec,
                            const SmoothRelu& relu, const NlpOptions& options = {},
                            const NlpHooks& hooks = {}, std::stop_token stop = {});

}  // namespace smip
