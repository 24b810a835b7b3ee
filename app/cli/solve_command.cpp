// `sparsemip solve --mps FILE.mps`: solves any MPS file through our CBC runner, printing progress
// lines and a summary (Ctrl-C stops the solve and keeps the best solution).
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/exit_codes.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"
#include "core/milp/milp_solver.h"

namespace {

std::string fmt(double v) {
    return smip::cli::formatNumber(v);
}

int runSolveCommand(const std::vector<std::string>& argv) {
    smip::cli::CliArgs args(argv, {"help", "quiet", "bare"});
    if (args.has("help")) {
        std::cout << "usage: sparsemip solve --mps FILE.mps [options]\n\n"
                     "  --time-limit S   wall-clock limit in seconds (default 60)\n"
                     "  --threads N      CBC branch-and-bound threads (default 1)\n"
                     "  --gap G          relative gap tolerance (default 1e-6)\n"
                     "  --log-level L    CBC log level 0..3 (default 1; log goes to stderr)\n"
                     "  --json FILE      write the result as JSON\n"
                     "  --bare           bare branch and bound instead of CBC's driver\n"
                     "  --quiet          no progress lines\n"
                     "Ctrl-C stops the solve and still prints and writes (--json) the best\n"
                     "solution so far.\n"
                  << smip::cli::kExitCodeHelp;
        return 0;
    }
    args.allowOnly(
        {"help", "quiet", "bare", "mps", "time-limit", "threads", "gap", "log-level", "json"});
    smip::MilpOptions options;
    options.timeLimitSeconds = args.number("time-limit", 60.0);
    options.threads = static_cast<int>(args.integer("threads", 1));
    options.relativeGap = args.number("gap", 1e-6);
    options.logLevel = static_cast<int>(args.integer("log-level", 1));
    options.useDriver = !args.has("bare");
    options.progressIntervalSeconds = 1.0;
    if (args.error().empty() && !args.has("mps")) args.fail("--mps FILE is required");
    if (args.error().empty() && options.timeLimitSeconds <= 0)
        args.fail("--time-limit must be > 0");
    if (args.error().empty() && (options.threads < 1 || options.threads > 64))
        args.fail("--threads must be between 1 and 64");
    if (!args.error().empty()) {
        std::cerr << "sparsemip solve: " << args.error() << "\n";
        return smip::cli::kExitUsage;
    }
    smip::MilpProblem problem;
    if (auto e = smip::readMps(args.text("mps"), problem); !e.empty()) {
        std::cerr << "sparsemip solve: " << e << "\n";
        return 1;
    }
    std::cout << "problem " << problem.name << ": " << problem.columns.size() << " columns ("
              << problem.integerCount() << " integer), " << problem.rows.size() << " rows, "
              << problem.nonzeroCount() << " nonzeros\n";

    const smip::cli::InterruptStop interrupt("solve");  // Ctrl-C stops the solve, keeps the best
    const smip::MilpHooks hooks = smip::cli::printingHooks(args.has("quiet"));
    const smip::MilpResult r = smip::solveMilp(problem, options, hooks, interrupt.token());
    std::cout << "status: " << smip::statusId(r.status) << " (" << r.message << ")\n"
              << "objective: " << (r.hasSolution ? fmt(r.objective) : "-") << "\n"
              << "best bound: " << fmt(r.bestBound) << "\ngap: " << fmt(r.gap)
              << "\nnodes: " << r.nodes << "\nseconds: " << fmt(r.seconds) << "\n";
    if (args.has("json")) {
        if (auto e = smip::writeFileAtomically(args.text("json"), smip::toJson(r).dump(1) + "\n");
            !e.empty()) {
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
