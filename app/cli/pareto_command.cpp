// `sparsemip pareto`: the regularization path of every chosen regularizer (a λ sweep from one
// initialization) and the exact frontier over it (the sparsest-network MILP for each fit
// tolerance ε), as in the Compare page (issue #14). Writes JSON and CSV.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/config_issue_report.h"
#include "app/cli/dataset_args.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flag_table.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/common/memory_budget.h"
#include "core/data/dataset_catalog.h"
#include "core/pareto/pareto.h"
#include "core/pareto/pareto_json.h"

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : ",") + s;
    return out;
}

// "0,0.01,0.05" into numbers; the message names the bad item.
std::string parseNumbers(const std::string& text, std::vector<double>& out) {
    out.clear();
    for (const std::string& item : smip::cli::splitList(text)) {
        char* end = nullptr;
        const double v = std::strtod(item.c_str(), &end);
        if (end == item.c_str() || *end != '\0') return "'" + item + "' is not a number";
        out.push_back(v);
    }
    return out.empty() ? std::string("expects at least one value") : std::string();
}

std::string fmt(double v, const char* pattern = "%.4g") {
    if (!std::isfinite(v)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, pattern, v);
    return buf;
}

void printTrained(const std::vector<smip::ParetoTrainedPoint>& points) {
    std::printf("%-8s %10s %12s %12s %9s %7s\n", "method", "lambda", "mse", "max resid", "nonzeros",
                "units");
    for (const auto& p : points)
        std::printf("%-8s %10s %12s %12s %9d %7d\n", p.regularizer.c_str(), fmt(p.lambda).c_str(),
                    fmt(p.mse).c_str(), fmt(p.maxResidual).c_str(), p.nonzeros, p.activeNeurons);
    std::fflush(stdout);
}

void printFrontier(const smip::ParetoFrontierPoint& f) {
    std::printf("frontier eps=%-8s nonzeros %-4s bound %-6s %s (%.1f s)%s%s\n",
                fmt(f.epsilon).c_str(), f.nonzeros >= 0 ? std::to_string(f.nonzeros).c_str() : "-",
                fmt(f.bestBound, "%.3g").c_str(), f.proven ? "proven" : f.status.c_str(), f.seconds,
                f.start.empty() ? "" : ", started from ", f.start.c_str());
    std::fflush(stdout);
}

int run(const std::vector<std::string>& argv) {
    smip::DatasetSpec spec;
    smip::ParetoConfig config;
    std::string json, csv, milpProcess = "worker";
    bool force = false, noBiasCount = false;
    smip::cli::FlagTable flags(
        "usage: sparsemip pareto --dataset NAME|FILE.csv [options]\n\n"
        "Trains each regularizer over a log-spaced sweep of lambda from one initialization\n"
        "(the path: fit error against nonzeros) and solves the sparsest-network MILP for each\n"
        "fit tolerance epsilon (the exact frontier). A trained point within epsilon never has\n"
        "fewer nonzeros than the proven optimum at epsilon: the MILP's weight bounds hold every\n"
        "trained network.");
    smip::cli::addDatasetFlags(flags, spec, "random, teacher, lowrank, 1-D sets, ... or FILE.csv");
    smip::cli::addSizeFlag(flags, "d", "D", "features of random/teacher/lowrank", spec.d);
    flags.integer("seed", "S", "generator seed and the one initialization's seed", spec.seed)
        .custom("regularizers", "LIST", "regularizers of the path (none, wd, l1, group, p<exp>)",
                joined(config.regularizers),
                [&](const std::string& t) {
                    config.regularizers = smip::cli::splitList(t);
                    return config.regularizers.empty() ? std::string("expects at least one")
                                                       : std::string();
                })
        .integer("lambdas", "K", "lambda values per regularizer (log-spaced)", config.lambdas, 1,
                 1000)
        .positive("lambda-min", "X", "smallest lambda", config.lambdaMin)
        .positive("lambda-max", "X", "largest lambda", config.lambdaMax)
        .custom("epsilons", "LIST", "fit tolerances of the frontier", "0,0.01,0.05,0.1",
                [&](const std::string& t) { return parseNumbers(t, config.epsilons); })
        .integer("epochs", "E", "training epochs per point", config.train.epochs, 1)
        .integer("width", "K", "hidden units of the trained nets and the MILP (0: N)",
                 config.sparsest.width, 0, 100000)
        .toggle("no-bias-count", "count only weights (trained points and the MILP alike)",
                noBiasCount)
        .positive("time-limit", "S", "seconds of each frontier MILP", config.timeLimitSeconds)
        .text("json", "FILE", "write {trained, frontier} as JSON", json)
        .text("csv", "FILE", "write one row per trained and per frontier point", csv)
        .epilogue(std::string("Ctrl-C stops and still writes what is done.\n") +
                  smip::cli::kExitCodeHelp);
    smip::cli::addMilpProcessFlag(flags, milpProcess);
    smip::cli::addForceFlag(flags, force);
    if (const int code = flags.parse(argv, "pareto"); code >= 0) return code;
    const smip::cli::CommandFailure fail{"pareto"};
    config.sparsest.countBiases = !noBiasCount;
    config.initSeed = static_cast<std::uint64_t>(spec.seed);
    smip::Dataset data;
    std::string error;
    if (!smip::resolveDataset(spec, data, error)) return fail(error, 1);
    if (const int code =
            smip::cli::reportConfigIssues("pareto", smip::validatePareto(data, config), force);
        code >= 0)
        return code;
    if (force) config.train.memoryLimitBytes = smip::kNoMemoryLimit;
    const auto backend = smip::cli::milpBackendFor(milpProcess);
    std::printf("dataset %s: N=%d d=%d; %zu regularizer(s) x %d lambda(s), %zu tolerance(s)\n",
                data.name.c_str(), data.samples(), data.features(), config.regularizers.size(),
                config.lambdas, config.epsilons.size());
    std::fflush(stdout);
    smip::ParetoHooks hooks;
    hooks.onTrained = printTrained;
    hooks.onFrontier = printFrontier;
    const smip::cli::InterruptStop interrupt("pareto");
    smip::ParetoResult r;
    try {
        r = smip::runPareto(data, config, hooks, interrupt.token(), *backend);
    } catch (const std::exception& e) {
        return fail(e.what(), 1);
    }
    std::printf("MILP bounds: w_B=%s b_B=%s (hold every trained network); %.1f s\n",
                fmt(r.wBound).c_str(), fmt(r.bBound).c_str(), r.seconds);
    if (!json.empty())
        if (auto e = smip::writeFileAtomically(json, smip::paretoToJson(r).dump(1) + "\n");
            !e.empty())
            return fail(e, 1);
    if (!csv.empty())
        if (auto e = smip::writeFileAtomically(csv, smip::paretoCsv(r)); !e.empty())
            return fail(e, 1);
    return interrupt.interrupted() ? smip::cli::kExitInterrupted : smip::cli::kExitOk;
}

const smip::cli::CommandRegistrar reg(
    "pareto", "regularization paths against the exact sparsest-network frontier", run);

}  // namespace
