#pragma once
// Runs one MILP in a child process of this executable (`sparsemip milp-worker JOB.json`), for CLI
// loops that must survive a CBC crash (Debian's CBC has aborted and segfaulted on us in long
// studies). POSIX only; progress lines are forwarded to `hooks.onProgress`.
#include "core/milp/milp_solver.h"

namespace smip::cli {

/// Never throws: a child that dies without a result line gives status Error with a message,
/// after one retry without CBC preprocessing (retryWithoutPreprocessing).
MilpResult solveInWorkerProcess(const MilpProblem& problem, const MilpOptions& options,
                                const MilpHooks& hooks);

}  // namespace smip::cli
