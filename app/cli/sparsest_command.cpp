// `sparsemip sparsest`: the sparsest exact-fit ReLU network by MILP (Lee & Linderoth; the
// sparse-ReLU package), with bounds typed or taken from a trained model, optional warm start,
// progress lines, JSON and MPS export.
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/config_issue_report.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flag_table.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/model_files.h"
#include "app/cli/onnx_output.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/data/dataset_catalog.h"
#include "core/milp/milp_solver.h"
#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_json.h"
#include "core/sparsest/sparsest_pipeline.h"
#include "core/sparsest/sparsest_solver.h"
#include "core/sparsest/sparsest_validation.h"
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

void printTrained(const smip::SparsestPipelineResult& run, const smip::SparsestConfig& config) {
    const auto& trained = run.trained;
    for (std::size_t i = 0; i < trained.size(); ++i)
        std::cout << "trained " << trained[i].regularizer.id()
                  << ": mse=" << fmt(trained[i].final.mse)
                  << " nonzeros=" << trained[i].final.nonzeros
                  << (int(i) == run.chosen && run.chosenFits ? "  <- sparsest that fits" : "")
                  << "\n";
    if (run.chosen < 0) return;
    using Source = smip::SparsestBoundsSource;
    if (run.boundsSource == Source::TrainedModel) {
        const std::string id = trained[static_cast<std::size_t>(run.chosen)].regularizer.id();
        if (run.repair && run.repair->changed)
            std::cout << "repaired " << id << " to an exact fit: max residual "
                      << fmt(run.repair->residualBefore) << " -> " << fmt(run.repair->residual)
                      << ", " << run.repair->nonzeros << " nonzeros (" << run.repair->message
                      << ")\n";
        std::cout << "bounds from " << id << ": w_B=" << fmt(config.wBound)
                  << " b_B=" << fmt(config.bBound)
                  << (run.boundsRaised ? " (raised to hold the sparser 1-D kink network)" : "")
                  << std::endl;
    } else if (run.boundsSource == Source::Interpolant)
        std::cout << "no trained model fits: the interpolating network ("
                  << run.interpolant->net.width() << " units, " << run.interpolantNonzeros
                  << " nonzeros) is the start; "
                  << (run.boundsRaised ? "bounds raised to hold it: w_B=" : "bounds hold it: w_B=")
                  << fmt(config.wBound) << " b_B=" << fmt(config.bBound)
                  << (run.boundsRaised ? " (given " + fmt(run.givenBounds.wBound) + ", " +
                                             fmt(run.givenBounds.bBound) + ")"
                                       : std::string())
                  << std::endl;
    else
        std::cout << "no trained model fits and no network is known to: bounds as given (w_B="
                  << fmt(config.wBound) << " b_B=" << fmt(config.bBound) << "), no MIP start"
                  << std::endl;
}

nlohmann::json pipelineToJson(const smip::SparsestPipelineResult& run) {
    nlohmann::json j = {{"bounds_source", smip::boundsSourceId(run.boundsSource)},
                        {"bounds_raised", run.boundsRaised},
                        {"given_w_bound", run.givenBounds.wBound},
                        {"given_b_bound", run.givenBounds.bBound},
                        {"w_bound", run.bounds.wBound},
                        {"b_bound", run.bounds.bBound}};
    j["chosen"] = run.chosen >= 0
                      ? nlohmann::json(run.trained[std::size_t(run.chosen)].regularizer.id())
                      : nlohmann::json();
    j["chosen_fits"] = run.chosenFits;
    if (run.repair)
        j["repair"] = {{"changed", run.repair->changed},
                       {"support_grown", run.repair->supportGrown},
                       {"residual_before", run.repair->residualBefore},
                       {"residual", run.repair->residual},
                       {"nonzeros", run.repair->nonzeros},
                       {"message", run.repair->message}};
    j["interpolant_nonzeros"] =
        run.interpolant ? nlohmann::json(run.interpolantNonzeros) : nlohmann::json();
    return j;
}

// Says when the bounds may have kept a sparser network out, and which one.
void printBoundsBinding(const smip::SparsestResult& r) {
    const smip::SparsestBoundsBinding b = smip::sparsestBoundsBinding(r);
    if (!b.checked) return;
    if (b.boundFreeOptimal) {
        std::cout << "bounds: no sparser network exists at any weight bound (rank bound)\n";
        return;
    }
    if (!b.binds()) return;
    std::cout << "bounds: the result reaches "
              << (b.weightAtBound && b.biasAtBound ? "w_B and b_B"
                  : b.weightAtBound                ? "w_B"
                                                   : "b_B")
              << ": a sparser network may need larger " << (b.weightAtBound ? "weights" : "biases")
              << " (raise "
              << (b.weightAtBound && b.biasAtBound ? "--w-bound and --b-bound"
                  : b.weightAtBound                ? "--w-bound"
                                                   : "--b-bound")
              << ")\n";
}

int runSparsest(const std::vector<std::string>& argv) {
    // Every default below is the core struct's own (the GUI's forms start from the same).
    smip::DatasetSpec spec;
    smip::SparsestConfig config;
    smip::SparsestPipelineConfig pipeline;
    smip::MilpOptions options;
    options.logLevel = 0;  // CBC's log on stderr only when asked for
    options.progressIntervalSeconds = 1.0;
    std::string formulation = smip::variantId(config.variant), rankBound = "on";
    std::string boundsFrom, json, milpProcess = "in-process";
    smip::cli::ModelFiles modelFiles;
    smip::cli::OnnxOutput onnx;
    bool warmStart = false, noBiasCount = false, force = false, quiet = false;
    smip::cli::FlagTable flags("usage: sparsemip sparsest [options]");
    flags.text("dataset", "NAME", "generator, bundled dataset or CSV path", spec.source)
        .integer("n", "N", "samples of a generator", spec.n, 1, 1000000)
        .integer("d", "D", "features of a generator", spec.d, 1, 100000)
        .integer("seed", "S", "generator seed and the pipeline's initialization seed", spec.seed)
        .text("target", "COLUMN", "CSV: target column, name or 1-based index (empty: the last)",
              spec.targetColumn)
        .integer("width", "K", "hidden units (0: N)", config.width, 0, 100000)
        .number("w-bound", "B", "weight bound |W| <= B", config.wBound)
        .number("b-bound", "B", "bias bound |b| <= B", config.bBound)
        .text("bounds-from", "LIST",
              "the whole pipeline: train the regularizers in LIST (comma list of none, wd, l1, "
              "group, p<exp>; auto = none,wd,p0.4,p0.7,p1.0) from one init on both cores, take the "
              "sparsest model that fits, and take the bounds from it: max|W|, max|b| of the "
              "rescaled model (|v| = 1) + --margin",
              boundsFrom)
        .number("margin", "M", "added to the trained model's bounds", pipeline.margin, 0.0)
        .integer("epochs", "E", "training epochs for --bounds-from", pipeline.train.epochs, 1)
        .toggle("warm-start", "MIP start from that model (needs --bounds-from)", warmStart)
        .choice("formulation",
                "published (Lee & Linderoth: one global M) or tight (ours); seed is an alias of "
                "published",
                formulation, {"published", "tight", "seed"})
        .number("epsilon", "E", "fit tolerance |f(x)-y| <= E (0: exact fit)", config.epsilon, 0.0)
        .toggle("no-bias-count", "count only weights in the objective", noBiasCount)
        .choice("rank-bound",
                "tight: prove a lower bound by the rank argument first and add it as a row; its "
                "witness network becomes the MIP start",
                rankBound, {"on", "off"})
        .number("rank-bound-seconds", "S", "budget of that enumeration", config.rankBoundSeconds,
                0.0)
        .integer("rank-threads", "N", "threads of that enumeration (0: one per core, at most 8)",
                 config.rankBoundThreads, 0, 64)
        .number("time-limit", "S", "wall-clock seconds", options.timeLimitSeconds, 1e-3)
        .integer("threads", "N", "CBC threads", options.threads, 1, 64)
        .integer("log-level", "L", "CBC log level (log on stderr)", options.logLevel, 0, 3)
        .text("json", "FILE", "write the result as JSON", json)
        .toggle("quiet", "no progress lines", quiet)
        .epilogue(std::string("Ctrl-C stops the solve and still prints and writes (--json) the "
                              "best network so far.\n") +
                  smip::cli::modelFilesHelp(false) +
                  "A two-phase solve (no start; CBC's first network caps the sign slots) also "
                  "writes its second model as FILE-capped.mps.\n" +
                  smip::cli::kExitCodeHelp);
    smip::cli::addModelFileFlags(
        flags, modelFiles, "the MILP as CBC gets it (with the rank bound row) before solving");
    smip::cli::addMilpProcessFlag(flags, milpProcess);
    smip::cli::addOnnxFlags(flags, onnx,
                            "the network found (when there is one; input [batch, d], output "
                            "[batch, 1])");
    smip::cli::addForceFlag(flags, force);
    if (const int code = flags.parse(argv, "sparsest"); code >= 0) return code;
    const smip::cli::CommandFailure fail{"sparsest"};
    smip::parseVariant(formulation, config.variant);
    config.rankBound = rankBound == "on";
    config.countBiases = !noBiasCount;
    const auto backend = smip::cli::milpBackendFor(milpProcess);
    std::vector<smip::RegularizerSpec> regularizers;
    const bool fromModel = flags.given("bounds-from");
    if (std::string why; fromModel && !parseBoundsFrom(boundsFrom, regularizers, why))
        return fail("--bounds-from: " + why);
    if (fromModel && (flags.given("w-bound") || flags.given("b-bound")))
        return fail("--bounds-from and --w-bound/--b-bound exclude each other");
    if (warmStart && !fromModel)
        return fail("--warm-start needs --bounds-from (the trained model to start from)");
    smip::Dataset data;
    std::string error;
    if (!smip::resolveDataset(spec, data, error)) {
        std::cerr << "sparsemip sparsest: " << error << "\n";
        return 1;
    }
    const int K = smip::effectiveWidth(config, data.samples());
    smip::SparsestPipelineConfig pc = pipeline;
    pc.regularizers = regularizers;
    pc.initSeed = spec.seed;
    pc.warmStart = warmStart;
    pc.sparsest = config;
    pc.milp = options;
    const smip::ConfigIssues issues = fromModel ? smip::validateSparsestPipeline(data, pc)
                                                : smip::validateSparsest(data.X, data.y, config);
    if (const int code = smip::cli::reportConfigIssues("sparsest", issues, force); code >= 0)
        return code;
    const auto size = smip::estimateSparsestSize(data.samples(), data.features(), config);
    std::cout << "formulation " << smip::variantId(config.variant) << ": N=" << data.samples()
              << " d=" << data.features() << " K=" << K << ", " << size.columns << " columns ("
              << size.binaries << " binaries), <= " << size.rows << " rows\n";
    // The model as CBC gets it (rank-bound row, capped sign slots) and its MIP start, from the
    // solve itself (MilpHooks::onModel): with --bounds-from its bounds are known only after
    // training; a two-phase solve also writes its second model as FILE-capped.mps.
    const smip::cli::ModelFileSink modelSink(modelFiles, "sparsest");
    const smip::cli::InterruptStop interrupt("sparsest");  // Ctrl-C stops, keeps the best
    smip::MilpHooks hooks = smip::cli::printingHooks(quiet);
    hooks.onModel = modelSink.hook();
    smip::SparsestResult r;
    nlohmann::json pipelineJson;
    if (fromModel) {
        if (force) pc.train.memoryLimitBytes = smip::kNoMemoryLimit;
        smip::SparsestPipelineHooks ph;
        ph.milp = hooks;
        ph.onTrained = [&](const smip::SparsestPipelineResult& run,
                           const smip::SparsestConfig& solved) { printTrained(run, solved); };
        std::cout << "training " << regularizers.size() << " regularizer(s) for " << pc.train.epochs
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
        pipelineJson = pipelineToJson(pr);
        r = std::move(pr.sparsest);
    } else {
        r = smip::solveSparsest(data.X, data.y, config, options, hooks, interrupt.token(), nullptr,
                                *backend);
    }
    if (const std::string e = modelSink.error(); !e.empty()) return 1;  // printed by the sink
    if (modelFiles.wanted() && modelSink.solves() == 0)
        std::cout << "model files: none written, no MILP was built (" << r.milp.message << ")\n";
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
    if (const smip::RankBoundResult& rb = r.rankBound; rb.exactChecks + rb.lastUnitRefuted > 0)
        std::cout << "rank bound's exact search: " << rb.exactChecks + rb.lastUnitRefuted
                  << " full-rank networks, " << rb.lastUnitRefuted
                  << " refuted by their last unit's pattern alone\n";
    if (const smip::RankBoundResult& rb = r.rankBound; rb.hasUpperNetwork)
        std::cout << "rank bound's split network: " << rb.upperNonzeros
                  << " nonzeros (units whose unique weights broke a bound, split into copies"
                  << " within it)\n";
    if (const smip::OneDimensionalSparsest& od = r.oneDimensional; od.computed)
        std::cout << "1-D kink bound: >= " << od.lowerBound << " nonzeros (" << od.minKinks
                  << " kinks needed); its network: "
                  << (od.hasNetwork ? std::to_string(od.nonzeros) + " nonzeros" : "none")
                  << (r.startFromOneDimensional ? ", the MIP start" : "") << "\n";
    if (const smip::OneDimensionalExact& ex = r.oneDimensionalExact; ex.computed)
        std::cout << "1-D slot MILP: >= " << ex.lowerBound << " nonzeros ("
                  << smip::statusId(ex.status) << " in " << fmt(ex.seconds) << " s, "
                  << ex.slotCount << " slots, " << ex.kinkRows << " kink rows); its network: "
                  << (ex.hasNetwork ? std::to_string(ex.nonzeros) + " nonzeros" : "none")
                  << (ex.hasNetwork && !ex.withinBounds
                          ? " beyond the bounds (|w| up to " + fmt(ex.net.W.cwiseAbs().maxCoeff()) +
                                ", |b| up to " + fmt(ex.net.b.cwiseAbs().maxCoeff()) + ")"
                          : "")
                  << (r.startFromOneDimensionalExact ? ", the MIP start" : "") << "\n";
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
    printBoundsBinding(r);
    if (r.hasNetwork)
        for (int k = 0; k < r.net.width(); ++k) {
            if (r.net.W.row(k).cwiseAbs().maxCoeff() == 0.0 && r.net.b(k) == 0.0) continue;
            std::cout << "  unit " << k << ": v=" << (r.net.v(k) > 0 ? "+1" : "-1")
                      << " b=" << fmt(r.net.b(k)) << " w=[";
            for (int j = 0; j < r.net.inputs(); ++j)
                std::cout << (j ? ", " : "") << fmt(r.net.W(k, j));
            std::cout << "]\n";
        }
    if (!json.empty()) {
        nlohmann::json j = smip::sparsestResultToJson(r);
        if (!pipelineJson.is_null()) j["pipeline"] = std::move(pipelineJson);
        const std::string text = j.dump(1) + "\n";
        if (auto e = smip::writeFileAtomically(json, text); !e.empty()) {
            std::cerr << "sparsemip sparsest: " << e << "\n";
            return 1;
        }
    }
    if (onnx.wanted() && r.hasNetwork) {
        const std::string doc = "sparsemip sparsest on " + data.name + ": " +
                                std::to_string(r.verification.nonzeros) +
                                " nonzeros, f(x) = v . relu(W x + b)";
        if (auto e = smip::writeOnnxModel(r.net, onnx.path, onnx.options(doc)); !e.empty()) {
            std::cerr << "sparsemip sparsest: " << e << "\n";
            return 1;
        }
        std::cerr << "wrote " << onnx.path << "\n";
    } else if (onnx.wanted()) {
        std::cerr << "sparsemip sparsest: no network found, " << onnx.path << " not written\n";
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
