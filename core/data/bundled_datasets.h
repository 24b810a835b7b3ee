#pragma once
// The four public datasets shipped inside the library (resources/datasets/*.csv, embedded at
// build time by embed_datasets.cmake), so the CLI and GUI work from any directory.
#include <string>
#include <string_view>

#include "core/data/dataset.h"

namespace smip {

/// The embedded CSV text of a bundled dataset; empty when `name` is not bundled. Any thread.
std::string_view bundledCsvText(std::string_view name);

/// Parses a bundled dataset with the CSV reader and gives its classes their usual names (iris
/// species, breast cancer malignant/benign as in scikit-learn, wine class_0..2, digits 0..9).
/// `targetColumn` (name or 1-based index, empty = `label`) allows regression on a feature. Returns
/// false and sets `error` for an unknown name or target column. Any thread.
bool loadBundledDataset(const std::string& name, Dataset& out, std::string& error,
                        const std::string& targetColumn = "");

}  // namespace smip
