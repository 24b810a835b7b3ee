#pragma once
// The dataset flags of the commands that train on one dataset (perceptron, perceptron-study):
// --dataset NAME|FILE.csv (required), --n (samples of a generated shape), --noise, --target.
#include <set>
#include <string>

#include "app/cli/cli_args.h"
#include "app/cli/flag_table.h"
#include "core/data/dataset_catalog.h"

namespace smip::cli {

/// `flags` plus dataset, n, noise and target: for CliArgs::allowOnly.
std::set<std::string> withDatasetFlags(std::set<std::string> flags);

/// Reads the dataset flags into a spec; its seed is left to the caller (after checking --seed). A
/// missing --dataset becomes args' error unless an earlier flag failed first.
DatasetSpec datasetSpecFromArgs(CliArgs& args, int defaultSamples = 100);

/// Declares --dataset, --n, --noise and --target into `flags`, filling `spec` (its values are
/// the defaults shown). --dataset is required: check `flags.given("dataset")` after parsing.
void addDatasetFlags(FlagTable& flags, DatasetSpec& spec);

}  // namespace smip::cli
