#pragma once
// An exact lower bound for the perceptron MILP on small low-dimensional data (issue #13, "proofs
// on teaching-size data"), found by enumerating firing patterns instead of branching on them.
//
// A step network's outputs depend on its hidden units only through their firing patterns on the
// training samples. So the MILP's optimum is the minimum, over sets of at most n (support,
// pattern) units, of
//     Σ_units [λ_w·|support| + λ_a·|pattern| + λ_n]  +  Σ_k min over threshold functions f of the
//     units' codes of the wrong output bits,
// where a unit's pattern must be realizable by weights within the model's bounds and margins (an
// LP per candidate; a candidate is dropped only with a checked Farkas certificate) and each output
// is any threshold function of the hidden code (a superset of what bounded output weights
// realize; the same set for ≤ 4 units at the default bounds, see thresholdFunctions). CBC's LP
// relaxation is weak here (fractional steps make the errors vanish), but the sparsity terms cap
// what an improving network can spend: with the activations term, only patterns that fire on a
// handful of samples fit under the start's objective, and the enumeration is small.
//
// Passes with rising thresholds B (from a sixteenth of the start's objective up to all of it): a
// pass that finds no network below B proves "objective ≥ B" — the bound charted as it rises. A pass
// that does find some ends the search: the best of them is the optimum, since every network below
// the threshold was enumerated. The activations term on, continuous networks, N ≤ 64 samples,
// m ≤ 3 inputs, n ≤ 4 hidden units; anything else is skipped with a reason.
#include <array>
#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/perceptron/perceptron_milp.h"

namespace smip {

/// A Boolean function of k ≤ 4 bits that some a·c ≥ t (integers) realizes: bit c of `table` is
/// f(c) for the code c (bit i = input i), and `a`, `t` the smallest such integers found.
struct ThresholdFunction {
    std::uint16_t table = 0;
    std::array<int, 4> a{};
    int t = 0;
};

/// Every threshold function of k ≤ 4 variables (2, 4, 14, 104, 1882 of them for k = 0..4), with an
/// integer realization of weights in [−3, 3]. Any thread; computed once.
const std::vector<ThresholdFunction>& thresholdFunctions(int k);

/// Inputs the enumeration handles, and the reason it does not when it does not ("" when it does).
std::string patternBoundSkipReason(const PerceptronMilp& milp);

struct PerceptronPatternBoundProgress {
    int pass = 0;
    double bound = 0.0;  ///< proven: every feasible solution has objective ≥ bound
    long long networks = 0;
    double seconds = 0.0;
};

struct PerceptronPatternBoundOptions {
    double seconds = 10.0;  ///< budget; the bound proven so far is kept when it runs out
    /// The objective of a known feasible network (the MIP start): only better ones are searched,
    /// and the bound is at most this.
    double upperBound = 0.0;
    /// The first pass's threshold as a share of upperBound; each next one adds a step that
    /// starts there and grows while passes are quick.
    double firstStep = 1.0 / 16.0;
    /// Threads sharing each pass (the calling thread is one of them).
    int threads = 2;
    /// After each pass that proves a higher bound, on the calling thread.
    std::function<void(const PerceptronPatternBoundProgress&)> onProgress;
};

struct PerceptronPatternBoundResult {
    bool computed = false;  ///< false: skipped (reason says why)
    std::string reason;     ///< why skipped, or how the enumeration ended
    double bound = 0.0;     ///< every feasible solution of the MILP has objective ≥ bound
    bool complete = false;  ///< every network below upperBound was enumerated: bound is the optimum
    bool timedOut = false;  ///< the budget or a stop ended it (bound: the passes completed)
    /// A network better than upperBound, as a full column vector of the MILP (completed and
    /// re-evaluated: `objective` is perceptronObjective of it). Optimal when `complete`.
    bool hasNetwork = false;
    std::vector<double> solution;
    double objective = 0.0;
    int units = 0;           ///< candidate (support, pattern) units after realizability checks
    int patternLps = 0;      ///< realizability LPs solved
    int refuted = 0;         ///< candidates dropped by a checked Farkas certificate
    long long networks = 0;  ///< unit sets evaluated over all passes
    int passesCompleted = 0;
    double seconds = 0.0;
};

/// Runs the enumeration on `milp` (its data, bounds and objective). Never throws. Any thread.
PerceptronPatternBoundResult perceptronPatternBound(const PerceptronMilp& milp,
                                                    const PerceptronPatternBoundOptions& options,
                                                    std::stop_token stop = {});

}  // namespace smip
