#pragma once
// Which trained model the whole pipeline (train, then MILP) hands to the MILP: the sparsest one
// that fits.
#include <vector>

#include "core/data/dataset.h"
#include "core/train/trainer.h"

namespace smip {

/// The largest MSE that counts as fitting `data`: fitTolerance·max(1, var(y)).
double fitMseLimit(const Dataset& data, double fitTolerance = 1e-3);

/// Whether a trained model fits: not diverged and its final MSE within fitMseLimit.
bool trainedModelFits(const TrainResult& result, double mseLimit);

/// The finished result with the fewest nonzeros among those whose MSE is at most
/// fitTolerance·max(1, var(y)); when none fits, the one with the smallest MSE. nullptr for an
/// empty list. The sparse-ReLU package takes its MILP bounds from such a model.
const TrainResult* pickSparsestFit(const std::vector<TrainResult>& results, const Dataset& data,
                                   double fitTolerance = 1e-3);

}  // namespace smip
