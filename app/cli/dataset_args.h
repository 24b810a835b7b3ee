#pragma once
// The dataset flags of the commands that train on one dataset (perceptron, perceptron-study):
// --dataset NAME|FILE.csv (required), --n (samples of a generated shape), --noise, --target.
#include <string>

#include "app/cli/flag_table.h"
#include "core/data/dataset_catalog.h"

namespace smip::cli {

/// Declares --dataset, --n, --noise and --target into `flags`, filling `spec` (its values are
/// the defaults shown). --dataset is required: check `flags.given("dataset")` after parsing.
void addDatasetFlags(FlagTable& flags, DatasetSpec& spec);

}  // namespace smip::cli
