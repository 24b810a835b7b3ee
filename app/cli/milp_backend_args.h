#pragma once
// The CLI's one choice of MILP backend: `--milp-process in-process|worker`.
#include <memory>

#include "app/cli/cli_args.h"
#include "core/milp/milp_backend.h"

namespace smip::cli {

/// The backend `--milp-process` asks for: "in-process" (CBC in this process) or "worker" (each
/// MILP in a `milp-worker` child of this executable, batches up to the core count at once).
/// Without the flag: worker when `defaultWorker`, else in-process. Any other value records an
/// error in `args` (and gives in-process).
std::unique_ptr<MilpBackend> milpBackendFromArgs(CliArgs& args, bool defaultWorker = false);

/// The backend named by a `--milp-process` value already checked to be "in-process" or "worker".
std::unique_ptr<MilpBackend> milpBackendNamed(const std::string& mode);

}  // namespace smip::cli
