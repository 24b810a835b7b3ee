#pragma once
// Exact polishing of a perceptron network for the MILP (issue #13): with the hidden firing pattern
// on the training samples fixed, the sparsest hidden weights realizing it with the model's margins
// (an LP on Σ|ω|), the output layer with fewest bit errors for that pattern (a small MILP over the
// distinct patterns), and units dropped while the MILP objective does not rise. Every LP and MILP
// runs on a MilpBackend (only core/milp talks to COIN-OR).
#include <stop_token>
#include <vector>

#include <Eigen/Dense>

#include "core/milp/milp_backend.h"
#include "core/perceptron/perceptron_milp.h"

namespace smip {

/// A polished network as a feasible point of the MILP.
struct PerceptronPolished {
    bool feasible = false;
    PerceptronParams params;
    std::vector<double> solution;  ///< full column vector (completePerceptronSolution)
    double objective = 0.0;        ///< the MILP's objective at `solution`
};

/// The MILP's objective (offset + Σ cost·x) at a full column vector.
double perceptronObjective(const PerceptronMilp& milp, const std::vector<double>& x);

/// Polishes the network whose hidden steps on the training samples are `pattern` (N × n, 0/1;
/// a column of all zeros is an unused unit). Units firing on every or no sample are dropped; with
/// the activations term a unit firing on more than half the samples is complemented (same
/// information, fewer firings). Not feasible when nothing could be made feasible.
PerceptronPolished polishPerceptronPattern(const PerceptronMilp& milp,
                                           const Eigen::MatrixXi& pattern, std::stop_token stop,
                                           const MilpBackend& backend);

}  // namespace smip
