#pragma once
// Re-checks a proposed perturbed input on the real ReLU network: whatever formulation produced
// it (exact MILP or a smooth local surrogate), only the real network's decision counts.
#include <Eigen/Dense>

#include "core/adversarial/attack_query.h"
#include "core/common/verification_report.h"
#include "core/mlp/mlp_classifier.h"

namespace smip {

/// passed: the decision change holds with the query's margin (decisionChanged && marginMet);
/// maxResidual: the margin shortfall max(0, query.margin − marginAfter); nonzeros: inputs with
/// |x_i − x₀_i| > 1e-6; message: what does not hold (empty when passed).
struct AttackVerification : VerificationReport {
    int predictedBefore = -1;      ///< real network's class at x₀
    int predictedAfter = -1;       ///< real network's class at x
    double marginBefore = 0.0;     ///< query margin at x₀ (see queryMargin)
    double marginAfter = 0.0;      ///< query margin at x; ≥ query.margin means the margin is met
    bool decisionChanged = false;  ///< the query's decision change holds on the real network
    bool marginMet = false;        ///< marginAfter ≥ query.margin − 1e-4 (solver tolerances)
    double l1 = 0.0;               ///< ‖x − x₀‖₁ recomputed
    double linf = 0.0;             ///< ‖x − x₀‖∞
};

/// The query's margin of logits z: AnyOther max_{j≠t} z_j − z_t; Target z_k − z_t; AllOthers
/// min_{j≠t} z_j − z_t.
double queryMargin(const Eigen::VectorXd& z, int trueClass, const AttackQuery& query);

/// Evaluates x₀ and x (scaled inputs) on the real network. decisionChanged: AnyOther — the
/// arg-max is not the true class; Target — the arg-max is the target; AllOthers — every other
/// logit is strictly above the true one.
AttackVerification verifyAttack(const MlpClassifier& net, const Eigen::VectorXd& x0,
                                const Eigen::VectorXd& x, int trueClass, const AttackQuery& query);

}  // namespace smip
