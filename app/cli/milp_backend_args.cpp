#include "app/cli/milp_backend_args.h"

#include <algorithm>
#include <thread>

#include "core/milp/worker_client.h"

namespace smip::cli {

std::unique_ptr<MilpBackend> milpBackendFromArgs(CliArgs& args, bool defaultWorker) {
    const std::string mode = args.text("milp-process", defaultWorker ? "worker" : "in-process");
    if (mode != "worker" && mode != "in-process")
        args.fail("--milp-process must be in-process or worker");
    return milpBackendFor(mode);
}

void addMilpProcessFlag(FlagTable& flags, std::string& mode) {
    flags.choice("milp-process",
                 "where CBC runs: in this process, or each MILP in a `sparsemip milp-worker` "
                 "child process (a CBC crash costs one solve)",
                 mode, {"in-process", "worker"});
}

std::unique_ptr<MilpBackend> milpBackendFor(const std::string& mode) {
    if (mode == "worker") {
        const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        return std::make_unique<WorkerProcessMilpBackend>(currentExecutablePath(), cores);
    }
    return std::make_unique<InProcessMilpBackend>();
}

}  // namespace smip::cli
