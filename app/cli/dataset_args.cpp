#include "app/cli/dataset_args.h"

#include <algorithm>
#include <charconv>
#include <climits>

namespace smip::cli {

void addSizeFlag(FlagTable& flags, const char* name, const char* value, std::string help,
                 int& target) {
    flags.custom(
        name, value, std::move(help), std::to_string(target), [&target](const std::string& text) {
            long long v = 0;
            const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
            if (text.empty() || ptr != text.data() + text.size() ||
                (ec != std::errc() && ec != std::errc::result_out_of_range))
                return "expects an integer, got '" + text + "'";
            if (ec == std::errc::result_out_of_range) v = text[0] == '-' ? -1 : LLONG_MAX;
            target = static_cast<int>(std::clamp<long long>(v, -1, INT_MAX));
            return std::string();
        });
}

void addDatasetFlags(FlagTable& flags, DatasetSpec& spec, std::string datasetHelp) {
    // No default shown for --dataset: it is required (the struct's "random" is not a default here).
    flags.custom("dataset", "NAME", std::move(datasetHelp), "", [&spec](const std::string& value) {
        spec.source = value;
        return std::string();
    });
    addSizeFlag(flags, "n", "N", "samples of a generated dataset", spec.n);
    flags.number("noise", "X", "noise of a generated 2-D shape or 1-D kinks/sine", spec.noise)
        .text("target", "COL", "CSV: target column name or 1-based index (default: last)",
              spec.targetColumn);
}

}  // namespace smip::cli
