#pragma once
// The MILP that trains a whole dense network over all (weighted) samples at once (Patil & Mintz,
// Patil & Mintz, "General and Multilayer MIP"). Building is separate from decoding so the problem
// can be solved in a worker process (milp_worker.h) and decoded afterwards.
#include <string>
#include <vector>

#include "core/milp/milp_problem.h"
#include "core/miptrain/mip_architecture.h"
#include "core/miptrain/mip_network.h"
#include "core/miptrain/mip_train_config.h"
#include "core/miptrain/weighted_samples.h"

namespace smip {

struct NetworkMilp {
    MilpProblem problem;
    MipArchitecture arch;
    MipFormulation formulation;
    std::vector<int> paramColumns;  ///< one per parameter, in MipNetwork::flatten() order
    /// [hidden layer][sample][unit] column of the hidden activation h.
    std::vector<std::vector<std::vector<int>>> hiddenColumns;
    std::vector<std::vector<int>> scoreColumns;  ///< [sample][class] output pre-activation o
    bool exact = true;  ///< false when ReLU × weight products are relaxed (McCormick)
};

/// True when the formulation is exact for `hiddenLayers` hidden layers: binary units always
/// (h·w is linearized exactly), ReLU only without hidden layers (no ReLU × weight products).
bool formulationExact(const MipFormulation& f, int hiddenLayers);

/// Builds the MILP for `arch` on `s`. Returns false with a message for an architecture that does
/// not fit the samples or a bad formulation. Any thread.
bool buildNetworkMilp(const WeightedSamples& s, const MipArchitecture& arch,
                      const MipFormulation& f, NetworkMilp& out, std::string& error);

/// The network stored in a solution vector (parameters clipped to the bound, |θ| < 1e-9 → 0).
MipNetwork decodeNetworkMilp(const NetworkMilp& m, const std::vector<double>& solution);

/// Fixes every parameter column to `net`'s value (for checks: the MILP then only evaluates).
void fixNetworkParameters(NetworkMilp& m, const MipNetwork& net);

}  // namespace smip
