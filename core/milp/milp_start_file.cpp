// MIP start files for the `cbc` program. CBC 2.10's reader (CbcMipStartIO) takes a line as a value
// when its first field starts with a digit and is all digits, and its third field consists only of
// digits and ".-+e" (so no "inf", no upper-case exponent): "%.17g" of a finite double fits. It
// reads lines into a 256-byte buffer, hence the limit on names.
#include "core/milp/milp_start_file.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/milp/milp_file_io.h"
#include "core/milp/milp_validation.h"

namespace smip {
namespace {

constexpr std::size_t kMaxNameLength = 200;  // + index and value stay below 255 characters

std::string number(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v == 0.0 ? 0.0 : v);  // no "-0"
    return buf;
}

bool allDigits(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

}  // namespace

std::string mipStartText(const MilpProblem& p, const std::vector<double>& start,
                         MilpFileFormat format, std::string& error) {
    error.clear();
    if (start.size() != p.columns.size()) {
        error = "the MIP start has " + std::to_string(start.size()) + " values for " +
                std::to_string(p.columns.size()) + " columns";
        return {};
    }
    const std::vector<std::string> names =
        format == MilpFileFormat::Mps ? solverColumnNames(p) : lpColumnNames(p);
    double objective = p.objectiveOffset;
    for (std::size_t j = 0; j < start.size(); ++j) {
        if (!std::isfinite(start[j])) {
            error = "the MIP start's value of column '" + names[j] + "' is not finite";
            return {};
        }
        if (names[j].size() > kMaxNameLength) {
            error = "column name '" + names[j].substr(0, 40) +
                    "…' is too long for CBC's MIP start reader (" + std::to_string(kMaxNameLength) +
                    " characters at most)";
            return {};
        }
        objective += p.columns[j].cost * start[j];
    }
    // MPS files hold the minimization form (writeMps negates a maximization).
    const bool negated = format == MilpFileFormat::Mps && p.sense == ObjectiveSense::Maximize;
    std::ostringstream out;
    out << "Feasible - objective value " << number(negated ? -objective : objective) << "\n";
    out << "* MIP start of '" << p.name << "' (" << start.size()
        << " columns), written by SparseMIP Studio; cbc MODEL -mipstart THIS_FILE -solve\n";
    for (std::size_t j = 0; j < start.size(); ++j)
        out << j << ' ' << names[j] << ' ' << number(start[j]) << "\n";
    return out.str();
}

std::string writeMipStart(const MilpProblem& p, const std::vector<double>& start,
                          const std::string& path, MilpFileFormat format) {
    std::string error;
    const std::string text = mipStartText(p, start, format, error);
    if (!error.empty()) return "MIP start for " + path + ": " + error;
    return writeFileAtomically(path, text);
}

std::string readMipStart(const std::string& path,
                         std::vector<std::pair<std::string, double>>& values) {
    values.clear();
    std::string content, error;
    if (!readWholeFile(path, content, error)) return error;
    std::istringstream in(content);
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string index, name, value;
        if (!(fields >> index >> name >> value) || !allDigits(index)) continue;
        char* end = nullptr;
        const double v = std::strtod(value.c_str(), &end);
        if (end == value.c_str() || *end != '\0')
            return path + ": bad value in line '" + line + "'";
        values.emplace_back(name, v);
    }
    if (values.empty()) return path + ": no MIP start values";
    return {};
}

}  // namespace smip
