// `sparsemip solve --mps FILE.mps`: solves any MPS file through our CBC runner, printing progress
// lines and a summary (Ctrl-C stops the solve and keeps the best solution).
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/command_registry.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flag_table.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"
#include "core/milp/milp_solver.h"

namespace {

std::string fmt(double v) {
    return smip::cli::formatNumber(v);
}

int runSolveCommand(const std::vector<std::string>& argv) {
    smip::MilpOptions options;  // core defaults: 60 s, 1 thread, gap 1e-6, log level 1
    std::string mps, json;
    bool bare = false, quiet = false;
    smip::cli::FlagTable flags("usage: sparsemip solve --mps FILE.mps [options]");
    flags.text("mps", "FILE", "the MPS file to solve (required)", mps)
        .positive("time-limit", "S", "wall-clock limit in seconds", options.timeLimitSeconds)
        .integer("threads", "N", "CBC branch-and-bound threads", options.threads, 1, 64)
        .number("gap", "G", "relative gap tolerance", options.relativeGap, 0.0)
        .integer("log-level", "L", "CBC log level (log goes to stderr)", options.logLevel, 0, 3)
        .text("json", "FILE", "write the result as JSON", json)
        .toggle("bare", "bare branch and bound instead of CBC's driver", bare)
        .toggle("quiet", "no progress lines", quiet)
        .epilogue(std::string("Ctrl-C stops the solve and still prints and writes (--json) the "
                              "best\nsolution so far.\n") +
                  smip::cli::kExitCodeHelp);
    if (const int code = flags.parse(argv, "solve"); code >= 0) return code;
    if (!flags.given("mps")) return smip::cli::CommandFailure{"solve"}("--mps FILE is required");
    options.useDriver = !bare;
    options.progressIntervalSeconds = 1.0;
    smip::MilpProblem problem;
    if (auto e = smip::readMps(mps, problem); !e.empty()) {
        std::cerr << "sparsemip solve: " << e << "\n";
        return 1;
    }
    std::cout << "problem " << problem.name << ": " << problem.columns.size() << " columns ("
              << problem.integerCount() << " integer), " << problem.rows.size() << " rows, "
              << problem.nonzeroCount() << " nonzeros\n";

    const smip::cli::InterruptStop interrupt("solve");  // Ctrl-C stops the solve, keeps the best
    const smip::MilpHooks hooks = smip::cli::printingHooks(quiet);
    const smip::MilpResult r = smip::solveMilp(problem, options, hooks, interrupt.token());
    std::cout << "status: " << smip::statusId(r.status) << " (" << r.message << ")\n"
              << "objective: " << (r.hasSolution ? fmt(r.objective) : "-") << "\n"
              << "best bound: " << fmt(r.bestBound) << "\ngap: " << fmt(r.gap)
              << "\nnodes: " << r.nodes << "\nseconds: " << fmt(r.seconds) << "\n";
    if (!json.empty()) {
        if (auto e = smip::writeFileAtomically(json, smip::toJson(r).dump(1) + "\n"); !e.empty()) {
            std::cerr << "sparsemip solve: " << e << "\n";
            return 1;
        }
    }
    // Nothing re-checks a solution here: CBC's own answer is the result.
    return smip::cli::exitCodeFor(r.status, r.hasSolution, true);
}

const smip::cli::CommandRegistrar reg("solve", "solve an MPS file with CBC (progress + summary)",
                                      runSolveCommand);

}  // namespace
