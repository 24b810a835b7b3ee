#include "core/data/csv_writer.h"

#include <charconv>

#include "core/common/atomic_file.h"

namespace smip {
namespace {

void appendField(std::string& out, const std::string& field, char delim) {
    // Every delimiter the reader may detect is quoted, not only `delim`: an unquoted name with
    // three tabs in a comma file makes the reader take tab as the delimiter (found by fuzz_csv).
    const bool quote = field.empty() || field.find_first_of("\"\r\n,;\t") != std::string::npos ||
                       field.find(delim) != std::string::npos || field.front() == ' ' ||
                       field.back() == ' ' ||
                       field.rfind("\xEF\xBB\xBF", 0) == 0;  // a BOM opening the file is dropped
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

void appendNumber(std::string& out, double v) {
    char buf[32];
    // to_chars without a format gives the shortest text that parses back to the same double.
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, res.ptr);
}

}  // namespace

std::string datasetToCsv(const Dataset& data, char delimiter) {
    std::string out;
    out.reserve(static_cast<std::size_t>(data.X.size() + data.y.size()) * 12 + 256);
    for (const auto& name : data.featureNames) {
        appendField(out, name, delimiter);
        out += delimiter;
    }
    appendField(out, data.targetName, delimiter);
    out += '\n';
    const bool classes = data.task == TaskKind::Classification && data.classes() > 0;
    for (Eigen::Index i = 0; i < data.X.rows(); ++i) {
        for (Eigen::Index j = 0; j < data.X.cols(); ++j) {
            appendNumber(out, data.X(i, j));
            out += delimiter;
        }
        const double t = data.y(i);
        const auto id = static_cast<long long>(t);
        if (classes && id >= 0 && id < data.classes() && static_cast<double>(id) == t)
            appendField(out, data.classNames[static_cast<std::size_t>(id)], delimiter);
        else
            appendNumber(out, t);
        out += '\n';
    }
    return out;
}

std::string writeDatasetCsv(const Dataset& data, const std::string& path) {
    return writeFileAtomically(path, datasetToCsv(data));
}

}  // namespace smip
