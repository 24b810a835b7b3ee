#pragma once
// One input: an exact lower bound and a sparse network without a solver (issue #17).
//
// In 1-D a network f(x) = Σ v_k·relu(w_k·x + b_k) is a continuous piecewise-linear function, and
// on the data range each kink inside it needs its own unit with w_k ≠ 0: 2 counted nonzeros, or
// 1 when the kink sits at x = 0 (b_k = 0). So if every function through the sorted points needs
// at least K kinks inside (x_1, x_N), every fitting network has at least 2K − [x_1 < 0 < x_N]
// nonzeros (K without counting biases), whatever the weight bounds — a bound the MILP's big-M
// relaxation cannot see (it stays near N + 1 where the optimum is near 2N).
//
// K is found exactly by a sweep over the points that keeps, per kink count, the set of slopes the
// function can leave each point with (unions of points and open rays; one kink inside a gap turns
// the secant's one side into the other, two kinks allow any slope). The sweep's own interpolant
// with K kinks is built back into a network (one unit per kink, the line on the first piece by
// the cheapest choice of which kinks face left), so the bound and a start come together; when
// their costs meet, the start is optimal.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "core/nn/shallow_relu_net.h"

namespace smip {

struct OneDimensionalSparsest {
    bool computed = false;  ///< false: not 1-D, no samples, or equal inputs with other targets
    std::string reason;     ///< why not computed
    int minKinks = 0;       ///< fewest kinks inside (x_1, x_N) of any function through the points
    int lowerBound = 0;     ///< every exactly fitting network has at least this many nonzeros
    bool hasNetwork = false;
    ShallowReluNet net;  ///< ±1 output weights, minKinks kinks, fits within 1e-9·(1 + max|y|)
    int nonzeros = 0;    ///< counted like the MILP (countSparsestNonzeros)
    double maxResidual = 0.0;
};

/// A one-input network from units (v, w, b), in that order.
ShallowReluNet oneInputNetwork(const std::vector<Eigen::Vector3d>& units);

/// The inputs of 1-D data sorted, each once, with their targets.
struct OneDimensionalPoints {
    std::vector<double> x, y;
    std::string reason;           ///< set (and no points) when not 1-D or equal inputs disagree
    double slopeTolerance = 0.0;  ///< slopes closer than this count as equal (an exact fit)
};
OneDimensionalPoints sortedDistinctPoints(const Eigen::MatrixXd& X, const Eigen::VectorXd& y);

/// kinks[i][j] for j ≥ i + 2: the fewest kinks inside (x_i, x_j) of any function through points
/// i..j (the sweep below from each i; 0 elsewhere). Every fitting network has at least that many
/// units with a kink there, whatever else it does. O(N³).
std::vector<std::vector<int>> fewestKinksBetween(const OneDimensionalPoints& points);

/// The bound and network above for data X (N × 1), targets y (exact fit); not computed above 400
/// distinct inputs. Any thread; O(N²).
OneDimensionalSparsest oneDimensionalSparsest(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                              bool countBiases);

}  // namespace smip
