#pragma once
// The two direct MIP training methods of Patil & Mintz: the whole network as one MILP,
// and greedy layer-wise training (each hidden layer with its own output layer, then frozen).
#include <stop_token>
#include <string>

#include "core/milp/milp_backend.h"
#include "core/milp/milp_solver.h"
#include "core/miptrain/mip_train_hooks.h"
#include "core/miptrain/network_milp.h"

namespace smip {

struct MipSolveOutcome {
    MilpStatus status = MilpStatus::Error;
    std::string message;
    bool hasNetwork = false;
    MipNetwork network;
    double objective = 0.0;  ///< MILP objective (NaN for layer-wise: no single MILP)
    double bound = 0.0;      ///< MILP best bound (NaN for layer-wise)
    double gap = 0.0;        ///< proven relative gap (NaN when nothing is proven about the whole)
    double seconds = 0.0;
    long long nodes = 0;
    bool exact = true;  ///< the MILP(s) were exact formulations
    std::string start;  ///< "sgd" when the MILP began from SGD's activation pattern, else empty
    double startObjective = 0.0;  ///< objective of that start
};

/// Solves the whole network as one MILP on `s` (time limit from `options`). With `startNet`
/// (binary units), the MILP starts from that network's activation pattern (mip_start.h) when it
/// is realizable. Every MILP runs on `backend`. Worker thread.
MipSolveOutcome trainFullMip(const WeightedSamples& s, const MipArchitecture& arch,
                             const MipFormulation& f, const MilpOptions& options,
                             const MipTrainHooks& hooks, std::stop_token stop,
                             const MipNetwork* startNet = nullptr,
                             const MilpBackend& backend = inProcessMilpBackend());

/// Greedy layer-wise training: stage l solves "inputs-K_l-J" on the frozen activations of layers
/// < l (re-aggregated, exact), keeps the hidden layer; the last stage's output layer is kept.
/// `options.timeLimitSeconds` is shared among the stages. With `startNet` (binary units) each
/// stage starts from the activation pattern of startNet's layer l on the stage's inputs (its
/// output layer chosen optimally), as the full MIP starts from SGD. Every MILP runs on `backend`.
/// Worker thread.
MipSolveOutcome trainLayerwiseMip(const WeightedSamples& s, const MipArchitecture& arch,
                                  const MipFormulation& f, const MilpOptions& options,
                                  const MipTrainHooks& hooks, std::stop_token stop,
                                  const MilpBackend& backend = inProcessMilpBackend(),
                                  const MipNetwork* startNet = nullptr);

}  // namespace smip
