// `sparsemip perceptron`: trains a shallow perceptron (step-function) network as a MILP with the
// sparsity terms of Rosenhahn (JOTA 2023) and reports train/test errors. Logic lives in
// core/perceptron; this file parses flags and prints.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/command_registry.h"
#include "app/cli/config_issue_report.h"
#include "app/cli/dataset_args.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flag_table.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/model_files.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"
#include "core/milp/milp_solver.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_json.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_run.h"
#include "core/perceptron/perceptron_trainer.h"

namespace {

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

// Everything the flags fill, with the defaults --help shows.
struct PerceptronFlags {
    smip::PerceptronConfig network;  // core defaults
    smip::DatasetSpec spec = cliDatasetSpec();
    smip::MilpOptions milp = cliMilpOptions();
    double testFraction = 0.5;  // the GUI's form and the study: half for testing
    double trainFraction = 0.5;
    int maxTrain = 0;  // 0: no subsample
    std::string sparsity, milpProcess = "in-process", json;
    smip::cli::ModelFiles model;
    bool log = false, force = false;

    static smip::DatasetSpec cliDatasetSpec() {
        smip::DatasetSpec spec;
        spec.n = 100;   // the GUI's perceptron form uses 100 (DatasetSpec's 7 suits `sparsest`)
        spec.seed = 1;  // the GUI's perceptron form and the study start at seed 1
        return spec;
    }
    static smip::MilpOptions cliMilpOptions() { return smip::defaultPerceptronMilpOptions(); }
};

void declareFlags(smip::cli::FlagTable& flags, PerceptronFlags& f) {
    smip::PerceptronConfig& cfg = f.network;
    smip::cli::addDatasetFlags(flags, f.spec);
    flags.integer("hidden", "N", "hidden perceptrons", cfg.hidden)
        .text("sparsity", "LIST",
              "comma list of weights,activations,neurons (default none): the sparsity terms",
              f.sparsity)
        .number("weights-factor", "X", "objective weight per nonzero hidden weight",
                cfg.sparsity.weightsFactor)
        .number("activations-factor", "X",
                "objective weight per hidden firing on a training sample",
                cfg.sparsity.activationsFactor)
        .number("neurons-factor", "X", "objective weight per used hidden unit (kill switch)",
                cfg.sparsity.neuronsFactor)
        .integer("max-weights", "N",
                 "cap on nonzero hidden weights (needs the weights term; -1 none)",
                 cfg.sparsity.maxWeights)
        .toggle("integer", "integer network: inputs round(10·x in [0,1]), integer weights",
                cfg.integer)
        .integer("integer-bound", "B", "integer weights and biases in [-B, B]", cfg.integerBound)
        .toggle("nonnegative", "hidden weights >= 0 (feature selection)", cfg.nonnegative)
        .number("weight-bound", "W", "continuous mode: |weight| bound", cfg.weightBound)
        .number("margin", "M", "continuous mode: 'off' means pre-activation <= -M", cfg.margin)
        .number("test-fraction", "F",
                "stratified held-out share in [0, 1) (0 = train on everything, no test)",
                f.testFraction)
        .number("train-fraction", "F", "the same as --test-fraction 1 - F (older name)",
                f.trainFraction)
        .integer("max-train", "N", "subsample the training part to N rows (big datasets; 0 = all)",
                 f.maxTrain)
        .integer("start-restarts", "R",
                 "gradient restarts of the MIP start (0 = only the heuristic start)",
                 cfg.start.restarts, 0, 1000)
        .custom("polish", "off|final|restart",
                "polish the solver's incumbents exactly (LP on the firing pattern, weights and "
                "units dropped): off, its last one after the solve, or also each improved one "
                "with a restart of CBC from it",
                smip::polishId(cfg.polish),
                [&cfg](const std::string& v) {
                    return smip::polishFromId(v, cfg.polish)
                               ? std::string()
                               : std::string("expected off, final or restart");
                })
        .custom(
            "pattern-bound", "on|off",
            "before CBC, enumerate firing patterns for an exact lower bound and a better "
            "network (activations term, continuous network, <= 64 training samples, <= 3 inputs, "
            "<= 4 hidden)",
            f.network.patternBound ? "on" : "off",
            [&cfg](const std::string& v) {
                if (v != "on" && v != "off") return std::string("expected on or off");
                cfg.patternBound = v == "on";
                return std::string();
            })
        .positive("time-limit", "S", "solver wall-clock limit in seconds", f.milp.timeLimitSeconds)
        .integer("seed", "S", "split, subsample and generator seed", f.spec.seed);
    smip::cli::addMilpProcessFlag(flags, f.milpProcess);
    smip::cli::addForceFlag(flags, f.force);
    flags.toggle("log", "print CBC's log to stderr", f.log)
        .text("json", "FILE", "write config, network and results as JSON", f.json);
    smip::cli::addModelFileFlags(flags, f.model, "the MILP (on the training part) before solving");
    flags.epilogue(std::string("Ctrl-C stops the solve and still evaluates and writes (--json) the "
                               "best network so far.\n") +
                   smip::cli::modelFilesHelp(false) + smip::cli::kExitCodeHelp);
}

// Checks across flags and of the model; empty when the settings are usable.
std::string crossCheck(const smip::cli::FlagTable& flags, PerceptronFlags& f) {
    std::string error;
    if (!flags.given("dataset")) return "--dataset is required";
    if (!f.sparsity.empty() && !smip::parseSparsityFlags(f.sparsity, f.network.sparsity, error))
        return error;
    if (flags.given("train-fraction") && flags.given("test-fraction"))
        return "give --test-fraction or --train-fraction, not both";
    // The split takes the test share; --train-fraction stays as its complement for old scripts.
    if (flags.given("train-fraction")) f.testFraction = 1.0 - f.trainFraction;
    if (!(f.testFraction >= 0.0 && f.testFraction < 1.0))
        return flags.given("train-fraction") ? "--train-fraction must be in (0, 1]"
                                             : "--test-fraction must be in [0, 1)";
    return {};
}

int run(const std::vector<std::string>& argv) {
    PerceptronFlags f;
    smip::cli::FlagTable flags(
        "usage: sparsemip perceptron --dataset NAME|FILE.csv [options]\n\n"
        "Trains a network of Rosenblatt perceptrons (step activations) to global optimality as a "
        "MILP\n(Rosenhahn, JOTA 2023) with CBC, then evaluates the decoded network on a held-out "
        "split.");
    declareFlags(flags, f);
    if (const int code = flags.parse(argv, "perceptron"); code >= 0) return code;
    if (const std::string error = crossCheck(flags, f); !error.empty()) return fail(error);
    const auto backend = smip::cli::milpBackendFor(f.milpProcess);
    const smip::PerceptronConfig& cfg = f.network;
    const smip::DatasetSpec& spec = f.spec;
    const double testFraction = f.testFraction;
    const int maxTrain = f.maxTrain;
    const double timeLimit = f.milp.timeLimitSeconds;
    const std::uint64_t seed = spec.seed;
    std::string error;

    smip::Dataset data;
    if (!smip::resolveDataset(spec, data, error)) return fail(error, 1);
    // Before anything is printed: a bad setting never shows up in a model summary.
    smip::PerceptronRunConfig run;
    run.network = cfg;
    run.testFraction = testFraction;
    run.maxTrain = maxTrain;
    run.seed = seed;
    if (const int code = smip::cli::reportConfigIssues(
            "perceptron", smip::validatePerceptronRun(data, run), f.force);
        code >= 0)
        return code;
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
    smip::MilpOptions opts = f.milp;
    opts.logLevel = f.log ? 1 : 0;
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
    if (f.log) hooks.onLog = [](const std::string& line) { std::cerr << line << "\n"; };
    // The model and the MIP start the solve gets (the start is chosen first: heuristic and
    // polished gradient networks), written just before CBC starts.
    const smip::cli::ModelFileSink modelSink(f.model, "perceptron");
    hooks.onModel = modelSink.hook();
    // Each incumbent's network, re-evaluated: what the MILP has learned so far, not only its
    // objective (also written to --json as "incumbents").
    smip::PerceptronHooks perceptronHooks(hooks);
    nlohmann::json incumbents = nlohmann::json::array();
    perceptronHooks.onIncumbent = [&](const smip::PerceptronIncumbent& inc) {
        const double testAccuracy = inc.test.samples > 0 ? inc.test.accuracy : NAN;
        std::fprintf(
            stderr, "%8.2fs  %s objective %-8.4g train %.4f test %.4f weights %d units %d\n",
            inc.seconds,
            inc.isStart    ? "start    "
            : inc.polished ? "polished "
                           : "network  ",
            inc.objective, inc.train.accuracy, testAccuracy, inc.nonzeroWeights, inc.usedNeurons);
        incumbents.push_back({{"seconds", inc.seconds},
                              {"objective", inc.objective},
                              {"is_start", inc.isStart},
                              {"is_polished", inc.polished},
                              {"train_accuracy", inc.train.accuracy},
                              {"test_accuracy", smip::doubleToJson(testAccuracy)},
                              {"nonzero_weights", inc.nonzeroWeights},
                              {"used_units", inc.usedNeurons}});
    };
    const smip::cli::InterruptStop interrupt("perceptron");  // Ctrl-C stops, keeps the best
    const auto r = smip::trainPerceptron(train, test.samples() > 0 ? &test : nullptr, cfg, opts,
                                         perceptronHooks, interrupt.token(), *backend);
    if (r.status == smip::MilpStatus::Error) return fail(r.message, smip::cli::kExitFailed);
    if (const std::string e = modelSink.error(); !e.empty())
        return smip::cli::kExitFailed;  // printed by the sink
    std::printf("status: %s%s%s\n", smip::statusId(r.status), r.message.empty() ? "" : " — ",
                r.message.c_str());
    if (!r.start.source.empty())
        std::printf(
            "start: %s, objective %.6g, train accuracy %.4f, %d weights, %d units "
            "(heuristic %.6g; gradient %.6g, %d/%d restarts feasible; %.2fs)\n",
            r.start.source.c_str(), r.start.objective, r.start.trainAccuracy,
            r.start.nonzeroWeights, r.start.usedNeurons, r.start.heuristicObjective,
            r.start.gradientObjective, r.start.gradientFeasible, r.start.gradientRestarts,
            r.start.seconds);
    if (const auto& pb = r.patternBound; pb.computed)
        std::printf(
            "pattern bound: >= %.6g after %d pass(es), %lld networks of %d candidate units "
            "(%d LPs, %d refuted), %.2fs — %s\n",
            pb.bound, pb.passesCompleted, pb.networks, pb.units, pb.patternLps, pb.refuted,
            pb.seconds, pb.reason.c_str());
    else if (cfg.patternBound)
        std::printf("pattern bound: skipped — %s\n", pb.reason.c_str());
    if (r.hasNetwork) printResult(r);
    if (!f.json.empty()) {
        nlohmann::json j = {{"dataset", data.name},
                            {"train_samples", train.samples()},
                            {"test_samples", test.samples()},
                            {"subsampled_from", fullTrain},
                            {"time_limit_seconds", timeLimit},
                            {"seed", seed},
                            {"interrupted", interrupt.interrupted()},
                            {"config", smip::toJson(cfg)},
                            {"result", smip::toJson(r)},
                            {"incumbents", std::move(incumbents)}};
        const std::string werr = smip::writeFileAtomically(f.json, j.dump(2) + "\n");
        if (!werr.empty()) return fail(werr, smip::cli::kExitFailed);
    }
    return smip::cli::exitCodeFor(r.status, r.hasNetwork, r.verification.passed);
}

const smip::cli::CommandRegistrar reg("perceptron",
                                      "train a sparse step-function network as a MILP (Rosenhahn)",
                                      run);

}  // namespace
