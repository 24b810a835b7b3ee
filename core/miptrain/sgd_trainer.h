#pragma once
// A small dense-network SGD trainer (Adam, softmax cross-entropy) for the hybrid method of
// Patil & Mintz: MIP weights as the initial point versus a random initialization.
// Binary (step) units train with the straight-through estimator (Bengio et al. 2013): the forward
// pass uses the step, the backward pass the derivative of hardtanh (1 on |a| ≤ 1).
#include <stop_token>
#include <vector>

#include "core/miptrain/mip_network.h"
#include "core/miptrain/mip_train_config.h"
#include "core/miptrain/mip_train_hooks.h"
#include "core/miptrain/weighted_samples.h"

namespace smip {

struct SgdResult {
    MipNetwork network;
    std::vector<double> epochLoss;  ///< weighted mean cross-entropy per epoch
    bool cancelled = false;
    double seconds = 0.0;
};

/// Trains `init` on `s` (sample weights scale each sample's loss; minibatches drawn over rows).
/// Seeded by config.seed; stops early on `stop`. Worker thread; hooks.onEpoch per epoch.
SgdResult trainSgd(const MipNetwork& init, const WeightedSamples& s, const SgdConfig& config,
                   const MipTrainHooks& hooks, std::stop_token stop);

}  // namespace smip
