#include "core/data/bundled_datasets.h"

#include <map>
#include <vector>

#include "core/data/csv_reader.h"

namespace smip {

bool loadBundledDataset(const std::string& name, Dataset& out, std::string& error,
                        const std::string& targetColumn) {
    const std::string_view text = bundledCsvText(name);
    if (text.empty()) {
        error = "unknown bundled dataset '" + name + "'";
        return false;
    }
    CsvReadOptions options;
    options.targetColumn = targetColumn;
    CsvReadResult read = readCsvText(text, options, name);
    if (!read.ok) {  // an unknown target column (or a broken build resource)
        error = "bundled dataset '" + name + "': " + read.error;
        return false;
    }
    // Label ids follow the original sources (UCI order; scikit-learn's loaders use the same ids).
    static const std::map<std::string, std::vector<std::string>> kClassNames = {
        {"iris", {"setosa", "versicolor", "virginica"}},
        {"wine", {"class_0", "class_1", "class_2"}},
        {"breast_cancer", {"malignant", "benign"}},
    };
    const auto it = kClassNames.find(name);
    if (it != kClassNames.end() && read.dataset.targetName == "label" &&
        it->second.size() == read.dataset.classNames.size())
        read.dataset.classNames = it->second;
    out = std::move(read.dataset);
    return true;
}

}  // namespace smip
