#pragma once
// Several regularizers trained from the same initial weights (the sparse-ReLU package's five-model
// comparison). The GUI runs each regularizer on its own thread itself; this is the sequential
// helper for the CLI, tests and scripts.
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

/// Trains every regularizer in order from the same `init`; stops early (remaining ones are
/// skipped, the interrupted one reports Cancelled) when `stop` is requested. Throws
/// std::invalid_argument like trainShallow.
std::vector<TrainResult> trainSequential(const Dataset& data, const ShallowReluNet& init,
                                         const std::vector<RegularizerSpec>& regularizers,
                                         const TrainConfig& config,
                                         const SequenceSampleFn& onSample = {},
                                         std::stop_token stop = {});

}  // namespace smip
