#pragma once
// One input: the sparsest exact fit solved as a small MILP of its own (issue #17).
//
// In 1-D a unit's activation pattern on the sorted points is a threshold: it is active on the
// points right of its kink or on those left of it, or on all of them (an affine piece), or none.
// So a network is a choice of *slots* — a gap between neighbouring points (closed, so a kink on a
// point is in both), a facing (right/left) and an output sign — and its outputs are linear in each
// slot's slope a and offset e: a·x_n + e summed over the slots active at x_n. Units in the same
// slot add up to one unit of that slot, so one unit per slot is enough. The pattern is fixed by
// the slot (two linear rows place the kink in the gap), so the MILP needs no big-M on activations,
// only on "a ≠ 0" and "e ≠ 0"; and a kink inside a gap that does not contain 0 has e = −a·kink ≠ 0
// whenever a ≠ 0, so one binary counts both (2 nonzeros). The sweep's fewest kinks between every
// pair of points (oned_sparsest.h) are rows too: every network needs that many slots used in those
// gaps. With them CBC proves random 1-D sets of 12 points in about a second, where the general
// model with its activation big-Ms stops 2–3 above the sweep's bound after 10 s.
//
// The big-Ms are the per-unit bounds times the units an improving network can have (one slot may
// merge them all), so the model is a relaxation of "networks within the bounds": its optimum is a
// lower bound at those bounds, and its network is optimal there too when its units stay within
// the bounds (withinBounds). Exact fits only, biases counted.
#include <Eigen/Dense>
#include <stop_token>
#include <string>

#include "core/milp/milp_backend.h"
#include "core/milp/milp_result.h"
#include "core/nn/shallow_relu_net.h"

namespace smip {

struct OneDimensionalExactOptions {
    double wBound = 1.0;  ///< per-unit bound on |w| of the networks considered
    double bBound = 1.0;  ///< per-unit bound on |b|
    /// A network known to fit (its cost caps the search and it is the MIP start), or null.
    const ShallowReluNet* start = nullptr;
    int maxUnits = 0;         ///< units of an improving network at most (0: the start's cost)
    int knownLowerBound = 0;  ///< a proven bound (the sweep's), a row on the objective
    double timeLimitSeconds = 10.0;
};

struct OneDimensionalExact {
    bool computed = false;  ///< false: not applicable (see reason) or not run
    std::string reason;
    MilpStatus status = MilpStatus::Error;
    int lowerBound =
        0;  ///< every fitting network within the bounds has at least this many nonzeros
    bool hasNetwork = false;
    ShallowReluNet net;         ///< ±1 output weights, one unit per used slot, re-evaluated
    int nonzeros = 0;           ///< counted like the MILP (countSparsestNonzeros, biases counted)
    double maxResidual = 0.0;   ///< max |f(x_n) − y_n| of `net` in double precision
    bool withinBounds = false;  ///< every unit of `net` within wBound, bBound
    bool proven() const { return hasNetwork && nonzeros <= lowerBound; }
    int slotCount = 0;  ///< slots in the model
    int kinkRows = 0;   ///< rows "fewest kinks between points i and j"
    long long nodes = 0;
    double seconds = 0.0;
};

/// Solves the slot MILP above for X (N × 1), y (exact fit) on `backend`. Not computed for more
/// than 60 distinct inputs, conflicting targets or without an improvement bound (no start and no
/// maxUnits). Any thread.
OneDimensionalExact solveOneDimensionalExact(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                             const OneDimensionalExactOptions& options,
                                             std::stop_token stop = {},
                                             const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
