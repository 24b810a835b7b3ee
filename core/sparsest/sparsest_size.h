#pragma once
// Size of the sparsest-network MILP, computable from (N, d, config) before building it, so callers
// can ask for confirmation before a huge solve.
#include "core/sparsest/sparsest_config.h"

namespace smip {

/// Above this many binaries a caller should ask the user before building/solving.
inline constexpr long long kSparsestConfirmBinaries = 20000;

struct SparsestSizeEstimate {
    long long rows = 0;              ///< upper bound (data-dependent cover rows counted as present)
    long long columns = 0;           ///< exact
    long long binaries = 0;          ///< exact
    long long nonzeros = 0;          ///< upper bound (zero features are skipped when building)
    bool needsConfirmation = false;  ///< binaries > kSparsestConfirmBinaries
};

/// Estimates the problem buildSparsestMilp would build for N samples and d features. Any thread.
SparsestSizeEstimate estimateSparsestSize(int samples, int inputs, const SparsestConfig& config);

}  // namespace smip
