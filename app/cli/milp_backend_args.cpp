#include "app/cli/milp_backend_args.h"

#include <algorithm>
#include <thread>

#include "core/milp/worker_client.h"

namespace smip::cli {

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
