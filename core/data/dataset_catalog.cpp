#include "core/data/dataset_catalog.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/data/bundled_datasets.h"
#include "core/data/csv_reader.h"
#include "core/data/generators.h"
#include "core/data/line_generators.h"
#include "core/data/shape_generators.h"

namespace smip {
namespace {

// Limits keep a typo (n = 1e9) from exhausting memory: 5e7 doubles = 400 MB.
constexpr long long kMaxSamples = 1'000'000;
constexpr long long kMaxCells = 50'000'000;
// The teacher's planted net has ceil(n/2) units: generating costs n·ceil(n/2)·d multiply-adds.
constexpr double kMaxTeacherWork = 5e8;  // ~1–2 s on one core

bool endsWithCsv(const std::string& s) {
    if (s.size() < 4) return false;
    std::string tail = s.substr(s.size() - 4);
    std::transform(tail.begin(), tail.end(), tail.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return tail == ".csv";
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

bool checkSizes(const DatasetSpec& spec, bool usesD, std::string& error) {
    const std::string what = "dataset '" + spec.source + "': ";
    if (spec.n < 1 || spec.n > kMaxSamples) {
        error = what + "n must be between 1 and " + std::to_string(kMaxSamples) + ", got " +
                std::to_string(spec.n);
        return false;
    }
    if (!usesD) return true;
    if (spec.d < 1) {
        error = what + "d must be at least 1, got " + std::to_string(spec.d);
        return false;
    }
    if (static_cast<long long>(spec.n) * spec.d > kMaxCells) {
        error = what + "n·d = " + std::to_string(static_cast<long long>(spec.n) * spec.d) +
                " exceeds the limit of " + std::to_string(kMaxCells) + " values";
        return false;
    }
    return true;
}

bool checkNoise(const DatasetSpec& spec, std::string& error) {
    if (std::isfinite(spec.noise) && spec.noise >= 0.0) return true;
    error = "dataset '" + spec.source + "': noise must be a finite number ≥ 0, got " +
            std::to_string(spec.noise);
    return false;
}

bool generate(const DatasetSpec& spec, Dataset& out, std::string& error) {
    const std::string& name = spec.source;
    if (const auto shape = shapeFromName(name)) {
        if (!checkSizes(spec, false, error) || !checkNoise(spec, error)) return false;
        out = generateShape(*shape, spec.n, spec.noise, spec.seed);
        return true;
    }
    if (const auto line = lineFromName(name)) {
        if (!checkSizes(spec, false, error) || !checkNoise(spec, error)) return false;
        out = generateLine(*line, spec.n, spec.noise, spec.seed);
        return true;
    }
    if (!checkSizes(spec, true, error)) return false;
    if (name == "random") {
        out = generateRandom(spec.n, spec.d, spec.seed);
    } else if (name == "teacher") {
        const double work = double(spec.n) * std::ceil(spec.n / 2.0) * spec.d;
        if (work > kMaxTeacherWork) {
            error = "dataset 'teacher': n·ceil(n/2)·d = " + std::to_string(work) +
                    " exceeds the limit of 5e8 (its planted network has ceil(n/2) hidden "
                    "units); use fewer samples or features";
            return false;
        }
        out = generateTeacher(spec.n, spec.d, spec.seed);
    } else {
        out = generateLowRank(spec.n, spec.d, spec.seed);
    }
    return true;
}

}  // namespace

std::vector<std::string> generatorNames() {
    return {"random", "teacher", "lowrank",  "corner", "spiral", "xor", "circles",
            "moons",  "blobs",   "random1d", "kinks",  "sine",   "bump"};
}

std::vector<std::string> bundledDatasetNames() {
    return {"iris", "wine", "breast_cancer", "digits"};
}

bool resolveDataset(const DatasetSpec& spec, Dataset& out, std::string& error) {
    const std::string& source = spec.source;
    if (source.empty()) {
        error = "no dataset given: expected a generator (" + joined(generatorNames()) +
                "), a bundled dataset (" + joined(bundledDatasetNames()) +
                ") or a path to a .csv file";
        return false;
    }
    Dataset result;
    const auto gens = generatorNames();
    const auto bundled = bundledDatasetNames();
    std::error_code ec;
    if (!endsWithCsv(source) && std::find(gens.begin(), gens.end(), source) != gens.end()) {
        if (!generate(spec, result, error)) return false;
    } else if (!endsWithCsv(source) &&
               std::find(bundled.begin(), bundled.end(), source) != bundled.end()) {
        if (!loadBundledDataset(source, result, error, spec.targetColumn)) return false;
    } else if (endsWithCsv(source) || std::filesystem::is_regular_file(source, ec)) {
        CsvReadOptions options;
        options.targetColumn = spec.targetColumn;
        CsvReadResult read = readCsvFile(source, options);
        if (!read.ok) {
            error = read.error;
            return false;
        }
        result = std::move(read.dataset);
    } else {
        error = "unknown dataset '" + source + "': expected a generator (" + joined(gens) +
                "), a bundled dataset (" + joined(bundled) + ") or a path to a .csv file";
        return false;
    }
    // Defensive: every source must produce a consistent dataset.
    if (const std::string problem = validateDataset(result); !problem.empty()) {
        error = "dataset '" + source + "': " + problem;
        return false;
    }
    out = std::move(result);
    return true;
}

}  // namespace smip
