// `sparsemip perceptron-study`: the sparsity table of Rosenhahn (JOTA 2023, Table 3) on one
// dataset — 8 flag combinations, the integer network and a gradient baseline over seeded splits.
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/dataset_args.h"
#include "app/cli/milp_backend_args.h"
#include "core/common/atomic_file.h"
#include "core/perceptron/perceptron_json.h"
#include "core/perceptron/perceptron_study.h"

namespace {

const char* kHelp =
    "usage: sparsemip perceptron-study --dataset NAME|FILE.csv [options]\n\n"
    "For R seeded stratified 50/50 splits, trains the perceptron MILP with each of the 8\n"
    "combinations of the weights/activations/neurons sparsity terms (flags 'wan'), the integer\n"
    "network and an L1 gradient baseline; prints mean ± std test accuracy and resource use.\n\n"
    "  --dataset NAME       wine, breast_cancer, iris, corner, spiral, ... or FILE.csv\n"
    "  --n N                samples of a generated 2-D shape (default 100)\n"
    "  --noise X            noise of a generated shape (default 0.1)\n"
    "  --target COL         CSV: target column (default: last)\n"
    "  --repeats 10         splits\n"
    "  --hidden 8           hidden perceptrons\n"
    "  --factor 0.1         weight of every sparsity term\n"
    "  --time-limit 30      seconds per MILP solve\n"
    "  --max-train N        subsample each training half to N rows (big datasets)\n"
    "  --epochs 2000        baseline epochs\n"
    "  --l1 0.001           baseline L1 strength\n"
    "  --no-integer         skip the integer row\n"
    "  --no-baseline        skip the gradient baseline row\n"
    "  --seed 1             split r uses seed + r\n"
    "  --milp-process worker|in-process   where CBC runs (default worker: each MILP in a\n"
    "                       `sparsemip milp-worker` child process, so a CBC crash costs one\n"
    "                       solve, not the study)\n"
    "  --in-process         the same as --milp-process in-process\n"
    "  --csv FILE           write the table as CSV\n"
    "  --json FILE          write the table and per-run values as JSON\n";

const smip::cli::CommandFailure fail{"perceptron-study"};

int run(const std::vector<std::string>& argv) {
    smip::cli::CliArgs args(argv, {"help", "no-integer", "no-baseline", "in-process"});
    if (smip::cli::printHelpIfAsked(args, kHelp)) return 0;
    args.allowOnly(smip::cli::withDatasetFlags(
        {"help", "in-process", "milp-process", "repeats", "hidden", "factor", "time-limit",
         "max-train", "epochs", "l1", "no-integer", "no-baseline", "seed", "csv", "json"}));
    if (args.has("in-process") && args.has("milp-process"))
        args.fail("--in-process and --milp-process exclude each other");
    const auto backend = smip::cli::milpBackendFromArgs(args, !args.has("in-process"));
    smip::PerceptronStudyConfig cfg;
    cfg.repeats = static_cast<int>(args.integer("repeats", 10));
    cfg.network.hidden = static_cast<int>(args.integer("hidden", 8));
    cfg.factor = args.number("factor", 0.1);
    cfg.timeLimitSeconds = args.number("time-limit", 30.0);
    cfg.maxTrain = static_cast<int>(args.integer("max-train", 0));
    cfg.baseline.epochs = static_cast<int>(args.integer("epochs", 2000));
    cfg.baseline.l1 = args.number("l1", 1e-3);
    cfg.includeInteger = !args.has("no-integer");
    cfg.includeBaseline = !args.has("no-baseline");
    const long long seed = args.integer("seed", 1);
    smip::DatasetSpec spec = smip::cli::datasetSpecFromArgs(args);
    std::string error = args.error();
    if (error.empty() && (cfg.repeats < 1 || cfg.repeats > 1000))
        error = "--repeats must be in 1..1000";
    if (error.empty() && !(cfg.timeLimitSeconds > 0.0)) error = "--time-limit must be positive";
    if (error.empty() && cfg.factor < 0.0) error = "--factor must be non-negative";
    if (error.empty() && cfg.baseline.epochs < 1) error = "--epochs must be at least 1";
    if (error.empty() && seed < 0) error = "--seed must be non-negative";
    if (!error.empty()) return fail(error);
    cfg.seed = static_cast<std::uint64_t>(seed);
    spec.seed = cfg.seed;

    smip::Dataset data;
    if (!smip::resolveDataset(spec, data, error)) return fail(error, 1);
    smip::PerceptronStudyHooks hooks;
    hooks.onProgress = [](int done, int total, const std::string& variant) {
        if (!variant.empty())
            std::fprintf(stderr, "[%d/%d] %s\n", done + 1, total, variant.c_str());
    };
    const auto r = smip::runPerceptronStudy(data, cfg, hooks, {}, *backend);
    if (r.rows.empty()) return fail(r.message, 1);
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
    if (args.has("csv")) {
        const std::string werr =
            smip::writeFileAtomically(args.text("csv"), smip::perceptronStudyCsv(r));
        if (!werr.empty()) return fail(werr, 1);
    }
    if (args.has("json")) {
        const std::string werr =
            smip::writeFileAtomically(args.text("json"), smip::toJson(r).dump(2) + "\n");
        if (!werr.empty()) return fail(werr, 1);
    }
    return r.cancelled ? 1 : 0;
}

const smip::cli::CommandRegistrar reg("perceptron-study",
                                      "Table-3 sparsity study of MILP perceptron networks", run);

}  // namespace
