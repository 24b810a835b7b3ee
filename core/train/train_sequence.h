#pragma once
// Several regularizers trained from the same initial weights (the sparse-ReLU package's five-model
// comparison), on one thread or several at once (the seed pipeline uses both
// cores this way; the Train page runs one job per regularizer itself).
#include <functional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/train/trainer.h"

namespace smip {

/// The sparse-ReLU package's five: none, wd, p0.4, p0.7, p1.0, all with strength `lambda`.
std::vector<RegularizerSpec> defaultRegularizers(double lambda = 0.005);

/// Parses a comma-separated id list ("none,wd,p0.4,l1,group"). Returns false and names the bad
/// id in `error`; an empty list is an error too.
bool parseRegularizerList(const std::string& list, double lambda, std::vector<RegularizerSpec>& out,
                          std::string& error);

/// Called on the training thread with the index of the regularizer in the list and its sample.
using SequenceSampleFn = std::function<void(int index, const TrainSample&)>;

/// Trains every regularizer from the same `init` on up to `threads` threads (≤ 0: the hardware's
/// core count; 1: in list order on the calling thread): each thread takes the next regularizer in
/// the list. `onSample` runs on the training threads, possibly concurrently. One result per
/// regularizer, in list order: after a stop, the interrupted ones report Cancelled and those not
/// started come back Cancelled with the initial network and no epochs run. Rethrows the first
/// exception a thread threw (std::invalid_argument like trainShallow).
std::vector<TrainResult> trainRegularizers(const Dataset& data, const ShallowReluNet& init,
                                           const std::vector<RegularizerSpec>& regularizers,
                                           const TrainConfig& config,
                                           const SequenceSampleFn& onSample = {},
                                           std::stop_token stop = {}, int threads = 0);

}  // namespace smip
