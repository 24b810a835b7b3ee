// `sparsemip dataset --dataset NAME|FILE.csv`: loads or generates a dataset, prints a summary and
// optionally writes it as CSV or JSON. Parsing and serialization live in core/data.
#include <algorithm>
#include <climits>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
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

void printHelp() {
    std::cout
        << "usage: sparsemip dataset --dataset NAME|FILE.csv [options]\n\n"
           "Loads or generates a dataset and prints a summary.\n\n"
           "  --dataset NAME   generator ("
        << joined(smip::generatorNames())
        << "),\n"
           "                   bundled dataset ("
        << joined(smip::bundledDatasetNames())
        << ")\n"
           "                   or a path to a .csv file\n"
           "  --n N            samples of a generator (default 7)\n"
           "  --d D            features of random/teacher/lowrank (default 5)\n"
           "  --seed S         generator seed (default 0)\n"
           "  --noise X        noise of the 2-D shapes (default 0.1)\n"
           "  --target COL     CSV/bundled: target column name or 1-based index (default: last)\n"
           "  --csv FILE       also write the dataset as CSV\n"
           "  --json FILE      also write the dataset as JSON (session format)\n";
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
    smip::cli::CliArgs args(argv, {"help"});
    if (args.has("help")) {
        printHelp();
        return 0;
    }
    args.allowOnly({"help", "dataset", "n", "d", "seed", "noise", "target", "csv", "json"});
    smip::DatasetSpec spec;
    spec.source = args.text("dataset");
    // Out-of-range sizes are clamped just past the limits so resolveDataset names them.
    spec.n = static_cast<int>(std::clamp<long long>(args.integer("n", spec.n), -1, INT_MAX));
    spec.d = static_cast<int>(std::clamp<long long>(args.integer("d", spec.d), -1, INT_MAX));
    const long long seed = args.integer("seed", 0);
    if (seed < 0) args.fail("--seed expects a non-negative integer, got " + args.text("seed"));
    spec.seed = static_cast<std::uint64_t>(seed);
    spec.noise = args.number("noise", spec.noise);
    spec.targetColumn = args.text("target");
    if (args.error().empty() && !args.positional().empty())
        args.fail("unexpected argument '" + args.positional().front() + "'");
    if (args.error().empty() && !args.has("dataset")) args.fail("--dataset is required");
    if (!args.error().empty()) {
        std::cerr << "sparsemip dataset: " << args.error() << "\n";
        return 2;
    }
    smip::Dataset data;
    std::string error;
    if (!smip::resolveDataset(spec, data, error)) {
        std::cerr << "sparsemip dataset: " << error << "\n";
        return 1;
    }
    printSummary(data);
    if (args.has("csv")) {
        error = smip::writeDatasetCsv(data, args.text("csv"));
        if (!error.empty()) {
            std::cerr << "sparsemip dataset: " << error << "\n";
            return 1;
        }
        std::cout << "wrote " << args.text("csv") << "\n";
    }
    if (args.has("json")) {
        error =
            smip::writeFileAtomically(args.text("json"), smip::datasetToJson(data).dump() + "\n");
        if (!error.empty()) {
            std::cerr << "sparsemip dataset: " << error << "\n";
            return 1;
        }
        std::cout << "wrote " << args.text("json") << "\n";
    }
    return 0;
}

const smip::cli::CommandRegistrar reg("dataset", "load or generate a dataset, summarize, export",
                                      runDatasetCommand);

}  // namespace
