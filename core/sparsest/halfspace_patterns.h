#pragma once
// Activation patterns a ReLU unit can have on a fixed set of samples: the sets {n : θ·p_n > 0} over
// all weight vectors θ, for points p_n (one row each, a column of ones when the unit has a bias).
// The rank lower bound of the sparsest-network MILP enumerates them per support.
#include <Eigen/Dense>
#include <cstdint>
#include <vector>

namespace smip {

/// Bit n set = sample n active. Patterns are only enumerated for at most this many samples.
using ActivationPattern = std::uint32_t;
inline constexpr int kMaxPatternSamples = 24;

/// Every non-empty pattern of an open cell of the hyperplane arrangement {θ : θ·p_n = 0}, i.e. of
/// every θ whose pre-activations are all nonzero, plus possibly a few more (a superset, never a
/// subset: callers use it for lower bounds). Patterns of θ on a cell boundary need not be listed:
/// a sample with θ·p_n = 0 outputs 0 whether counted active or not, so such a unit computes the
/// same outputs as one with a neighbouring cell's pattern. Sorted, unique.
/// Precondition: points.rows() ≤ kMaxPatternSamples. Any thread.
std::vector<ActivationPattern> realizablePatterns(const Eigen::MatrixXd& points);

/// The same for up to 64 samples, bit n of a 64-bit word: the step units of the perceptron MILP's
/// pattern bound (perceptron_pattern_bound.h), whose training sets are larger.
using WidePattern = std::uint64_t;
inline constexpr int kMaxWidePatternSamples = 64;
std::vector<WidePattern> realizableWidePatterns(const Eigen::MatrixXd& points);

}  // namespace smip
