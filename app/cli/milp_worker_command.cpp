// `sparsemip milp-worker JOB.json`: one CBC solve as a child process of the GUI (protocol in
// core/milp/milp_worker.h). JSON lines on stdout, "cancel" on stdin or SIGTERM stops the solve.
#include <csignal>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "core/milp/milp_worker.h"

namespace {

void onSigterm(int) {
    smip::requestMilpWorkerStop();
}

int runMilpWorkerCommand(const std::vector<std::string>& argv) {
    smip::cli::CliArgs args(argv, {"help"});
    if (args.has("help")) {
        std::cout
            << "usage: sparsemip milp-worker JOB.json\n\n"
               "Solves the MILP in JOB.json ({\"problem\":..., \"options\":...}) and writes JSON\n"
               "lines to stdout: {\"type\":\"log\"}, {\"type\":\"progress\"}, then one\n"
               "{\"type\":\"result\"}. A line \"cancel\" on stdin or SIGTERM stops the solve\n"
               "(the best solution so far is reported). Exit code 0, 1 for an error result,\n"
               "2 for an unreadable job.\n";
        return 0;
    }
    args.allowOnly({"help"});
    if (args.error().empty() && args.positional().size() != 1)
        args.fail("expected exactly one job file, got " + std::to_string(args.positional().size()));
    if (!args.error().empty()) {
        std::cerr << "sparsemip milp-worker: " << args.error() << "\n";
        return 2;
    }
    struct sigaction sa {};
    sa.sa_handler = onSigterm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    return smip::runMilpWorkerOnStdio(args.positional().front());
}

const smip::cli::CommandRegistrar reg("milp-worker",
                                      "run one MILP job as a child process (JSON lines on stdout)",
                                      runMilpWorkerCommand);

}  // namespace
