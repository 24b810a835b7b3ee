// `sparsemip sparsest`: the sparsest exact-fit ReLU network by MILP (Lee & Linderoth; the
// sparse-ReLU package), with bounds typed or taken from a trained model, optional warm start,
// progress lines, JSON and MPS export.
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/exit_codes.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/data/dataset_catalog.h"
#include "core/milp/milp_solver.h"
#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_json.h"
#include "core/sparsest/sparsest_pipeline.h"
#include "core/sparsest/sparsest_solver.h"
#include "core/train/trainer.h"

namespace {

// "auto" or a comma list of regularizer ids.
bool parseBoundsFrom(const std::string& text, std::vector<smip::RegularizerSpec>& out,
                     std::string& error) {
    if (text == "auto") {
        out = smip::defaultRegularizers();
        return true;
    }
    return smip::parseRegularizerList(text, 0.005, out, error);
}

std::string fmt(double v) {
    if (!std::isfinite(v)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

constexpr const char* kHelp =
    "usage: sparsemip sparsest --dataset NAME [options]\n\n"
    "  --dataset NAME       generator, bundled dataset or CSV path (default random)\n"
    "  --n N --d D --seed S generator size and seed (default 7, 5, 0)\n"
    "  --target COLUMN      CSV: target column, name or 1-based index (default: last)\n"
    "  --width K            hidden units (default N)\n"
    "  --w-bound B          weight bound |W| <= B (default 2)\n"
    "  --b-bound B          bias bound |b| <= B (default 2)\n"
    "  --bounds-from LIST   the whole pipeline: train the regularizers in LIST (comma list of\n"
    "                       none, wd, l1, group, p<exp>; auto = none,wd,p0.4,p0.7,p1.0) from one\n"
    "                       init on both cores, take the sparsest model that fits, and take the\n"
    "                       bounds from it: max|W|, max|b| of the rescaled model (|v| = 1)\n"
    "                       + --margin (default 1)\n"
    "  --epochs E           training epochs for --bounds-from (default 100000)\n"
    "  --warm-start         MIP start from that model (needs --bounds-from)\n"
    "  --formulation F      published (Lee & Linderoth: one global M) or tight (default tight);\n"
    "                       seed is accepted as an alias of published\n"
    "  --epsilon E          fit tolerance |f(x)-y| <= E (default 0: exact fit)\n"
    "  --no-bias-count      count only weights in the objective\n"
    "  --rank-bound on|off  tight: prove a lower bound by the rank argument first and add it as\n"
    "                       a row; its witness network becomes the MIP start (default on)\n"
    "  --rank-bound-seconds S  budget of that enumeration (default 20)\n"
    "  --time-limit S       wall-clock seconds (default 60)\n"
    "  --threads N          CBC threads (default 1)\n"
    "  --log-level L        CBC log level 0..3 (default 0; log on stderr)\n"
    "  --json FILE          write the result as JSON\n"
    "  --mps FILE           write the MILP as MPS before solving (without the rank bound row)\n"
    "  --force              solve even above the size confirmation threshold\n"
    "  --milp-process in-process|worker   where CBC runs: in this process (default) or in a\n"
    "                       `sparsemip milp-worker` child process (a CBC crash costs one solve)\n"
    "  --quiet              no progress lines\n"
    "Ctrl-C stops the solve and still prints and writes (--json) the best network so far.\n";

void printTrained(const std::vector<smip::TrainResult>& trained, int chosen,
                  const smip::SparsestConfig& config) {
    for (std::size_t i = 0; i < trained.size(); ++i)
        std::cout << "trained " << trained[i].regularizer.id()
                  << ": mse=" << fmt(trained[i].final.mse)
                  << " nonzeros=" << trained[i].final.nonzeros
                  << (int(i) == chosen ? "  <- sparsest that fits" : "") << "\n";
    if (chosen >= 0)
        std::cout << "bounds from " << trained[static_cast<std::size_t>(chosen)].regularizer.id()
                  << ": w_B=" << fmt(config.wBound) << " b_B=" << fmt(config.bBound) << std::endl;
}

int runSparsest(const std::vector<std::string>& argv) {
    smip::cli::CliArgs args(argv, {"help", "warm-start", "no-bias-count", "force", "quiet"});
    if (args.has("help")) {
        std::cout << kHelp << smip::cli::kExitCodeHelp;
        return 0;
    }
    args.allowOnly({"help",
                    "warm-start",
                    "no-bias-count",
                    "force",
                    "quiet",
                    "dataset",
                    "n",
                    "d",
                    "seed",
                    "width",
                    "w-bound",
                    "b-bound",
                    "bounds-from",
                    "margin",
                    "epochs",
                    "formulation",
                    "epsilon",
                    "time-limit",
                    "threads",
                    "log-level",
                    "json",
                    "mps",
                    "rank-bound",
                    "rank-bound-seconds",
                    "milp-process",
                    "target"});
    const auto backend = smip::cli::milpBackendFromArgs(args);
    smip::DatasetSpec spec;
    spec.source = args.text("dataset", "random");
    spec.n = static_cast<int>(args.integer("n", 7));
    spec.d = static_cast<int>(args.integer("d", 5));
    spec.seed = static_cast<std::uint64_t>(args.integer("seed", 0));
    spec.targetColumn = args.text("target", "");
    smip::SparsestConfig config;
    config.width = static_cast<int>(args.integer("width", 0));
    config.wBound = args.number("w-bound", 2.0);
    config.bBound = args.number("b-bound", 2.0);
    config.epsilon = args.number("epsilon", 0.0);
    config.countBiases = !args.has("no-bias-count");
    config.rankBoundSeconds = args.number("rank-bound-seconds", 20.0);
    if (const std::string rb = args.text("rank-bound", "on"); rb == "off")
        config.rankBound = false;
    else if (rb != "on")
        args.fail("--rank-bound must be on or off");
    const double margin = args.number("margin", 1.0);
    const int epochs = static_cast<int>(args.integer("epochs", 100000));
    smip::MilpOptions options;
    options.timeLimitSeconds = args.number("time-limit", 60.0);
    options.threads = static_cast<int>(args.integer("threads", 1));
    options.logLevel = static_cast<int>(args.integer("log-level", 0));
    options.progressIntervalSeconds = 1.0;
    if (args.error().empty() &&
        !smip::parseVariant(args.text("formulation", "tight"), config.variant))
        args.fail("--formulation must be published (alias seed) or tight");
    std::vector<smip::RegularizerSpec> regularizers;
    const bool fromModel = args.has("bounds-from");
    if (std::string why; args.error().empty() && fromModel &&
                         !parseBoundsFrom(args.text("bounds-from"), regularizers, why))
        args.fail("--bounds-from: " + why);
    if (args.error().empty() && fromModel && (args.has("w-bound") || args.has("b-bound")))
        args.fail("--bounds-from and --w-bound/--b-bound exclude each other");
    if (args.error().empty() && args.has("warm-start") && !fromModel)
        args.fail("--warm-start needs --bounds-from (the trained model to start from)");
    if (args.error().empty() && (epochs < 1 || margin < 0.0))
        args.fail("--epochs must be >= 1 and --margin >= 0");
    if (args.error().empty() && options.timeLimitSeconds <= 0)
        args.fail("--time-limit must be > 0");
    if (args.error().empty() && (options.threads < 1 || options.threads > 64))
        args.fail("--threads must be between 1 and 64");
    if (!args.error().empty()) {
        std::cerr << "sparsemip sparsest: " << args.error() << "\n";
        return smip::cli::kExitUsage;
    }
    smip::Dataset data;
    std::string error;
    if (!smip::resolveDataset(spec, data, error)) {
        std::cerr << "sparsemip sparsest: " << error << "\n";
        return 1;
    }
    const int K = smip::effectiveWidth(config, data.samples());
    if (auto bad = smip::validateSparsestInput(data.X, data.y, config); !bad.empty()) {
        std::cerr << "sparsemip sparsest: " << bad << "\n";
        return 1;
    }
    if (auto warning = smip::sparsestBoundsWarning(config); !warning.empty())
        std::cerr << "sparsemip sparsest: warning: " << warning << "\n";
    const auto size = smip::estimateSparsestSize(data.samples(), data.features(), config);
    std::cout << "formulation " << smip::variantId(config.variant) << ": N=" << data.samples()
              << " d=" << data.features() << " K=" << K << ", " << size.columns << " columns ("
              << size.binaries << " binaries), <= " << size.rows << " rows\n";
    if (size.needsConfirmation && !args.has("force")) {
        std::cerr << "sparsemip sparsest: " << size.binaries << " binaries exceed "
                  << smip::kSparsestConfirmBinaries << "; pass --force to solve anyway\n";
        return 1;
    }
    // The model as solved: with --bounds-from its bounds are known only after training.
    std::string mpsError;
    const auto writeModel = [&](const smip::SparsestConfig& solved) {
        if (!args.has("mps")) return;
        const smip::SparsestModel m = smip::buildSparsestMilp(data.X, data.y, solved);
        mpsError = smip::writeMps(m.problem, args.text("mps"));
        if (!mpsError.empty()) std::cerr << "sparsemip sparsest: " << mpsError << "\n";
    };
    if (!fromModel) writeModel(config);
    if (!mpsError.empty()) return 1;
    const smip::cli::InterruptStop interrupt("sparsest");  // Ctrl-C stops, keeps the best
    const smip::MilpHooks hooks = smip::cli::printingHooks(args.has("quiet"));
    smip::SparsestResult r;
    if (fromModel) {
        smip::SparsestPipelineConfig pc;
        pc.regularizers = regularizers;
        pc.train.epochs = epochs;
        pc.initSeed = spec.seed;
        pc.margin = margin;
        pc.warmStart = args.has("warm-start");
        pc.sparsest = config;
        pc.milp = options;
        smip::SparsestPipelineHooks ph;
        ph.milp = hooks;
        ph.onTrained = [&](const std::vector<smip::TrainResult>& trained, int chosen,
                           const smip::SparsestConfig& solved) {
            printTrained(trained, chosen, solved);
            if (chosen >= 0) writeModel(solved);
        };
        std::cout << "training " << regularizers.size() << " regularizer(s) for " << epochs
                  << " epochs ..." << std::endl;
        smip::SparsestPipelineResult pr;
        try {
            pr = smip::runSparsestPipeline(data, pc, ph, interrupt.token(), *backend);
        } catch (const std::exception& e) {
            std::cerr << "sparsemip sparsest: " << e.what() << "\n";
            return 1;
        }
        if (!pr.solved) {
            std::cerr << "sparsemip sparsest: interrupted during training\n";
            return smip::cli::kExitInterrupted;
        }
        if (!mpsError.empty()) return 1;
        r = std::move(pr.sparsest);
    } else {
        r = smip::solveSparsest(data.X, data.y, config, options, hooks, interrupt.token(), nullptr,
                                *backend);
    }
    if (r.warmStart.attempted)
        std::cout << "warm start: " << (r.warmStart.feasible ? "feasible" : "not used") << " ("
                  << r.warmStart.message << ")\n";
    if (const smip::RankBoundResult& rb = r.rankBound; rb.computed)
        std::cout << "rank bound: >= " << rb.bound << " nonzeros, " << rb.combinations
                  << " support/pattern combinations over " << rb.atoms << " atoms in "
                  << fmt(rb.seconds) << " s (" << rb.reason << "; fits counted within "
                  << fmt(rb.tolerance) << ", nearest refuted span at " << fmt(rb.nearestMiss) << ")"
                  << (r.startFromWitness ? "; its witness is the MIP start" : "") << "\n";
    else if (config.rankBound && config.variant == smip::SparsestVariant::Tight)
        std::cout << "rank bound: " << rb.reason << "\n";
    if (r.positiveSlots + r.negativeSlots > 0)
        std::cout << "sign slots: " << r.positiveSlots << " positive + " << r.negativeSlots
                  << " negative\n";
    std::cout << "status: " << smip::statusId(r.milp.status) << " (" << r.milp.message << ")\n"
              << "objective: " << (r.milp.hasSolution ? fmt(r.milp.objective) : "-")
              << "\nbest bound: " << fmt(r.milp.bestBound) << "\ngap: " << fmt(r.milp.gap)
              << "\nnodes: " << r.milp.nodes << "\nseconds: " << fmt(r.milp.seconds)
              << " (whole solve " << fmt(r.totalSeconds) << ")\n";
    const auto& v = r.verification;
    std::cout << "verification: " << (v.passed ? "passed" : "FAILED: " + v.message)
              << " (max residual " << fmt(v.maxResidual) << ", " << v.nonzeros << " nonzeros, "
              << v.activeUnits << " active units)\n";
    if (r.hasNetwork)
        for (int k = 0; k < r.net.width(); ++k) {
            if (r.net.W.row(k).cwiseAbs().maxCoeff() == 0.0 && r.net.b(k) == 0.0) continue;
            std::cout << "  unit " << k << ": v=" << (r.net.v(k) > 0 ? "+1" : "-1")
                      << " b=" << fmt(r.net.b(k)) << " w=[";
            for (int j = 0; j < r.net.inputs(); ++j)
                std::cout << (j ? ", " : "") << fmt(r.net.W(k, j));
            std::cout << "]\n";
        }
    if (args.has("json")) {
        const std::string text = smip::sparsestResultToJson(r).dump(1) + "\n";
        if (auto e = smip::writeFileAtomically(args.text("json"), text); !e.empty()) {
            std::cerr << "sparsemip sparsest: " << e << "\n";
            return 1;
        }
    }
    if (r.milp.status == smip::MilpStatus::Error) {
        std::cerr << "sparsemip sparsest: " << r.milp.message << "\n";
        return 1;
    }
    return smip::cli::exitCodeFor(r.milp.status, r.hasNetwork, v.passed);
}

const smip::cli::CommandRegistrar reg("sparsest",
                                      "sparsest exact-fit ReLU network by MILP (published/tight)",
                                      runSparsest);

}  // namespace
