#pragma once
// CSV export that readCsvText reads back to the same dataset: a header row (feature names, then
// the target name), shortest round-trip number formatting, class names as target values.
// Class ids come back in sorted order of the names, so a dataset whose class names are not
// sorted (e.g. {"malignant", "benign"}) is renumbered on re-import; numeric names "0".."C-1" in
// a target named `label`/`class` round-trip exactly.
#include <string>

#include "core/data/dataset.h"

namespace smip {

/// The CSV text of `data` (LF line ends, comma by default; fields quoted when needed).
std::string datasetToCsv(const Dataset& data, char delimiter = ',');

/// Writes datasetToCsv(data) to `path` atomically. Empty string on success, else the reason.
std::string writeDatasetCsv(const Dataset& data, const std::string& path);

}  // namespace smip
