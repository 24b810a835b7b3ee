#pragma once
// A BlockSolver for the Lagrangian decomposition that solves the block MILPs of one iteration in
// parallel worker processes (`sparsemip milp-worker`), up to the core count at a time. Runs on the
// training worker thread with QProcess's blocking API (that thread has no event loop).
#include <functional>

#include "core/miptrain/mip_train_hooks.h"

namespace smip::ui {

/// Builds the solver. `hooks.onMilpProgress` / `onLog` receive the children's progress and log
/// (on the calling thread). A stop request cancels every child, then kills it after 1.5 s.
BlockSolver processBlockSolver(const MipTrainHooks& hooks, int maxParallel = 0);

}  // namespace smip::ui
