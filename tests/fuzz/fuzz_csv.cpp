// Fuzzes the CSV reader (core/data: csv_reader, csv_tokenizer, utf8_text) with mutants of
// tests/fuzz/corpus/csv. Properties on every input: no crash, nothing thrown; a rejected input
// has a non-empty error that is valid UTF-8 without raw control bytes (it is printed to a
// terminal); an accepted input is a consistent dataset that round-trips through csv_writer
// (written, read again: the same names, task, classes and values, bit for bit).
// Usage: fuzz_csv --iterations K | --seconds S [--seed N] [--corpus DIR] [--out DIR]
// (`--corpus DIR --iterations 0` replays the files in DIR, e.g. a saved failure).
#include <cstdio>
#include <string>
#include <unordered_set>

#include "core/data/csv_reader.h"
#include "core/data/csv_writer.h"
#include "core/data/utf8_text.h"
#include "tests/fuzz/fuzz_driver.h"

namespace {

using smip::CsvReadOptions;
using smip::Dataset;

// The read options vary with the input (a hash of its bytes), so a saved failing file replays
// with the options that failed and the seed corpus still covers several option sets.
CsvReadOptions optionsFor(const std::string& input) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (const char c : input)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    CsvReadOptions o;
    switch (h % 8) {
        case 0:
            o.targetColumn = "1";
            break;
        case 1:
            o.header = smip::CsvHeaderRule::Present;
            break;
        case 2:
            o.header = smip::CsvHeaderRule::Absent;
            break;
        case 3:
            o.task = smip::CsvTaskRule::Regression;
            break;
        case 4:
            o.task = smip::CsvTaskRule::Classification;
            break;
        case 5:
            o.maxCells = 64;  // the cell limit's message
            break;
        default:
            break;  // the defaults, most of the time
    }
    return o;
}

std::string describeOptions(const CsvReadOptions& o) {
    return "options: target '" + o.targetColumn + "', header rule " +
           std::to_string(static_cast<int>(o.header)) + ", task rule " +
           std::to_string(static_cast<int>(o.task)) + ", max cells " + std::to_string(o.maxCells);
}

std::string errorProblem(const std::string& error) {
    if (error.empty()) return "rejected without an error message";
    if (!smip::isValidUtf8(error)) return "error message is not valid UTF-8: " + error;
    for (const char ch : error) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
            return "error message has a raw control byte: " + smip::escapeControlBytes(error);
    }
    return {};
}

std::string namesProblem(const Dataset& d) {
    std::unordered_set<std::string> seen;
    for (const auto& n : d.featureNames) {
        if (!smip::isValidUtf8(n)) return "feature name is not valid UTF-8";
        if (!seen.insert(n).second) return "duplicate feature name '" + n + "'";
    }
    if (!smip::isValidUtf8(d.targetName)) return "target name is not valid UTF-8";
    if (seen.count(d.targetName)) return "target name repeats a feature name";
    for (const auto& n : d.classNames)
        if (!smip::isValidUtf8(n)) return "class name is not valid UTF-8";
    return {};
}

std::string sameDataset(const Dataset& a, const Dataset& b) {
    if (a.featureNames != b.featureNames) return "feature names differ";
    if (a.targetName != b.targetName) return "target name differs";
    if (a.task != b.task) return "task differs";
    if (a.classNames != b.classNames) return "class names differ";
    if (a.X.rows() != b.X.rows() || a.X.cols() != b.X.cols()) return "X shape differs";
    if (a.y.size() != b.y.size()) return "y size differs";
    for (Eigen::Index i = 0; i < a.X.size(); ++i)
        if (a.X.data()[i] != b.X.data()[i]) return "a feature value differs";
    for (Eigen::Index i = 0; i < a.y.size(); ++i)
        if (a.y(i) != b.y(i)) return "a target value differs";
    return {};
}

std::string checkCsv(const std::string& input) {
    const CsvReadOptions options = optionsFor(input);
    const smip::CsvReadResult r = smip::readCsvText(input, options, "fuzz");
    std::string problem;
    if (!r.ok) {
        problem = errorProblem(r.error);
    } else if (problem = smip::validateDataset(r.dataset); !problem.empty()) {
        problem = "accepted an invalid dataset: " + problem;
    } else if (problem = namesProblem(r.dataset); problem.empty()) {
        // The writer puts the target last and writes a header; read back with the task we got.
        CsvReadOptions again;
        again.header = smip::CsvHeaderRule::Present;
        again.task = r.dataset.task == smip::TaskKind::Classification
                         ? smip::CsvTaskRule::Classification
                         : smip::CsvTaskRule::Regression;
        const std::string written = smip::datasetToCsv(r.dataset);
        const smip::CsvReadResult back = smip::readCsvText(written, again, "fuzz");
        if (!back.ok)
            problem = "round trip: the written CSV is rejected: " + back.error;
        else if (problem = sameDataset(r.dataset, back.dataset); !problem.empty())
            problem = "round trip: " + problem + "; written:\n" + written.substr(0, 400);
    }
    return problem.empty() ? problem : problem + " (" + describeOptions(options) + ")";
}

}  // namespace

int main(int argc, char** argv) {
    smip::fuzz::Harness h{"csv", ".csv",  SPARSEMIP_FUZZ_CORPUS_CSV, SPARSEMIP_FUZZ_OUT,
                          {},    checkCsv};
    // Tokens of CSV files beyond the common ones: header words the reader treats specially,
    // missing-value spellings, decimal commas, quoted fields with delimiters and line ends.
    h.tokens = {"label",
                "class",
                "Label",
                "y",
                "target",
                "n/a",
                "null",
                "None",
                "\"a,b\"",
                "\"x\"\"y\"",
                "\"line\nbreak\"",
                "1;5",
                "3,14",
                ",,",
                ";;",
                "\t\t",
                "\n\n",
                "0.1,0.2,0.3\n",
                "a,b,c\n",
                "\"\",\"\"\n",
                "1e5",
                "1E-5",
                "  ",
                "-.5",
                ".5e1"};
    return smip::fuzz::runHarness(h, argc, argv);
}
