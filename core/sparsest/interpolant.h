#pragma once
// A network that fits any data exactly, built without a solver: the linear interpolant of the
// points along one direction a (1-D data: the input itself). Sorted by t_n = a·x_n, the
// interpolant is a line on the first segment plus one kink at each inner point whose slope
// changes; a line is relu(L) − relu(−L) (one unit when L > 0 on every point), a kink of size c at
// t_j is sign(c)·relu(|c|·(a·x) − |c|·t_j). So it has ±1 output weights as the sparsest-network
// MILP wants, at most N units, and it exists whenever equal inputs carry equal targets.
//
// The pipeline uses it as the known fitting network when no trained model fits: the MILP's weight
// bounds are raised to hold it and it is the MIP start, so the MILP can never end worse than it
// (issue #17: with the default bounds 2, random 1-D data came back "infeasible").
#include <Eigen/Dense>
#include <optional>
#include <string>

#include "core/nn/shallow_relu_net.h"

namespace smip {

struct Interpolant {
    ShallowReluNet net;         ///< ±1 output weights; exact on the data up to rounding
    Eigen::VectorXd direction;  ///< a (unit vector e_j when one input separates every sample)
    int kinks = 0;              ///< slope changes at inner points
    double maxResidual = 0.0;   ///< re-evaluated max |f(x_n) − y_n|
};

/// The interpolating network of (X, y), or nullopt with `why` set when two samples have equal
/// inputs and different targets (no network fits them exactly). A coordinate that separates
/// every distinct sample is used as the direction when there is one (sparser: one weight per
/// unit); else a fixed pseudo-random direction. Any thread.
std::optional<Interpolant> interpolatingNetwork(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                                std::string* why = nullptr);

}  // namespace smip
