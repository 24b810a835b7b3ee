#pragma once
// The CLI's one choice of MILP backend: `--milp-process in-process|worker`.
#include <memory>
#include <string>

#include "app/cli/flag_table.h"
#include "core/milp/milp_backend.h"

namespace smip::cli {

/// Declares `--milp-process in-process|worker` into `flags`; `mode` holds the command's default.
void addMilpProcessFlag(FlagTable& flags, std::string& mode);

/// The backend for a mode accepted by addMilpProcessFlag: "in-process" (CBC in this process) or
/// "worker" (each MILP in a `milp-worker` child of this executable, batches up to the core
/// count at once).
std::unique_ptr<MilpBackend> milpBackendFor(const std::string& mode);

}  // namespace smip::cli
