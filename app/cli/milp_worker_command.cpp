// `sparsemip milp-worker JOB.json`: one CBC solve as a child process of the GUI (protocol in
// core/milp/milp_worker.h). JSON lines on stdout, "cancel" on stdin or SIGTERM stops the solve.
#include <csignal>
#include <iostream>

#include "app/cli/command_registry.h"
#include "app/cli/flag_table.h"
#include "core/milp/milp_worker.h"

namespace {

void onSigterm(int) {
    smip::requestMilpWorkerStop();
}

int runMilpWorkerCommand(const std::vector<std::string>& argv) {
    std::string job;
    smip::cli::FlagTable flags(
        "usage: sparsemip milp-worker JOB.json\n\n"
        "Solves the MILP in JOB.json ({\"problem\":..., \"options\":...}) and writes JSON\n"
        "lines to stdout: {\"type\":\"log\"}, {\"type\":\"progress\"}, then one\n"
        "{\"type\":\"result\"}. A line \"cancel\" on stdin or SIGTERM stops the solve\n"
        "(the best solution so far is reported).");
    flags.positional("JOB.json", "the job: problem and options, as the parent wrote it", job)
        .epilogue("Exit code 0, 1 for an error result, 2 for an unreadable job.\n");
    if (const int code = flags.parse(argv, "milp-worker"); code >= 0) return code;
    struct sigaction sa {};
    sa.sa_handler = onSigterm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, nullptr);
    return smip::runMilpWorkerOnStdio(job);
}

const smip::cli::CommandRegistrar reg("milp-worker",
                                      "run one MILP job as a child process (JSON lines on stdout)",
                                      runMilpWorkerCommand);

}  // namespace
