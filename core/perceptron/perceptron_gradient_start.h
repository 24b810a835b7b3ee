#pragma once
// The MIP start of the perceptron MILP (issue #13, "start where gradient methods end"): step
// networks trained by gradient (a sigmoid whose slope is annealed into a step, an L1 term on the
// hidden weights, several seeded restarts on both cores), each polished exactly
// (perceptron_polish.h), and the best of them and the heuristic start by the MILP's own objective.
#include <stop_token>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "core/milp/milp_backend.h"
#include "core/perceptron/perceptron_config.h"
#include "core/perceptron/perceptron_milp.h"

namespace smip {

/// Which start the solve got and what it is worth.
struct PerceptronStartReport {
    std::string source;          ///< "gradient" or "heuristic" (empty when none was built)
    double objective = 0.0;      ///< the MILP's objective at the start
    double trainAccuracy = 0.0;  ///< the start network's accuracy on the training samples
    int nonzeroWeights = 0;
    int usedNeurons = 0;
    double heuristicObjective = 0.0;  ///< heuristicPerceptronStart's objective
    double gradientObjective = 0.0;   ///< best polished restart's objective (NaN when none)
    int gradientRestarts = 0;         ///< restarts trained
    int gradientFeasible = 0;         ///< restarts whose polished network is a feasible start
    double seconds = 0.0;             ///< time spent building the starts
};

struct PerceptronStartChoice {
    std::vector<double> solution;  ///< full column vector, feasible for the MILP
    PerceptronStartReport report;
};

/// Hidden steps (N × n, 0/1) on `milp.U` of a step network trained by gradient with restart
/// seed `seed`. Any thread; no allocation per step after setup.
Eigen::MatrixXi trainStepPattern(const PerceptronMilp& milp, const PerceptronStartConfig& config,
                                 int restart);

/// The best feasible start: the heuristic start and every polished gradient restart
/// (config.start.restarts of them), compared by the MILP objective; ties keep the heuristic.
PerceptronStartChoice choosePerceptronStart(const PerceptronMilp& milp, std::stop_token stop = {},
                                            const MilpBackend& backend = inProcessMilpBackend());

}  // namespace smip
