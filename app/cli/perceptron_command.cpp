// `sparsemip perceptron`: trains a shallow perceptron (step-function) network as a MILP with the
// sparsity terms of Rosenhahn (JOTA 2023) and reports train/test errors. Logic lives in
// core/perceptron; this file parses flags and prints.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/dataset_args.h"
#include "app/cli/exit_codes.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_json.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_trainer.h"

namespace {

const char* kHelp =
    "usage: sparsemip perceptron --dataset NAME|FILE.csv [options]\n\n"
    "Trains a network of Rosenblatt perceptrons (step activations) to global optimality as a MILP\n"
    "(Rosenhahn, JOTA 2023) with CBC, then evaluates the decoded network on a held-out split.\n\n"
    "  --dataset NAME          wine, breast_cancer, iris, corner, spiral, xor, ... or FILE.csv\n"
    "  --n N                   samples of a generated 2-D shape (default 100)\n"
    "  --noise X               noise of a generated shape (default 0.1)\n"
    "  --target COL            CSV: target column name or 1-based index (default: last)\n"
    "  --hidden 8              hidden perceptrons\n"
    "  --sparsity LIST         comma list of weights,activations,neurons (default none)\n"
    "  --weights-factor 0.1    objective weight per nonzero hidden weight\n"
    "  --activations-factor 0.1  objective weight per hidden firing on a training sample\n"
    "  --neurons-factor 0.1    objective weight per used hidden unit (kill switch)\n"
    "  --max-weights N         cap on nonzero hidden weights (needs the weights term)\n"
    "  --integer               integer network: inputs round(10·x in [0,1]), integer weights\n"
    "  --integer-bound 10      integer weights and biases in [-bound, bound]\n"
    "  --nonnegative           hidden weights >= 0 (feature selection)\n"
    "  --weight-bound 1        continuous mode: |weight| bound\n"
    "  --margin 0.01           continuous mode: 'off' means pre-activation <= -margin\n"
    "  --test-fraction 0.5     stratified held-out share (0 = train on everything, no test)\n"
    "  --train-fraction 0.5    the same as --test-fraction 1 - value (older name)\n"
    "  --max-train N           subsample the training part to N rows (big datasets)\n"
    "  --time-limit 30         solver wall-clock limit in seconds\n"
    "  --seed 1                split, subsample and generator seed\n"
    "  --milp-process in-process|worker  where CBC runs: in this process (default) or in a\n"
    "                          `sparsemip milp-worker` child process\n"
    "  --log                   print CBC's log to stderr\n"
    "  --json FILE             write config, network and results as JSON\n"
    "Ctrl-C stops the solve and still evaluates and writes (--json) the best network so far.\n";

const smip::cli::CommandFailure fail{"perceptron"};

// The decoded network's numbers (only with a network).
void printResult(const smip::PerceptronTrainResult& r) {
    std::printf("objective %.6g  bound %.6g  gap %.3g  nodes %lld  build %.2fs  solve %.2fs\n",
                r.objective, r.bestBound, r.gap, r.nodes, r.buildSeconds, r.solveSeconds);
    std::printf("train: %d bit errors, %d/%d misclassified, accuracy %.4f\n", r.train.bitErrors,
                r.train.misclassified, r.train.samples, r.train.accuracy);
    if (r.test.samples > 0)
        std::printf("test:  %d bit errors, %d/%d misclassified, accuracy %.4f\n", r.test.bitErrors,
                    r.test.misclassified, r.test.samples, r.test.accuracy);
    std::printf("network: %d nonzero hidden weights, %d used units, %lld hidden firings on train\n",
                r.nonzeroWeights, r.usedNeurons, r.train.activations);
    std::printf("verification: %s%s%s\n",
                r.verification.passed ? "decoded network matches the MILP loss" : "MISMATCH",
                r.verification.message.empty() ? "" : " — ", r.verification.message.c_str());
}

int run(const std::vector<std::string>& argv) {
    smip::cli::CliArgs args(argv, {"help", "integer", "nonnegative", "log"});
    if (smip::cli::printHelpIfAsked(args, kHelp)) {
        std::cout << smip::cli::kExitCodeHelp;
        return 0;
    }
    args.allowOnly(smip::cli::withDatasetFlags(
        {"help",           "hidden",      "sparsity",      "weights-factor", "activations-factor",
         "neurons-factor", "max-weights", "integer",       "integer-bound",  "nonnegative",
         "weight-bound",   "margin",      "test-fraction", "train-fraction", "max-train",
         "time-limit",     "seed",        "log",           "json",           "milp-process"}));
    const auto backend = smip::cli::milpBackendFromArgs(args);
    smip::PerceptronConfig cfg;
    cfg.hidden = static_cast<int>(args.integer("hidden", 8));
    cfg.sparsity.weightsFactor = args.number("weights-factor", 0.1);
    cfg.sparsity.activationsFactor = args.number("activations-factor", 0.1);
    cfg.sparsity.neuronsFactor = args.number("neurons-factor", 0.1);
    cfg.sparsity.maxWeights = static_cast<int>(args.integer("max-weights", -1));
    cfg.integer = args.has("integer");
    cfg.integerBound = static_cast<int>(args.integer("integer-bound", 10));
    cfg.nonnegative = args.has("nonnegative");
    cfg.weightBound = args.number("weight-bound", 1.0);
    cfg.margin = args.number("margin", 0.01);
    // The split takes the test share; --train-fraction stays as its complement for old scripts.
    const double testFraction = args.has("train-fraction")
                                    ? 1.0 - args.number("train-fraction", 0.5)
                                    : args.number("test-fraction", 0.5);
    const int maxTrain = static_cast<int>(args.integer("max-train", 0));
    const double timeLimit = args.number("time-limit", 30.0);
    const long long seed = args.integer("seed", 1);
    smip::DatasetSpec spec = smip::cli::datasetSpecFromArgs(args);
    std::string error = args.error();
    if (error.empty() && args.has("sparsity"))
        smip::parseSparsityFlags(args.text("sparsity"), cfg.sparsity, error);
    if (error.empty() && args.has("train-fraction") && args.has("test-fraction"))
        error = "give --test-fraction or --train-fraction, not both";
    if (error.empty() && !(testFraction >= 0.0 && testFraction < 1.0))
        error = args.has("train-fraction") ? "--train-fraction must be in (0, 1]"
                                           : "--test-fraction must be in [0, 1)";
    if (error.empty() && !(timeLimit > 0.0)) error = "--time-limit must be positive";
    if (error.empty() && seed < 0) error = "--seed must be non-negative";
    // Before anything is printed: a bad setting never shows up in a model summary.
    if (error.empty() && !smip::checkPerceptronConfig(cfg, error))
        error = "bad model settings: " + error;
    if (!error.empty()) return fail(error);
    spec.seed = static_cast<std::uint64_t>(seed);

    smip::Dataset data;
    if (!smip::resolveDataset(spec, data, error)) return fail(error, 1);
    if (!smip::checkPerceptronData(data, cfg.maxClasses, error)) return fail(error, 1);
    const smip::PerceptronSplit split =
        smip::splitPerceptronData(data, testFraction, maxTrain, spec.seed);
    const smip::Dataset& train = split.train;
    const smip::Dataset& test = split.test;
    const int fullTrain = split.fullTrain;
    const int K = data.classes();
    const auto size = smip::estimatePerceptronMilp(train.samples(), train.features(), K, cfg);
    std::printf("dataset %s: %d samples, %d features, %d classes; train %d, test %d\n",
                data.name.c_str(), data.samples(), data.features(), K, train.samples(),
                test.samples());
    if (train.samples() < fullTrain)
        std::printf("note: training part subsampled from %d to %d rows (--max-train)\n", fullTrain,
                    train.samples());
    std::printf("model: %d hidden, sparsity %s%s%s; MILP %lld rows, %lld columns, %lld binaries\n",
                cfg.hidden, cfg.sparsity.flagsId().c_str(), cfg.integer ? ", integer" : "",
                cfg.nonnegative ? ", nonnegative" : "", size.rows, size.columns, size.binaries);
    if (size.binaries > 20000 && maxTrain <= 0)
        std::printf("note: a large MILP; --max-train N makes it smaller\n");
    std::fflush(stdout);

    smip::MilpOptions opts;
    opts.timeLimitSeconds = timeLimit;
    opts.logLevel = args.has("log") ? 1 : 0;
    smip::MilpHooks hooks;
    double lastIncumbent = NAN, lastPrint = -1.0;
    hooks.onProgress = [&](const smip::MilpProgress& p) {
        const bool better = !std::isnan(p.incumbent) && p.incumbent != lastIncumbent;
        if (!better && p.seconds - lastPrint < 2.0) return;
        lastIncumbent = p.incumbent;
        lastPrint = p.seconds;
        std::fprintf(stderr, "%8.2fs  incumbent %-10.4g bound %-10.4g nodes %lld\n", p.seconds,
                     p.incumbent, p.bound, p.nodes);
    };
    if (args.has("log")) hooks.onLog = [](const std::string& line) { std::cerr << line << "\n"; };
    const smip::cli::InterruptStop interrupt("perceptron");  // Ctrl-C stops, keeps the best
    const auto r = smip::trainPerceptron(train, test.samples() > 0 ? &test : nullptr, cfg, opts,
                                         hooks, interrupt.token(), *backend);
    if (r.status == smip::MilpStatus::Error) return fail(r.message, smip::cli::kExitFailed);
    std::printf("status: %s%s%s\n", smip::statusId(r.status), r.message.empty() ? "" : " — ",
                r.message.c_str());
    if (r.hasNetwork) printResult(r);
    if (args.has("json")) {
        nlohmann::json j = {{"dataset", data.name},
                            {"train_samples", train.samples()},
                            {"test_samples", test.samples()},
                            {"subsampled_from", fullTrain},
                            {"time_limit_seconds", timeLimit},
                            {"seed", seed},
                            {"interrupted", interrupt.interrupted()},
                            {"config", smip::toJson(cfg)},
                            {"result", smip::toJson(r)}};
        const std::string werr = smip::writeFileAtomically(args.text("json"), j.dump(2) + "\n");
        if (!werr.empty()) return fail(werr, smip::cli::kExitFailed);
    }
    return smip::cli::exitCodeFor(r.status, r.hasNetwork, r.verification.passed);
}

const smip::cli::CommandRegistrar reg("perceptron",
                                      "train a sparse step-function network as a MILP (Rosenhahn)",
                                      run);

}  // namespace
