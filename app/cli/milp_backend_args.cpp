#include "app/cli/milp_backend_args.h"

#include <algorithm>
#include <thread>

#include "core/milp/worker_client.h"

namespace smip::cli {

std::unique_ptr<MilpBackend> milpBackendNamed(const std::string& mode) {
    if (mode == "worker") {
        const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        return std::make_unique<WorkerProcessMilpBackend>(currentExecutablePath(), cores);
    }
    return std::make_unique<InProcessMilpBackend>();
}

std::unique_ptr<MilpBackend> milpBackendFromArgs(CliArgs& args, bool defaultWorker) {
    const std::string mode = args.text("milp-process", defaultWorker ? "worker" : "in-process");
    if (mode != "in-process" && mode != "worker")
        args.fail("--milp-process must be in-process or worker");
    return milpBackendNamed(mode);
}

}  // namespace smip::cli
