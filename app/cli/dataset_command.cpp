// `sparsemip dataset --dataset NAME|FILE.csv`: loads or generates a dataset, prints a summary and
// optionally writes it as CSV or JSON. Parsing and serialization live in core/data.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "app/cli/command_registry.h"
#include "app/cli/dataset_args.h"
#include "core/common/atomic_file.h"
#include "core/data/csv_writer.h"
#include "core/data/dataset_catalog.h"
#include "core/data/dataset_json.h"

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

void printSummary(const smip::Dataset& data) {
    const bool cls = data.task == smip::TaskKind::Classification;
    std::cout << "dataset:  " << data.name << "\n"
              << "samples:  " << data.samples() << "\n"
              << "features: " << data.features() << "\n"
              << "task:     " << (cls ? "classification" : "regression") << "\n"
              << "target:   " << data.targetName << "\n";
    if (cls) {
        std::cout << "classes:  " << data.classes() << "\n";
        for (int c = 0; c < data.classes(); ++c) {
            const auto count = (data.y.array() == c).count();
            std::cout << "  " << c << "  " << data.classNames[static_cast<std::size_t>(c)] << "  ("
                      << count << " samples)\n";
        }
    } else {
        std::printf("target min %.6g  max %.6g  mean %.6g\n", data.y.minCoeff(), data.y.maxCoeff(),
                    data.y.mean());
    }
    std::size_t width = 7;
    for (const auto& n : data.featureNames)
        width = std::max(width, n.size());
    std::printf("\n%-*s %12s %12s %12s\n", static_cast<int>(width), "feature", "min", "max",
                "mean");
    for (int j = 0; j < data.features(); ++j)
        std::printf("%-*s %12.6g %12.6g %12.6g\n", static_cast<int>(width),
                    data.featureNames[static_cast<std::size_t>(j)].c_str(),
                    data.X.col(j).minCoeff(), data.X.col(j).maxCoeff(), data.X.col(j).mean());
    std::fflush(stdout);
}

int runDatasetCommand(const std::vector<std::string>& argv) {
    smip::DatasetSpec spec;  // core defaults
    std::string csv, json;
    smip::cli::FlagTable flags(
        "usage: sparsemip dataset --dataset NAME|FILE.csv [options]\n\n"
        "Loads or generates a dataset and prints a summary.");
    smip::cli::addDatasetFlags(flags, spec,
                               "generator (" + joined(smip::generatorNames()) +
                                   "), bundled dataset (" + joined(smip::bundledDatasetNames()) +
                                   ") or a path to a .csv file; required");
    smip::cli::addSizeFlag(flags, "d", "D", "features of random/teacher/lowrank", spec.d);
    flags
        .custom("seed", "S", "generator seed", std::to_string(spec.seed),
                [&spec](const std::string& text) {
                    char* end = nullptr;
                    const long long v = std::strtoll(text.c_str(), &end, 10);
                    if (text.empty() || *end != '\0')
                        return "expects an integer, got '" + text + "'";
                    if (v < 0) return "expects a non-negative integer, got " + text;
                    spec.seed = static_cast<std::uint64_t>(v);
                    return std::string();
                })
        .text("csv", "FILE", "also write the dataset as CSV", csv)
        .text("json", "FILE", "also write the dataset as JSON (session format)", json);
    if (const int code = flags.parse(argv, "dataset"); code >= 0) return code;
    if (!flags.given("dataset")) {
        std::cerr << "sparsemip dataset: --dataset is required\n";
        return 2;
    }
    smip::Dataset data;
    std::string error;
    if (!smip::resolveDataset(spec, data, error)) {
        std::cerr << "sparsemip dataset: " << error << "\n";
        return 1;
    }
    printSummary(data);
    if (!csv.empty()) {
        error = smip::writeDatasetCsv(data, csv);
        if (!error.empty()) {
            std::cerr << "sparsemip dataset: " << error << "\n";
            return 1;
        }
        std::cout << "wrote " << csv << "\n";
    }
    if (!json.empty()) {
        error = smip::writeFileAtomically(json, smip::datasetToJson(data).dump() + "\n");
        if (!error.empty()) {
            std::cerr << "sparsemip dataset: " << error << "\n";
            return 1;
        }
        std::cout << "wrote " << json << "\n";
    }
    return 0;
}

const smip::cli::CommandRegistrar reg("dataset", "load or generate a dataset, summarize, export",
                                      runDatasetCommand);

}  // namespace
