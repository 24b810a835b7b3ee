// `sparsemip miptrain`: trains a multilayer step/ReLU network as a MIP (Patil & Mintz):
// full, layer-wise, MIP + SGD hybrid or Lagrangian decomposition, with SGD from a random init as a
// reference row. Logic lives in core/miptrain; this file parses flags and prints.
#include <cmath>
#include <cstdio>
#include <functional>
#include <iostream>

#include "app/cli/command_registry.h"
#include "app/cli/config_issue_report.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flag_table.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/model_files.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/milp/milp_json.h"
#include "core/milp/milp_solver.h"
#include "core/miptrain/mip_train_json.h"
#include "core/miptrain/mip_train_validation.h"
#include "core/miptrain/mip_trainer.h"

namespace {

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

// A flag naming one value of an enum through core's ids; `fromId` false rejects the id.
template <class E>
void enumFlag(smip::cli::FlagTable& flags, const char* name, const char* value, std::string help,
              E& target, const char* shownDefault,
              std::function<bool(const std::string&, E&)> fromId, const char* expected) {
    flags.custom(name, value, std::move(help), shownDefault,
                 [&target, fromId, expected](const std::string& text) {
                     return fromId(text, target) ? std::string()
                                                 : std::string("must be ") + expected;
                 });
}

bool stepFromId(const std::string& id, smip::LagrangianStep& out) {
    if (id != "polyak" && id != "diminishing") return false;
    out = id == "polyak" ? smip::LagrangianStep::Polyak : smip::LagrangianStep::Diminishing;
    return true;
}

bool consensusFromId(const std::string& id, smip::LagrangianConsensus& out) {
    if (id != "average" && id != "first") return false;
    out = id == "average" ? smip::LagrangianConsensus::Average
                          : smip::LagrangianConsensus::FirstBlock;
    return true;
}

// Everything the flags fill beyond the core config.
struct MipTrainFlags {
    std::string dataset, arch, json;
    smip::cli::ModelFiles model;
    std::string milpProcess = "worker";  // see declareFlags
    int n = 100;                         // loadMipTrainData's shapes: 100 samples
    bool log = false, force = false;
};

void declareFlags(smip::cli::FlagTable& flags, smip::MipTrainConfig& cfg, MipTrainFlags& x) {
    smip::MipFormulation& f = cfg.formulation;
    flags
        .text("dataset", "NAME",
              "parity5 (1000/250 samples, 10% flipped), a bundled dataset, a 2-D shape (xor, "
              "moons, ...) or FILE.csv (split 75/25, scaled to [0,1]); required",
              x.dataset)
        .integer("n", "N", "samples of a generated shape", x.n)
        .text("arch", "D-K-...-J", "layer widths, e.g. 5-5-2 or 5-5-5-2; required", x.arch);
    enumFlag<smip::MipActivation>(flags, "activation", "binary|relu", "hidden units", f.activation,
                                  smip::activationId(f.activation), smip::activationFromId,
                                  "binary or relu");
    enumFlag<smip::MipLoss>(flags, "loss", "nll|errors",
                            "linearized log-likelihood or misclassification count", f.loss,
                            smip::lossId(f.loss), smip::lossFromId, "nll or errors");
    enumFlag<smip::MipMethod>(flags, "method", "full|layerwise|hybrid|lagrangian", "the method",
                              cfg.method, smip::methodId(cfg.method), smip::methodFromId,
                              "full, layerwise, hybrid or lagrangian");
    enumFlag<smip::MipMethod>(
        flags, "hybrid-start", "full|layerwise", "MIP that initializes SGD in the hybrid",
        cfg.hybridStart, smip::methodId(cfg.hybridStart),
        [](const std::string& id, smip::MipMethod& out) {
            smip::MipMethod m{};
            if (!smip::methodFromId(id, m) ||
                (m != smip::MipMethod::Full && m != smip::MipMethod::Layerwise))
                return false;
            out = m;
            return true;
        },
        "full or layerwise");
    flags.integer("blocks", "B", "Lagrangian sample blocks", cfg.lagrangian.blocks, 1)
        .integer("iterations", "I", "Lagrangian iterations", cfg.lagrangian.maxIterations, 1)
        .positive("block-time-limit", "S", "Lagrangian: seconds per block MIP",
                  cfg.lagrangian.blockTimeLimitSeconds);
    enumFlag<smip::LagrangianStep>(flags, "step", "polyak|diminishing", "Lagrangian step rule",
                                   cfg.lagrangian.step, "polyak", stepFromId,
                                   "polyak or diminishing");
    enumFlag<smip::LagrangianConsensus>(flags, "consensus", "average|first",
                                        "Lagrangian consensus constraint", cfg.lagrangian.consensus,
                                        "average", consensusFromId, "average or first");
    flags
        .positive("time-limit", "S", "seconds for the MIP method (all stages/iterations)",
                  cfg.timeLimitSeconds)
        .number("weight-bound", "B", "weights and biases in [-B, B]", f.weightBound)
        .number("margin", "M", "binary units: a >= M or a <= -M", f.margin)
        .number("class-margin", "M", "score margin of the true class in both losses", f.classMargin)
        .integer("partitions", "P", "ReLU: piecewise McCormick pieces of the weight range",
                 f.partitions)
        .number("sparsity", "X", "objective cost per nonzero parameter", f.sparsity)
        .integer("epochs", "E", "SGD epochs (hybrid and the reference row)", cfg.sgd.epochs, 0)
        .positive("learning-rate", "X", "Adam step", cfg.sgd.learningRate)
        .toggle("no-reference", "skip SGD from a random init", cfg.sgdReference, false)
        .custom("mip-start", "sgd|none",
                "binary units: start the full MIP and each layer-wise stage from SGD's activation "
                "pattern",
                cfg.startFromSgd ? "sgd" : "none",
                [&cfg](const std::string& text) {
                    if (text != "sgd" && text != "none") return std::string("must be sgd or none");
                    cfg.startFromSgd = text == "sgd";
                    return std::string();
                })
        .integer("seed", "S", "data, split, SGD and block seed", cfg.sgd.seed);
    // Worker processes by default: CBC in this process sees a stop only between its phases
    // (2.3 s measured for the full MILP, docs/benchmarks/cancel.md), a worker is killed in 0.7 s.
    smip::cli::addMilpProcessFlag(flags, x.milpProcess);
    smip::cli::addForceFlag(flags, x.force);
    flags.toggle("log", "print CBC's log to stderr", x.log)
        .text("json", "FILE", "write config and results as JSON", x.json);
    smip::cli::addModelFileFlags(flags, x.model,
                                 "each MILP the method solves (over the distinct training "
                                 "samples) and its start");
    flags.epilogue(std::string("Ctrl-C stops the run and still evaluates and writes (--json) the "
                               "networks trained so far.\n") +
                   smip::cli::modelFilesHelp(true,
                                             "  layer<l> (layer-wise, also inside the hybrid), "
                                             "it<i>-block<b> (Lagrangian);\n"
                                             "  the full MIP goes to FILE itself.") +
                   smip::cli::kExitCodeHelp);
}

int run(const std::vector<std::string>& argv) {
    smip::MipTrainConfig cfg;  // core defaults
    MipTrainFlags x;
    smip::cli::FlagTable flags(
        "usage: sparsemip miptrain --dataset parity5|NAME|FILE.csv --arch 5-5-2 [options]\n\n"
        "Trains a fully connected network with binary (step) or ReLU units as a MIP over all "
        "weights\nand samples (Patil & Mintz), greedily layer by layer, as a MIP + SGD hybrid, or "
        "by a\nLagrangian decomposition over sample blocks with a live dual bound.");
    declareFlags(flags, cfg, x);
    if (const int code = flags.parse(argv, "miptrain"); code >= 0) return code;
    const smip::MipFormulation& f = cfg.formulation;
    std::string error;
    if (!flags.given("dataset")) return fail("--dataset is required");
    if (!flags.given("arch")) return fail("--arch is required (e.g. --arch 5-5-2)");
    if (!smip::parseArchitecture(x.arch, cfg.arch, error)) return fail("--arch: " + error);
    const auto backend = smip::cli::milpBackendFor(x.milpProcess);
    const std::uint64_t seed = cfg.lagrangian.seed = cfg.sgd.seed;
    const int n = x.n;

    smip::Dataset train, test;
    if (!smip::loadMipTrainData(x.dataset, seed, n, train, test, error)) return fail(error, 1);
    if (const int code = smip::cli::reportConfigIssues(
            "miptrain", smip::validateMipTraining(train, cfg), x.force);
        code >= 0)
        return code;
    std::printf("dataset %s: train %d, test %d samples, %d features, %d classes\n",
                x.dataset.c_str(), train.samples(), test.samples(), train.features(),
                train.classes());
    std::printf("network %s, %s units, %s loss, method %s\n", cfg.arch.text().c_str(),
                smip::activationId(f.activation), smip::lossId(f.loss), smip::methodId(cfg.method));
    std::fflush(stdout);
    smip::MilpOptions opts;
    opts.logLevel = x.log ? 1 : 0;
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
    if (x.log) hooks.onLog = [](const std::string& line) { std::cerr << line << "\n"; };
    // Every MILP the method solves, with its start, just before it is solved.
    const smip::cli::ModelFileSink modelSink(x.model, "miptrain");
    hooks.onModel = modelSink.hook();
    // The full MIP's start and incumbents, re-evaluated: what it has learned so far.
    nlohmann::json incumbents = nlohmann::json::array();
    hooks.onNetwork = [&](const smip::MipLiveNetwork& n) {
        const double testAccuracy = n.test.samples > 0 ? n.test.accuracy : NAN;
        std::fprintf(stderr,
                     "  %7.2fs  %s objective %-10s train acc %.4f test acc %s nonzeros %d\n",
                     n.seconds, n.isStart ? "start  " : "network", num(n.objective).c_str(),
                     n.train.accuracy, num(testAccuracy, "%.4f").c_str(), n.nonzeros);
        incumbents.push_back({{"seconds", n.seconds},
                              {"objective", smip::doubleToJson(n.objective)},
                              {"is_start", n.isStart},
                              {"train_accuracy", n.train.accuracy},
                              {"test_accuracy", smip::doubleToJson(testAccuracy)},
                              {"nonzeros", n.nonzeros}});
    };
    const smip::cli::InterruptStop interrupt("miptrain");  // Ctrl-C stops, keeps the best
    const auto res =
        smip::runMipTraining(train, test, cfg, opts, hooks, interrupt.token(), *backend);
    if (!res.ok) return fail(res.message, 1);
    if (const std::string e = modelSink.error(); !e.empty()) return 1;  // printed by the sink
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
    if (!x.json.empty()) {
        nlohmann::json j = {{"dataset", x.dataset},
                            {"seed", seed},
                            {"interrupted", interrupt.interrupted()},
                            {"config", smip::toJson(cfg)},
                            {"result", smip::toJson(res)},
                            {"incumbents", std::move(incumbents)}};
        const std::string werr = smip::writeFileAtomically(x.json, j.dump(2) + "\n");
        if (!werr.empty()) return fail(werr, 1);
    }
    return interrupt.interrupted() ? smip::cli::kExitInterrupted : smip::cli::kExitOk;
}

const smip::cli::CommandRegistrar reg(
    "miptrain", "train a multilayer step/ReLU network as a MIP (Patil & Mintz)", run);

}  // namespace
