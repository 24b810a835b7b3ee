#include "core/sweep/sweep_grid.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <set>

namespace smip {

namespace {

// The file stem with everything but letters, digits, '_' and '.' replaced by '_': ids name files
// and appear unquoted in plan lines and CSV cells.
std::string safeStem(const std::string& path) {
    std::string stem = std::filesystem::path(path).stem().string();
    for (char& c : stem)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') c = '_';
    return stem.empty() ? "data" : stem;
}

bool parseOne(const std::string& text, long long& out) {
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

bool isSweepCsvKind(const std::string& kind) {
    std::string ext = std::filesystem::path(kind).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".csv";
}

const std::vector<std::string>& sweepGeneratorKinds() {
    static const std::vector<std::string> kinds = {"random", "teacher", "lowrank"};
    return kinds;
}

bool parseIntegerList(const std::string& text, long long min, std::vector<long long>& out,
                      std::string& error) {
    out.clear();
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string item = text.substr(start, comma - start);
        start = comma + 1;
        if (item.empty()) continue;
        const std::size_t colon = item.find(':');
        long long lo = 0, hi = 0;
        const bool ok = colon == std::string::npos ? parseOne(item, lo) && (hi = lo, true)
                                                   : parseOne(item.substr(0, colon), lo) &&
                                                         parseOne(item.substr(colon + 1), hi);
        if (!ok || hi < lo) {
            error = "expects integers or ranges A:B (A <= B), got '" + item + "'";
            return false;
        }
        if (lo < min) {
            error = "values must be >= " + std::to_string(min) + ", got '" + item + "'";
            return false;
        }
        if (hi - lo >= 1000000) {
            error = "range '" + item + "' is too long";
            return false;
        }
        for (long long v = lo; v <= hi; ++v)
            out.push_back(v);
    }
    if (out.empty()) error = "expects at least one value";
    return !out.empty();
}

bool sweepInstances(const SweepGrid& grid, std::vector<SweepInstance>& out, std::string& error) {
    out.clear();
    if (grid.kinds.empty() || grid.seeds.empty() || grid.settings.regularizers.empty()) {
        error = "a sweep needs at least one kind, one seed and one regularizer";
        return false;
    }
    const bool anyGenerator = std::any_of(grid.kinds.begin(), grid.kinds.end(),
                                          [](const std::string& k) { return !isSweepCsvKind(k); });
    if (anyGenerator && (grid.n.empty() || grid.d.empty())) {
        error = "generator kinds need at least one N and one d";
        return false;
    }
    const auto positive = [&](const std::vector<int>& values, const char* name) {
        for (int v : values)
            if (v < 1) {
                error = std::string(name) + " must be >= 1, got " + std::to_string(v);
                return false;
            }
        return true;
    };
    if (!positive(grid.n, "N") || !positive(grid.d, "d")) return false;
    const auto& generators = sweepGeneratorKinds();
    std::set<std::string> ids;
    const auto add = [&](SweepInstance inst) {
        if (!ids.insert(inst.id).second) {
            error = "two instances share the id '" + inst.id + "' (CSV files with the same name?)";
            return false;
        }
        inst.settings = grid.settings;
        out.push_back(std::move(inst));
        return true;
    };
    for (const std::string& kind : grid.kinds) {
        if (isSweepCsvKind(kind)) {
            const std::string label = "csv-" + safeStem(kind);
            for (std::uint64_t s : grid.seeds)
                if (!add({label + "-s" + std::to_string(s), label, kind, 0, 0, s, {}}))
                    return false;
            continue;
        }
        if (std::find(generators.begin(), generators.end(), kind) == generators.end()) {
            error = "unknown kind '" + kind + "' (random, teacher, lowrank or a .csv file)";
            return false;
        }
        for (int n : grid.n)
            for (int d : grid.d)
                for (std::uint64_t s : grid.seeds) {
                    const std::string id = kind + "-n" + std::to_string(n) + "-d" +
                                           std::to_string(d) + "-s" + std::to_string(s);
                    if (!add({id, kind, kind, n, d, s, {}})) return false;
                }
    }
    return true;
}

}  // namespace smip
