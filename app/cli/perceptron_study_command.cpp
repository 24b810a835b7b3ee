// `sparsemip perceptron-study`: the sparsity table of Rosenhahn (JOTA 2023, Table 3) on one
// dataset — 8 flag combinations, the integer network and a gradient baseline over seeded splits.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <thread>

#include "app/cli/command_registry.h"
#include "app/cli/dataset_args.h"
#include "app/cli/flag_table.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/model_files.h"
#include "core/common/atomic_file.h"
#include "core/perceptron/perceptron_json.h"
#include "core/perceptron/perceptron_study.h"

namespace {

const smip::cli::CommandFailure fail{"perceptron-study"};

void declareFlags(smip::cli::FlagTable& flags, smip::PerceptronStudyConfig& cfg,
                  smip::DatasetSpec& spec, std::string& milpProcess, bool& inProcess,
                  std::string& csv, std::string& json, smip::cli::ModelFiles& model) {
    smip::cli::addDatasetFlags(flags, spec);
    flags.integer("repeats", "R", "seeded stratified splits", cfg.repeats, 1, 1000)
        .integer("hidden", "N", "hidden perceptrons", cfg.network.hidden)
        .number("factor", "X", "weight of every sparsity term", cfg.factor, 0.0)
        .positive("time-limit", "S", "seconds per MILP solve", cfg.timeLimitSeconds)
        .integer("max-train", "N", "subsample each training half to N rows (big datasets; 0 = all)",
                 cfg.maxTrain)
        .integer("epochs", "E", "baseline epochs", cfg.baseline.epochs, 1)
        .number("l1", "X", "baseline L1 strength", cfg.baseline.l1)
        .toggle("no-integer", "skip the integer row", cfg.includeInteger, false)
        .toggle("no-baseline", "skip the gradient baseline row", cfg.includeBaseline, false)
        .integer("seed", "S", "split r uses seed + r", cfg.seed)
        .integer("workers", "N",
                 "runs at once, each MILP in its own worker process (default: one per core)",
                 cfg.workers, 1, 64);
    smip::cli::addMilpProcessFlag(flags, milpProcess);
    flags.toggle("in-process", "the same as --milp-process in-process", inProcess)
        .text("csv", "FILE", "write the table as CSV", csv)
        .text("json", "FILE", "write the table and per-run values as JSON", json);
    smip::cli::addModelFileFlags(flags, model,
                                 "each run's MILP (on its training half) and its start");
    flags.epilogue(smip::cli::modelFilesHelp(
        true,
        "  <dataset>-<variant>-split<r>, e.g. wine-101-split3 (variant: the\n"
        "  weights/activations/neurons flags, or int; r = 1..R)."));
}

int run(const std::vector<std::string>& argv) {
    smip::PerceptronStudyConfig cfg;  // core defaults (the GUI's study panel starts from them)
    cfg.workers = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    smip::DatasetSpec spec;
    spec.n = 100;  // the GUI's perceptron form uses 100 (DatasetSpec's 7 suits `sparsest`)
    // Each MILP in a worker child by default: a CBC crash costs one solve, not the study.
    std::string milpProcess = "worker", csv, json;
    smip::cli::ModelFiles model;
    bool inProcess = false;
    smip::cli::FlagTable flags(
        "usage: sparsemip perceptron-study --dataset NAME|FILE.csv [options]\n\n"
        "For R seeded stratified 50/50 splits, trains the perceptron MILP with each of the 8\n"
        "combinations of the weights/activations/neurons sparsity terms (flags 'wan'), the "
        "integer\nnetwork and an L1 gradient baseline; prints mean ± std test accuracy and "
        "resource use.");
    declareFlags(flags, cfg, spec, milpProcess, inProcess, csv, json, model);
    if (const int code = flags.parse(argv, "perceptron-study"); code >= 0) return code;
    if (inProcess && flags.given("milp-process"))
        return fail("--in-process and --milp-process exclude each other");
    if (!flags.given("dataset")) return fail("--dataset is required");
    const auto backend = smip::cli::milpBackendFor(inProcess ? "in-process" : milpProcess);
    spec.seed = cfg.seed;
    std::string error;

    smip::Dataset data;
    if (!smip::resolveDataset(spec, data, error)) return fail(error, 1);
    smip::PerceptronStudyHooks hooks;
    hooks.onProgress = [](int done, int total, const std::string& variant) {
        if (!variant.empty())
            std::fprintf(stderr, "[%d/%d] %s\n", done + 1, total, variant.c_str());
    };
    const smip::cli::ModelFileSink modelSink(model, "perceptron-study");
    hooks.milp.onModel = modelSink.hook();
    const auto r = smip::runPerceptronStudy(data, cfg, hooks, {}, *backend);
    if (r.rows.empty()) return fail(r.message, 1);
    if (const std::string e = modelSink.error(); !e.empty()) return 1;  // printed by the sink
    std::printf(
        "dataset %s: %d samples, %d features, %d classes; train %d, test %d per split; "
        "%d repeats, %.0f s limit per solve\n",
        r.dataset.c_str(), r.samples, r.features, r.classes, r.trainSamples, r.testSamples,
        cfg.repeats, cfg.timeLimitSeconds);
    if (r.subsampled)
        std::printf("note: training halves subsampled to %d rows (--max-train)\n", cfg.maxTrain);
    std::printf("\n%-9s %-17s %8s %9s %8s %9s %8s %7s\n", "variant", "test acc", "#w", "#act",
                "#neur", "seconds", "proven", "verify");
    for (const auto& row : r.rows) {
        char acc[32];
        std::snprintf(acc, sizeof acc, "%.3f ± %.3f", row.accuracyMean, row.accuracyStd);
        char proven[32];
        std::snprintf(proven, sizeof proven, "%d/%d", row.proven, row.solves);
        const bool base = row.variant.baseline;
        std::printf("%-9s %-17s %8.1f %9.1f %8.2f %9.2f %8s %7s\n", row.variant.id.c_str(), acc,
                    row.weightsMean, row.activationsMean, row.neuronsMean, row.secondsMean,
                    base ? "-" : proven,
                    base ? "-" : (row.verifyMismatches == 0 ? "ok" : "MISMATCH"));
        if (row.runs < row.solves && !row.lastError.empty())
            std::printf("          %d of %d runs without a network: %s\n", row.solves - row.runs,
                        row.solves, row.lastError.c_str());
    }
    std::printf(
        "(variant = flags weights/activations/neurons; #act = hidden firings on the training "
        "half; baseline = ReLU MLP + L1, proven n/a)\n");
    if (!r.message.empty()) std::printf("note: %s\n", r.message.c_str());
    if (!csv.empty()) {
        const std::string werr = smip::writeFileAtomically(csv, smip::perceptronStudyCsv(r));
        if (!werr.empty()) return fail(werr, 1);
    }
    if (!json.empty()) {
        const std::string werr = smip::writeFileAtomically(json, smip::toJson(r).dump(2) + "\n");
        if (!werr.empty()) return fail(werr, 1);
    }
    return r.cancelled ? 1 : 0;
}

const smip::cli::CommandRegistrar reg("perceptron-study",
                                      "Table-3 sparsity study of MILP perceptron networks", run);

}  // namespace
