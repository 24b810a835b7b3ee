#pragma once
// Bounds and a MIP start for the sparsest-network MILP taken from a trained network (the
// sparse-ReLU package's main.py takes w_B, b_B from the best trained model's max |W|, |b| plus a
// margin).
#include <limits>
#include <stop_token>
#include <string>
#include <vector>

#include "core/milp/milp_backend.h"
#include "core/milp/milp_point_check.h"  // milpPointViolation, once declared here
#include "core/nn/shallow_relu_net.h"
#include "core/sparsest/sparsest_model.h"

namespace smip {

/// Moves each output weight's magnitude into the hidden unit: w_k, b_k ← |v_k|·w_k, |v_k|·b_k and
/// v_k ← sign(v_k). ReLU is positively homogeneous, so the function is unchanged; the MILP's
/// output weights are ±1, so its weight bounds must be read from this form. Units with v_k = 0
/// become all-zero (they contribute nothing). Any thread.
ShallowReluNet rescaleToUnitOutputs(const ShallowReluNet& net);

struct SparsestBounds {
    double wBound = 0.0;
    double bBound = 0.0;
};

/// Bounds from a trained model, read from its rescaled form (see rescaleToUnitOutputs):
/// w_B = max|W'| + margin, b_B = max|b'| + margin. Any thread.
SparsestBounds boundsFromModel(const ShallowReluNet& net, double margin = 1.0);

struct SparsestWarmStartInfo {
    bool attempted = false;
    bool feasible = false;  ///< the start vector satisfies every row, bound and integrality
    double objective = std::numeric_limits<double>::quiet_NaN();  ///< its objective value
    double maxViolation = std::numeric_limits<double>::quiet_NaN();
    int units = 0;        ///< used units of the start
    std::string message;  ///< why it is infeasible, or a short summary
};

/// Builds a full MIP start for `model` from `trained`: keeps its support (|path product| >
/// supportEps) and its activation pattern on the data, re-solves the weights by LP so the fit
/// holds within ε under the model's bounds, then fills t, s, u, z, σ, p, q, r. `start` receives one
/// value per column (left empty when infeasible). Runs one LP on `backend`. Any thread.
SparsestWarmStartInfo buildSparsestWarmStart(const SparsestModel& model,
                                             const ShallowReluNet& trained,
                                             std::vector<double>& start, double supportEps = 1e-6,
                                             std::stop_token stop = {},
                                             const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
