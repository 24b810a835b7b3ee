#include "app/cli/dataset_args.h"

namespace smip::cli {

std::set<std::string> withDatasetFlags(std::set<std::string> flags) {
    flags.insert({"dataset", "n", "noise", "target"});
    return flags;
}

DatasetSpec datasetSpecFromArgs(CliArgs& args, int defaultSamples) {
    DatasetSpec spec;
    spec.source = args.text("dataset");
    spec.n = static_cast<int>(args.integer("n", defaultSamples));
    spec.noise = args.number("noise", 0.1);
    spec.targetColumn = args.text("target");
    if (!args.has("dataset")) args.fail("--dataset is required");
    return spec;
}

}  // namespace smip::cli
