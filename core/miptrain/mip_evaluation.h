#pragma once
// Re-evaluation of a trained network on (weighted) samples with the same loss the MILP minimizes,
// so an objective and a decoded network can be compared independently of the solver.
#include "core/miptrain/mip_network.h"
#include "core/miptrain/mip_train_config.h"
#include "core/miptrain/weighted_samples.h"

namespace smip {

struct MipEvaluation {
    double samples = 0.0;   ///< total weight (= raw sample count for aggregated data)
    double accuracy = 0.0;  ///< weighted share whose argmax score is the label
    double loss = 0.0;      ///< Σ_n c_n loss_n (the MILP's loss term)
    double meanLoss = 0.0;  ///< loss / samples
    double minMargin =
        0.0;  ///< smallest |hidden pre-activation| (binary nets: MILP-feasible if ≥ ε)
};

/// Evaluates `net` on `s` with `f.loss` and `f.classMargin`. Any thread.
MipEvaluation evaluateMipNetwork(const MipNetwork& net, const WeightedSamples& s,
                                 const MipFormulation& f);

/// The MILP objective a network reaches on `s`: loss + sparsity · nonzero parameters.
double mipObjectiveValue(const MipNetwork& net, const WeightedSamples& s, const MipFormulation& f);

/// True when the network is a feasible point of the MILP on `s`: every parameter within the
/// bound, and for binary units every hidden pre-activation at least ε away from 0 (tolerance 1e-4).
bool mipFeasible(const MipNetwork& net, const WeightedSamples& s, const MipFormulation& f);

}  // namespace smip
