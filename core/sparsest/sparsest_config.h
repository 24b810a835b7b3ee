#pragma once
// Configuration of the sparsest exact-fit network MILP (Lee & Linderoth, "Maximizing
// Sparsity in NN with MIP"): the fewest nonzero weights (and biases) of a d → K → 1 ReLU network
// with output weights ±1 that fits every sample within ε under weight bounds.
#include <Eigen/Dense>
#include <string>

namespace smip {

enum class SparsestVariant {
    Published,  ///< Lee & Linderoth's formulation: one global big-M, free output signs (McCormick)
    Tight       ///< ours: per-sample big-M, sign slots, symmetry breaking, linking cuts
};

struct SparsestConfig {
    SparsestVariant variant = SparsestVariant::Tight;
    int width = 0;            ///< K hidden units; 0 = number of samples N
    double wBound = 2.0;      ///< w_B: |W_kj| ≤ w_B (after rescaling the output weights to ±1)
    double bBound = 2.0;      ///< b_B: |b_k| ≤ b_B
    bool countBiases = true;  ///< objective Σt + Σs (true) or Σt (biases free, not counted)
    double epsilon = 0.0;  ///< fit tolerance |f(x_n) − y_n| ≤ ε; 0 = the published exact fit
    /// tight only: prove a lower bound by the rank argument (rank_bound.h) before CBC starts, add
    /// it as the row Σt + Σs ≥ bound, and use its witness network as the MIP start.
    bool rankBound = true;
    double rankBoundSeconds = 20.0;  ///< budget of that enumeration
    int rankBoundThreads = 0;        ///< its threads; 0 = defaultRankBoundThreads()
    /// tight, one input, exact fit: add the kink-count bound of oned_sparsest.h as a row too, and
    /// start from its network when it is sparser than the given start and within the bounds.
    bool oneDimensionalBound = true;
};

/// Stable lower-case id ("published", "tight") for the CLI and JSON. Not for display.
const char* variantId(SparsestVariant v);
/// Parses "published" / "tight", and "seed" as an alias of "published" (the id written by earlier
/// versions); false for anything else.
bool parseVariant(const std::string& id, SparsestVariant& out);

/// The width actually used: config.width, or N when it is 0.
int effectiveWidth(const SparsestConfig& config, int samples);

}  // namespace smip
