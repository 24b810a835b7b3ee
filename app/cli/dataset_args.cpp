#include "app/cli/dataset_args.h"

namespace smip::cli {

void addDatasetFlags(FlagTable& flags, DatasetSpec& spec) {
    // No default shown for --dataset: it is required (the struct's "random" is not a default here).
    flags
        .custom("dataset", "NAME",
                "iris, wine, breast_cancer, corner, spiral, xor, ... or FILE.csv", "",
                [&spec](const std::string& value) {
                    spec.source = value;
                    return std::string();
                })
        .integer("n", "N", "samples of a generated 2-D shape", spec.n)
        .number("noise", "X", "noise of a generated shape", spec.noise)
        .text("target", "COL", "CSV: target column name or 1-based index (default: last)",
              spec.targetColumn);
}

}  // namespace smip::cli
