#pragma once
// One entry point that turns a dataset name (generator, bundled dataset or CSV path) into a
// Dataset, shared by every CLI command and GUI page.
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace smip {

struct DatasetSpec {
    /// Generator ("random", "teacher", "lowrank", "corner", "spiral", "xor", "circles", "moons",
    /// "blobs", the 1-D "random1d", "kinks", "sine", "bump"), bundled name ("iris", "wine",
    /// "breast_cancer", "digits") or a path to a .csv file.
    std::string source = "random";
    int n = 7;                 ///< samples (generators only)
    int d = 5;                 ///< features (random, teacher, lowrank; 2-D and 1-D sets ignore it)
    std::uint64_t seed = 0;    ///< generators only
    double noise = 0.1;        ///< noise of the 2-D shapes and of the 1-D kinks and sine
    std::string targetColumn;  ///< CSV: name or 1-based index of the target; empty = last column
};

/// Resolves `spec`. Returns false and sets `error` to a message naming the problem (unknown name,
/// bad size, the file's row and column for malformed CSV).
bool resolveDataset(const DatasetSpec& spec, Dataset& out, std::string& error);

/// Names accepted as generators and as bundled datasets, for menus and --help.
std::vector<std::string> generatorNames();
std::vector<std::string> bundledDatasetNames();

}  // namespace smip
