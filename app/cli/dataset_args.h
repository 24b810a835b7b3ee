#pragma once
// The dataset flags of the commands that train on one dataset (perceptron, perceptron-study):
// --dataset NAME|FILE.csv (required), --n (samples of a generated shape), --noise, --target.
#include <string>

#include "app/cli/flag_table.h"
#include "core/data/dataset_catalog.h"

namespace smip::cli {

/// Declares --dataset, --n, --noise and --target into `flags`, filling `spec` (its values are
/// the defaults shown). --dataset is required: check `flags.given("dataset")` after parsing.
/// Sizes beyond int are clamped just past the limits, so resolveDataset names them.
void addDatasetFlags(FlagTable& flags, DatasetSpec& spec,
                     std::string datasetHelp =
                         "iris, wine, breast_cancer, corner, spiral, xor, "
                         "... or FILE.csv");

/// A sample or feature count: an integer, clamped to [-1, INT_MAX] so that resolveDataset's
/// range check names a value beyond int instead of a wrapped one.
void addSizeFlag(FlagTable& flags, const char* name, const char* value, std::string help,
                 int& target);

}  // namespace smip::cli
