#pragma once
// Independent check of a sparsest-network solution: decode the network (W, b, v = ±1) from the MILP
// solution vector, evaluate it in double precision on the data and compare with what the solver
// claimed. Works from (SparsestModel, solution vector) alone, so a solve done in a worker process
// can be decoded and verified in the GUI process.
#include <limits>
#include <string>
#include <vector>

#include "core/common/verification_report.h"
#include "core/nn/shallow_relu_net.h"
#include "core/sparsest/sparsest_model.h"

namespace smip {

struct SparsestDecoded {
    ShallowReluNet net;  ///< width = max(K, used units); used units first, v = ±1
    std::string error;   ///< non-empty when the vector cannot be decoded (size, NaN)
};

/// maxResidual: max_n |f(x_n) − y_n|; nonzeros: true nonzeros counted as the objective counts them.
struct SparsestVerification : VerificationReport {
    double tolerance = 0.0;  ///< residual allowed beyond ε (scaled with max|y|)
    int weightNonzeros = 0;  ///< |W_kj| > zeroTol
    int biasNonzeros = 0;    ///< |b_k| > zeroTol (counted in `nonzeros` only with countBiases)
    int activeUnits = 0;     ///< units with a nonzero weight or bias
    double claimedObjective = std::numeric_limits<double>::quiet_NaN();
};

/// Decodes a solution vector of `model.problem`. Weights whose indicator t (or s) rounds to 0 are
/// set to exactly 0, as the model says. Any thread.
SparsestDecoded decodeSparsestSolution(const SparsestModel& model,
                                       const std::vector<double>& solution);

/// Evaluates `net` on the model's data. Passes when max residual ≤ ε + tolerance, every weight
/// respects the bounds (+ tolerance), active units ≤ K and true nonzeros ≤ round(claimed).
/// `tolerance` < 0 means the default 1e-6·(1 + max|y|). Any thread.
SparsestVerification verifySparsestNetwork(const SparsestModel& model, const ShallowReluNet& net,
                                           double claimedObjective, double zeroTol = 1e-7,
                                           double tolerance = -1.0);

/// What "fits" means for a network the pipeline builds or repairs itself (a start, the
/// interpolant): max residual ≤ ε + 1e-9·(1 + max|y|), the rank bound's default notion of an
/// exact fit — far below the verification's 1e-6 and far above rounding error.
double exactFitLimit(const Eigen::VectorXd& y, double epsilon);

/// Objective value of a network under the model's counting (true nonzeros with |·| > zeroTol).
int countSparsestNonzeros(const ShallowReluNet& net, bool countBiases, double zeroTol = 1e-7);

}  // namespace smip
