#pragma once
// Where a MILP is solved: the one seam between the pipelines and CBC. Every pipeline that solves
// MILPs takes a `const MilpBackend&`; its caller decides whether CBC runs in this process
// (InProcessMilpBackend: solveMilp, serialized by its mutex) or in `sparsemip milp-worker` child
// processes (WorkerProcessMilpBackend, worker_client.h), where a stop takes effect within a
// second even inside CBC's preprocessing and a CBC crash cannot take the caller down.
#include <stop_token>
#include <vector>

#include "core/milp/milp_problem.h"
#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"

namespace smip {

class MilpBackend {
  public:
    virtual ~MilpBackend() = default;

    /// Solves `problem`. Never throws: failures become MilpStatus::Error with a message. A stop
    /// request ends the solve (status Cancelled; the incumbent is kept when there is one).
    /// Hooks run on the calling thread or on a thread of the solve, never concurrently.
    virtual MilpResult solve(const MilpProblem& problem, const MilpOptions& options,
                             const MilpHooks& hooks, std::stop_token stop) const = 0;

    /// Solves problems[i] with options[i] (same length) and returns the results in that order.
    /// Progress of all solves goes to `hooks`. After a stop request no further solve starts: those
    /// results are Cancelled with an unknown (NaN) bound. Default: one solve after another.
    virtual std::vector<MilpResult> solveMany(const std::vector<MilpProblem>& problems,
                                              const std::vector<MilpOptions>& options,
                                              const MilpHooks& hooks, std::stop_token stop) const;
};

/// solveMilp in this process. Cheap to construct; stateless.
class InProcessMilpBackend final : public MilpBackend {
  public:
    MilpResult solve(const MilpProblem& problem, const MilpOptions& options, const MilpHooks& hooks,
                     std::stop_token stop) const override;
};

/// A shared InProcessMilpBackend, the default of the core pipelines' backend parameters.
const MilpBackend& inProcessMilpBackend();

/// The result of a solve that never started because a stop was requested first.
MilpResult notStartedResult();

}  // namespace smip
