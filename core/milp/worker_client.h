#pragma once
// The parent side of the milp-worker protocol (milp_worker.h): runs each solve in a child process
// `EXECUTABLE milp-worker JOB.json`, forwards its progress and log lines to the hooks, and on a
// stop request writes "cancel" to the child, then kills it after a grace period (CBC's
// preprocessing does not poll for stops) keeping the last incumbent it reported. The same happens,
// for a solve with MilpOptions::hardTimeLimit, kOvershootSeconds past its limit from the child's
// start (the user's wall clock; CBC's own clock starts after it has read and built the model):
// it checks the limit only between LP solves, and the root LP of a large model can run seconds past
// it (measured on the breast-cancer MIP training model). POSIX, Qt-free: the CLI and the GUI both
// use it, and it is the only code that reads the protocol.
#include <string>

#include "core/milp/milp_backend.h"

namespace smip {

class WorkerProcessMilpBackend final : public MilpBackend {
  public:
    /// Seconds between "cancel" and SIGKILL: long enough for CBC to end a B&B phase and report
    /// its result, short enough for Cancel to take effect within a second.
    static constexpr double kKillGraceSeconds = 0.7;
    /// How far past its time limit (counted from the child's start) a solve with
    /// MilpOptions::hardTimeLimit may run before it is stopped.
    static constexpr double kOvershootSeconds = 0.2;

    /// `executable` hosts the `milp-worker` command (the `sparsemip` CLI). solveMany runs up to
    /// `maxParallel` children at once (at least 1).
    explicit WorkerProcessMilpBackend(std::string executable, int maxParallel = 1);

    /// A child that dies without a result gives Error naming its exit code or signal, after one
    /// retry without CBC preprocessing (retryWithoutPreprocessing). A child stopped before it
    /// reported a result gives Cancelled with the last reported incumbent objective and bound
    /// (hasSolution false: the solution vector itself was never sent). A child stopped at its
    /// time limit gives FeasibleAtLimit or NoSolutionAtLimit likewise.
    MilpResult solve(const MilpProblem& problem, const MilpOptions& options, const MilpHooks& hooks,
                     std::stop_token stop) const override;
    std::vector<MilpResult> solveMany(const std::vector<MilpProblem>& problems,
                                      const std::vector<MilpOptions>& options,
                                      const MilpHooks& hooks, std::stop_token stop) const override;

    const std::string& executable() const { return executable_; }

  private:
    std::string executable_;
    int maxParallel_;
};

/// Path of the running executable (/proc/self/exe), for a CLI that hosts its own workers.
std::string currentExecutablePath();

}  // namespace smip
