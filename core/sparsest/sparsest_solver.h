#pragma once
// Runs the sparsest exact-fit network MILP end to end: build, optional warm start from a trained
// network, CBC solve, decode, independent verification.
#include <stop_token>
#include <string>

#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"
#include "core/nn/shallow_relu_net.h"
#include "core/sparsest/sparsest_config.h"
#include "core/sparsest/sparsest_model.h"
#include "core/sparsest/sparsest_size.h"
#include "core/sparsest/sparsest_warm_start.h"
#include "core/sparsest/verification.h"

namespace smip {

struct SparsestResult {
    SparsestConfig config;              ///< width resolved
    SparsestSizeEstimate size;          ///< of the problem that was (or would have been) built
    MilpResult milp;                    ///< solver outcome; status Infeasible/Error carry a message
    bool hasNetwork = false;            ///< a solution was decoded into `net`
    ShallowReluNet net;                 ///< decoded network, v = ±1, used units first
    SparsestVerification verification;  ///< checked only when hasNetwork
    SparsestWarmStartInfo warmStart;    ///< attempted only with a trained network
};

/// Solves the sparsest-network MILP for X (N × d), y. Never throws for bad input: returns status
/// Error with a message naming the problem. A stop request ends the solve within about a second.
/// `warmStartFrom` (optional): trained network used for a MIP start (see buildSparsestWarmStart).
/// Calls hooks on the calling thread. Serialized with other in-process CBC solves.
SparsestResult solveSparsest(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                             const SparsestConfig& config, const MilpOptions& milpOptions,
                             const MilpHooks& hooks = {}, std::stop_token stop = {},
                             const ShallowReluNet* warmStartFrom = nullptr);

/// Completes a result from a solve done elsewhere (e.g. a worker process returning the MilpResult
/// with its solution vector): decodes and verifies in this process. Any thread.
SparsestResult finishSparsestResult(const SparsestModel& model, MilpResult milp,
                                    SparsestWarmStartInfo warmStart = {});

/// Empty when some width-K network within the bounds can reach every |y_n| − ε (a necessary
/// condition); otherwise the proof of infeasibility as a message naming the sample.
std::string sparsestReachabilityProblem(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                        const SparsestConfig& config);

}  // namespace smip
