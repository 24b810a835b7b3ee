#include "app/cli/exit_codes.h"

namespace smip::cli {

const char* const kExitCodeHelp =
    "\nexit codes (every command):\n"
    "  0    a result: optimal, or the best found within a limit (and verified)\n"
    "  1    the run failed: unreadable input file, solver error, output not written\n"
    "  2    bad command line: unknown option, bad or missing value\n"
    "  3    no optimum exists: proven infeasible or unbounded\n"
    "  4    a result that failed its re-check (verification)\n"
    "  5    a limit was reached before any solution was found\n"
    "  130  interrupted (Ctrl-C / SIGTERM): stopped early, output written with the best result\n"
    "       so far (status cancelled); a second interrupt quits at once without output\n";

int exitCodeFor(MilpStatus status, bool hasResult, bool verified) {
    switch (status) {
        case MilpStatus::Cancelled:
            return kExitInterrupted;
        case MilpStatus::Infeasible:
        case MilpStatus::Unbounded:
            return kExitNoSolution;
        case MilpStatus::NoSolutionAtLimit:
            return kExitLimitNoResult;
        case MilpStatus::Error:
            return kExitFailed;
        case MilpStatus::Optimal:
        case MilpStatus::FeasibleAtLimit:
            break;
    }
    if (!hasResult) return kExitFailed;
    return verified ? kExitOk : kExitUnverified;
}

}  // namespace smip::cli
