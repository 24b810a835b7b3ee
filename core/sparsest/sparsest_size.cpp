#include "core/sparsest/sparsest_size.h"

namespace smip {

// Mirrors buildSparsestMilp row by row (tests compare the two on built problems).
SparsestSizeEstimate estimateSparsestSize(int samples, int inputs, const SparsestConfig& config) {
    SparsestSizeEstimate e;
    const long long N = samples, d = inputs, K = effectiveWidth(config, samples);
    const long long cb = config.countBiases ? 1 : 0;
    if (N < 1 || d < 1 || K < 1) return e;
    if (config.variant == SparsestVariant::Published) {
        e.columns = 2 * K * d + K + K * cb + K + 4 * N * K;
        e.binaries = K * d + K * cb + K + N * K;
        e.rows = 2 * K * d + 2 * K * cb + 6 * N * K + N;
        e.nonzeros = 4 * K * d + 4 * K * cb + N * K * (d + 16);
    } else {
        const long long U = 2 * K;
        e.columns = 2 * U * d + U + U * cb + U + 3 * N * U;
        e.binaries = U * d + U * cb + U + N * U;
        e.rows = 2 * U * d + 2 * U * cb + U * (d + 2) + (U - 2) + 1 + 5 * N * U + N + N;
        e.nonzeros = 4 * U * d + 4 * U * cb + U * 2 * d + U * (cb ? 2 + 2 + d : 4) +
                     (U - 2) * 2 * (d + cb + 1) + U + N * U * (2 * d + 12) + N * U + N * K;
    }
    e.needsConfirmation = e.binaries > kSparsestConfirmBinaries;
    return e;
}

}  // namespace smip
