// `sparsemip miptrain`: trains a multilayer step/ReLU network as a MIP (Patil & Mintz):
// full, layer-wise, MIP + SGD hybrid or Lagrangian decomposition, with SGD from a random init as a
// reference row. Logic lives in core/miptrain; this file parses flags and prints.
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/exit_codes.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/miptrain/mip_train_json.h"
#include "core/miptrain/mip_trainer.h"

namespace {

const char* kHelp =
    "usage: sparsemip miptrain --dataset parity5|NAME|FILE.csv --arch 5-5-2 [options]\n\n"
    "Trains a fully connected network with binary (step) or ReLU units as a MIP over all weights\n"
    "and samples (Patil & Mintz), greedily layer by layer, as a MIP + SGD hybrid, or by a\n"
    "Lagrangian decomposition over sample blocks with a live dual bound.\n\n"
    "  --dataset NAME        parity5 (1000/250 samples, 10% flipped), a bundled dataset, a 2-D\n"
    "                        shape (xor, moons, ...) or FILE.csv (split 75/25, scaled to [0,1])\n"
    "  --n N                 samples of a generated shape (default 100)\n"
    "  --arch D-K-...-J      layer widths, e.g. 5-5-2 or 5-5-5-2\n"
    "  --activation binary|relu   hidden units (default binary)\n"
    "  --loss nll|errors     linearized log-likelihood (default) or misclassification count\n"
    "  --method full|layerwise|hybrid|lagrangian   (default full)\n"
    "  --hybrid-start full|layerwise   MIP that initializes SGD in the hybrid (default layerwise)\n"
    "  --blocks 4            Lagrangian sample blocks\n"
    "  --iterations 50       Lagrangian iterations\n"
    "  --block-time-limit 10 Lagrangian: seconds per block MIP\n"
    "  --step polyak|diminishing   Lagrangian step rule (default polyak)\n"
    "  --consensus average|first   Lagrangian consensus constraint (default average)\n"
    "  --time-limit 60       seconds for the MIP method (all stages/iterations)\n"
    "  --weight-bound 1      weights and biases in [-B, B]\n"
    "  --margin 0.01         binary units: a >= margin or a <= -margin\n"
    "  --class-margin 1      score margin of the true class in both losses\n"
    "  --partitions 1        ReLU: piecewise McCormick pieces of the weight range\n"
    "  --sparsity 0          objective cost per nonzero parameter\n"
    "  --epochs 300          SGD epochs (hybrid and the reference row)\n"
    "  --learning-rate 0.01  Adam step\n"
    "  --no-reference        skip SGD from a random init\n"
    "  --mip-start sgd|none  binary units: start the full MIP from SGD's activation pattern\n"
    "                        (default sgd)\n"
    "  --seed 1              data, split, SGD and block seed\n"
    "  --milp-process in-process|worker   where CBC runs: in `sparsemip milp-worker` child\n"
    "                        processes (default: Ctrl-C within a second, Lagrangian blocks in\n"
    "                        parallel, a CBC crash costs one solve) or in this process\n"
    "  --log                 print CBC's log to stderr\n"
    "  --json FILE           write config and results as JSON\n"
    "Ctrl-C stops the run and still evaluates and writes (--json) the networks trained so far.\n";

int fail(const std::string& message, int code = 2) {
    std::cerr << "sparsemip miptrain: " << message << "\n";
    return code;
}

std::string num(double v, const char* fmt = "%.4g") {
    if (std::isnan(v)) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}

int run(const std::vector<std::string>& argv) {
    smip::cli::CliArgs args(argv, {"help", "log", "no-reference"});
    if (args.has("help")) {
        std::cout << kHelp << smip::cli::kExitCodeHelp;
        return 0;
    }
    args.allowOnly({"help",         "dataset",          "n",
                    "arch",         "activation",       "loss",
                    "method",       "hybrid-start",     "blocks",
                    "iterations",   "block-time-limit", "step",
                    "consensus",    "time-limit",       "weight-bound",
                    "margin",       "class-margin",     "partitions",
                    "sparsity",     "epochs",           "learning-rate",
                    "no-reference", "mip-start",        "seed",
                    "log",          "milp-process",     "json"});
    // Worker processes by default: CBC in this process sees a stop only between its phases
    // (2.3 s measured for the full MILP, docs/benchmarks/cancel.md), a worker is killed in 0.7 s.
    const auto backend = smip::cli::milpBackendFromArgs(args, true);
    smip::MipTrainConfig cfg;
    auto& f = cfg.formulation;
    std::string error = args.error();
    const long long seed = args.integer("seed", 1);
    if (error.empty() && !args.has("dataset")) error = "--dataset is required";
    if (error.empty() && !args.has("arch")) error = "--arch is required (e.g. --arch 5-5-2)";
    if (error.empty() && !smip::parseArchitecture(args.text("arch"), cfg.arch, error))
        error = "--arch: " + error;
    if (error.empty() && !smip::activationFromId(args.text("activation", "binary"), f.activation))
        error = "--activation must be binary or relu";
    if (error.empty() && !smip::lossFromId(args.text("loss", "nll"), f.loss))
        error = "--loss must be nll or errors";
    if (error.empty() && !smip::methodFromId(args.text("method", "full"), cfg.method))
        error = "--method must be full, layerwise, hybrid or lagrangian";
    if (error.empty() &&
        (!smip::methodFromId(args.text("hybrid-start", "layerwise"), cfg.hybridStart) ||
         (cfg.hybridStart != smip::MipMethod::Full &&
          cfg.hybridStart != smip::MipMethod::Layerwise)))
        error = "--hybrid-start must be full or layerwise";
    const std::string step = args.text("step", "polyak"), cons = args.text("consensus", "average");
    if (error.empty() && step != "polyak" && step != "diminishing")
        error = "--step must be polyak or diminishing";
    if (error.empty() && cons != "average" && cons != "first")
        error = "--consensus must be average or first";
    cfg.lagrangian.step =
        step == "polyak" ? smip::LagrangianStep::Polyak : smip::LagrangianStep::Diminishing;
    cfg.lagrangian.consensus = cons == "average" ? smip::LagrangianConsensus::Average
                                                 : smip::LagrangianConsensus::FirstBlock;
    cfg.lagrangian.blocks = static_cast<int>(args.integer("blocks", 4));
    cfg.lagrangian.maxIterations = static_cast<int>(args.integer("iterations", 50));
    cfg.lagrangian.blockTimeLimitSeconds = args.number("block-time-limit", 10.0);
    cfg.timeLimitSeconds = args.number("time-limit", 60.0);
    f.weightBound = args.number("weight-bound", 1.0);
    f.margin = args.number("margin", 0.01);
    f.classMargin = args.number("class-margin", 1.0);
    f.partitions = static_cast<int>(args.integer("partitions", 1));
    f.sparsity = args.number("sparsity", 0.0);
    cfg.sgd.epochs = static_cast<int>(args.integer("epochs", 300));
    cfg.sgd.learningRate = args.number("learning-rate", 0.01);
    cfg.sgdReference = !args.has("no-reference");
    const std::string mipStart = args.text("mip-start", "sgd");
    if (error.empty() && mipStart != "sgd" && mipStart != "none")
        error = "--mip-start must be sgd or none";
    cfg.startFromSgd = mipStart == "sgd";
    const int n = static_cast<int>(args.integer("n", 100));
    if (error.empty()) error = args.error();
    if (error.empty() && seed < 0) error = "--seed must be non-negative";
    if (error.empty() && !(cfg.timeLimitSeconds > 0.0)) error = "--time-limit must be positive";
    if (error.empty() && (cfg.lagrangian.blocks < 1 || cfg.lagrangian.maxIterations < 1))
        error = "--blocks and --iterations must be at least 1";
    if (error.empty() && !(cfg.lagrangian.blockTimeLimitSeconds > 0.0))
        error = "--block-time-limit must be positive";
    if (error.empty() && (cfg.sgd.epochs < 0 || !(cfg.sgd.learningRate > 0.0)))
        error = "--epochs must be >= 0 and --learning-rate positive";
    if (error.empty()) error = smip::checkFormulation(f);
    if (!error.empty()) return fail(error);
    cfg.sgd.seed = cfg.lagrangian.seed = static_cast<std::uint64_t>(seed);

    smip::Dataset train, test;
    if (!smip::loadMipTrainData(args.text("dataset"), static_cast<std::uint64_t>(seed), n, train,
                                test, error))
        return fail(error, 1);
    error = smip::checkArchitecture(cfg.arch, train.features(), train.classes());
    if (!error.empty()) return fail("--arch: " + error);
    std::printf("dataset %s: train %d, test %d samples, %d features, %d classes\n",
                args.text("dataset").c_str(), train.samples(), test.samples(), train.features(),
                train.classes());
    std::printf("network %s, %s units, %s loss, method %s\n", cfg.arch.text().c_str(),
                smip::activationId(f.activation), smip::lossId(f.loss), smip::methodId(cfg.method));
    std::fflush(stdout);

    smip::MilpOptions opts;
    opts.logLevel = args.has("log") ? 1 : 0;
    smip::MipTrainHooks hooks;
    double lastPrint = -10.0;
    hooks.onStage = [&](const smip::MipTrainStage& s) {
        std::fprintf(stderr, "[%s] %s\n", s.method.c_str(), s.text.c_str());
        lastPrint = -10.0;
    };
    hooks.onMilpProgress = [&](const smip::MilpProgress& p) {
        if (p.seconds - lastPrint < 2.0) return;
        lastPrint = p.seconds;
        std::fprintf(stderr, "  %7.2fs  incumbent %-10s bound %-10s nodes %lld\n", p.seconds,
                     num(p.incumbent).c_str(), num(p.bound).c_str(), p.nodes);
    };
    hooks.onLagrangian = [](const smip::LagrangianRecord& r) {
        std::fprintf(stderr,
                     "  iteration %3d  L(λ) %-10s dual bound %-10s best primal %-10s step %s\n",
                     r.iteration, num(r.iterationBound).c_str(), num(r.dualBound).c_str(),
                     num(r.bestPrimal).c_str(), num(r.step).c_str());
    };
    if (args.has("log")) hooks.onLog = [](const std::string& line) { std::cerr << line << "\n"; };
    const smip::cli::InterruptStop interrupt("miptrain");  // Ctrl-C stops, keeps the best
    const auto res =
        smip::runMipTraining(train, test, cfg, opts, hooks, interrupt.token(), *backend);
    if (!res.ok) return fail(res.message, 1);
    std::printf("training samples: %g raw, %d distinct (identical samples merged with weights)\n",
                res.trainSamples, res.distinctSamples);
    std::printf("\n%-11s %-9s %9s %9s %10s %10s %8s %8s %9s %s\n", "method", "start", "train acc",
                "test acc", "train loss", "test loss", "nonzeros", "seconds", "gap", "status");
    for (const auto& r : res.rows) {
        std::printf("%-11s %-9s %9s %9s %10s %10s %8d %8.2f %9s %s%s%s%s\n", r.method.c_str(),
                    r.start.empty() ? "-" : r.start.c_str(),
                    r.hasNetwork ? num(r.train.accuracy, "%.4f").c_str() : "-",
                    r.hasNetwork && r.test.samples > 0 ? num(r.test.accuracy, "%.4f").c_str() : "-",
                    r.hasNetwork ? num(r.train.meanLoss).c_str() : "-",
                    r.hasNetwork && r.test.samples > 0 ? num(r.test.meanLoss).c_str() : "-",
                    r.nonzeros, r.seconds, num(r.gap, "%.3g").c_str(), smip::statusId(r.status),
                    r.exact ? "" : " (relaxed MIP)", r.message.empty() ? "" : " — ",
                    r.message.c_str());
    }
    std::printf("losses are per sample; gap = proven relative MIP gap ('-' = nothing proven)\n");
    if (args.has("json")) {
        nlohmann::json j = {{"dataset", args.text("dataset")},
                            {"seed", seed},
                            {"interrupted", interrupt.interrupted()},
                            {"config", smip::toJson(cfg)},
                            {"result", smip::toJson(res)}};
        const std::string werr = smip::writeFileAtomically(args.text("json"), j.dump(2) + "\n");
        if (!werr.empty()) return fail(werr, 1);
    }
    return interrupt.interrupted() ? smip::cli::kExitInterrupted : smip::cli::kExitOk;
}

const smip::cli::CommandRegistrar reg(
    "miptrain", "train a multilayer step/ReLU network as a MIP (Patil & Mintz)", run);

}  // namespace
