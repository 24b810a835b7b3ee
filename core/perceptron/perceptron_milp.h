#pragma once
// Builds the MILP of a shallow perceptron network on training data (Rosenhahn, JOTA 2023, Sec. 3)
// and keeps the index maps needed to decode a solution vector. Building and decoding are separate
// so the solve can run elsewhere (a worker process) on the plain MilpProblem.
#include <Eigen/Dense>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/milp/milp_problem.h"
#include "core/perceptron/perceptron_config.h"
#include "core/perceptron/perceptron_net.h"

namespace smip {

/// Size of the MILP before building it (exact: equals what buildPerceptronMilp produces).
struct PerceptronMilpSize {
    long long rows = 0;
    long long columns = 0;
    long long binaries = 0;
    long long integers = 0;  ///< integer columns including binaries
};

/// Column indices of every variable (−1 / empty when the option is off).
struct PerceptronMilpIndex {
    int N = 0, m = 0, n = 0, K = 0;  ///< samples, inputs, hidden units, outputs
    std::vector<int> w;              ///< ω_ij at [i·m + j]
    std::vector<int> b;              ///< b_i
    std::vector<int> q;              ///< q_ik at [i·K + k]
    std::vector<int> bF;             ///< b_F,k
    std::vector<int> z;              ///< weight indicators z_ij at [i·m + j] (weights flag)
    std::vector<int> used;           ///< kill switch u_i = 1 when unit i is used (neurons flag)
    std::vector<int> st;             ///< hidden steps st_i of sample s at [s·n + i]
    std::vector<int> p;              ///< products q_ik·st_i of sample s at [(s·n + i)·K + k]
    std::vector<int> stF;            ///< output steps of sample s at [s·K + k]
};

/// A built model: the problem, its index maps, and what decode/verify need.
struct PerceptronMilp {
    MilpProblem problem;
    PerceptronMilpIndex index;
    PerceptronConfig config;
    PerceptronNet transform;  ///< only the input transform fields are set (fitted on train)
    Eigen::MatrixXd U;        ///< N × m transformed training inputs as used in the rows
    Eigen::VectorXi labels;   ///< N training labels
    double hiddenMargin = 0;  ///< "off" side: pre-activation ≤ −hiddenMargin
    double outputMargin = 0;
    double weightBound = 0;   ///< |ω_ij| bound
    double biasBound = 0;     ///< |b_i| bound
    double outBound = 0;      ///< |q_ik| bound
    double outBiasBound = 0;  ///< |b_F,k| bound
};

/// False with a message naming the first bad setting of `config` (sizes, bounds, factors), so a
/// caller can refuse it before printing or building anything.
bool checkPerceptronConfig(const PerceptronConfig& config, std::string& error);

/// Exact size of the model for N samples, m inputs and K classes under `config`. Any thread.
PerceptronMilpSize estimatePerceptronMilp(int samples, int inputs, int classes,
                                          const PerceptronConfig& config);

/// Builds the MILP for training data `train` (checked with checkPerceptronData; returns false
/// with a message on bad data or config). Minimizes Σ bit errors + the enabled sparsity terms.
bool buildPerceptronMilp(const Dataset& train, const PerceptronConfig& config, PerceptronMilp& out,
                         std::string& error);

/// Network parameters in the MILP's own (undecoded) convention: hidden off ⇔ pre ≤ −margin.
struct PerceptronParams {
    Eigen::MatrixXd W;      ///< n × m
    Eigen::VectorXd b;      ///< n
    Eigen::MatrixXd Q;      ///< n × K
    Eigen::VectorXd bF;     ///< K
    std::vector<int> used;  ///< n kill-switch values (1 = used); all 1 when the flag is off
};

/// A full column vector for `params` (steps, products, indicators filled in). Returns false with
/// a message when the parameters break a bound, a margin, the symmetry order or a cut on used
/// units (then the vector is not feasible).
bool completePerceptronSolution(const PerceptronMilp& milp, const PerceptronParams& params,
                                std::vector<double>& solution, std::string& error);

/// Always-feasible MIP start: every hidden unit off, the outputs predict the majority class.
std::vector<double> majorityPerceptronStart(const PerceptronMilp& milp);

/// Quick heuristic start: one-vs-rest least-squares detectors with thresholds in margin-sized
/// gaps, or the majority start when that is better (lower objective) or not feasible.
std::vector<double> heuristicPerceptronStart(const PerceptronMilp& milp);

}  // namespace smip
