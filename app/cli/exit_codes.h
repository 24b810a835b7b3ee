#pragma once
// One exit-code convention for every `sparsemip` command, so a script can tell "no solution
// exists" from "the run failed" from "interrupted, partial result written". Shown in each
// command's --help (kExitCodeHelp) and in the README.
#include "core/milp/milp_result.h"

namespace smip::cli {

enum ExitCode : int {
    kExitOk = 0,             ///< a result: optimal, or the best one found within a limit
    kExitFailed = 1,         ///< the run failed: unreadable input, solver error, file not written
    kExitUsage = 2,          ///< bad command line: unknown flag, bad value
    kExitNoSolution = 3,     ///< proven infeasible or unbounded: no optimum exists
    kExitUnverified = 4,     ///< a result that failed its re-check
    kExitLimitNoResult = 5,  ///< a limit was reached before any solution was found
    kExitInterrupted = 130   ///< SIGINT/SIGTERM: stopped early, output written with the best so far
};

/// The convention as help text, appended to every command's --help.
extern const char* const kExitCodeHelp;

/// The exit code for a MILP outcome: `hasResult` — a decoded result exists; `verified` — it
/// passed its re-check (ignored without a result).
int exitCodeFor(MilpStatus status, bool hasResult, bool verified);

}  // namespace smip::cli
