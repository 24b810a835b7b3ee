#pragma once
// The one place that decides where the GUI's MILPs run: always in `sparsemip milp-worker` child
// processes, so that Cancel takes effect within a second (a worker is stopped, then killed after
// a grace period, keeping its incumbent) and a CBC crash never takes the application down.
#include <QString>

#include "core/milp/milp_backend.h"

namespace smip::ui {

/// Path of the CLI that hosts the worker: $SPARSEMIP_CLI, else `sparsemip` beside the app.
QString milpWorkerExecutable();

/// The GUI's backend: worker processes of milpWorkerExecutable(), batches (the Lagrangian
/// blocks) up to the core count at once. Shared and stateless: usable from any thread; the
/// executable is looked up on every call ($SPARSEMIP_CLI may change, e.g. in tests).
const MilpBackend& guiMilpBackend();

}  // namespace smip::ui
