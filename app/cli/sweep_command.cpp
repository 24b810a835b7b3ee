// `sparsemip sweep`: the seed package's experiment over a grid (data kinds × N × d × seeds), each
// instance through the whole sparsest pipeline. Three modes: run the grid here on a few threads
// (resumable: finished instances are skipped), write a plan of one self-contained command per
// instance for GNU parallel or a Slurm array (`--plan`, each line runs `--instance ID`), and merge
// a directory of result files into CSV/JSON tables (`--collect`).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/config_issue_report.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flag_table.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/milp/worker_client.h"
#include "core/sweep/sweep_grid.h"
#include "core/sweep/sweep_run.h"
#include "core/sweep/sweep_table.h"

namespace {

using smip::cli::formatNumber;

// A FlagTable value parser for an integer list ("4,5,6", "0:9") into `target`.
template <typename T>
std::function<std::string(const std::string&)> integerList(std::vector<T>& target, long long min) {
    return [&target, min](const std::string& text) {
        std::vector<long long> values;
        std::string error;
        if (!smip::parseIntegerList(text, min, values, error)) return error;
        target.assign(values.begin(), values.end());
        return std::string();
    };
}

template <typename T>
std::string joinNumbers(const std::vector<T>& values) {
    std::string out;
    for (const T& v : values) {
        if (!out.empty()) out += ',';
        out += std::to_string(v);
    }
    return out;
}

std::string regularizerIds(const std::vector<smip::RegularizerSpec>& regs) {
    std::string out;
    for (const auto& r : regs) {
        if (!out.empty()) out += ',';
        out += r.id();
    }
    return out;
}

// Single-quoted for a POSIX shell (GNU parallel and Slurm scripts run the plan's lines in one).
std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

bool isCsvKind(const smip::SweepInstance& i) {
    return i.n == 0;
}

// The plan's line for one instance: the grid narrowed to it, so the line alone reproduces it.
std::string planLine(const smip::SweepInstance& i, const std::string& outDir,
                     const std::string& milpProcess, bool force) {
    std::string line = shellQuote(smip::currentExecutablePath()) + " sweep --instance " + i.id +
                       " --kinds " + shellQuote(i.source);
    if (!isCsvKind(i)) line += " --n " + std::to_string(i.n) + " --d " + std::to_string(i.d);
    line += " --seeds " + std::to_string(i.seed) + " --regularizers " +
            regularizerIds(i.settings.regularizers) + " --epochs " +
            std::to_string(i.settings.epochs) + " --time-limit " +
            smip::cli::formatDefault(i.settings.timeLimitSeconds) + " --out " + shellQuote(outDir) +
            " --milp-process " + milpProcess + (force ? " --force" : "");
    return line + " --quiet\n";
}

std::string methodLine(const smip::SweepInstanceResult& r) {
    std::string line = "done " + r.instance.id + ":";
    for (const auto& m : r.methods)
        line += " " + m.method + "=" + (m.nonzeros >= 0 ? std::to_string(m.nonzeros) : "-") +
                (m.method == smip::kSweepMilpMethod ? " (" + m.status + ")"
                                                    : (m.fits ? "" : "(no fit)"));
    return line + "  [bounds from " + r.chosen + "]";
}

void printSummary(const std::vector<smip::SweepInstanceResult>& results) {
    for (const auto& g : smip::summarizeSweep(results)) {
        std::cout << g.kind << " N=" << g.n << " d=" << g.d << ": " << g.instances
                  << " instance(s), " << g.proven << " proven optimal\n";
        for (const auto& m : g.methods) {
            std::cout << "  " << m.method << ": mean nonzeros " << formatNumber(m.meanNonzeros)
                      << ", fits " << m.fits << "/" << m.instances;
            if (m.method != smip::kSweepMilpMethod)
                std::cout << ", reached the optimum " << m.reachedOptimum << "/" << g.proven;
            std::cout << "\n";
        }
    }
}

// Collects `dir` and writes the tables asked for; prints the summary. Returns an exit code.
int writeTables(const std::string& dir, const std::string& csv, const std::string& json,
                bool quiet) {
    const smip::cli::CommandFailure fail{"sweep"};
    std::vector<smip::SweepInstanceResult> results;
    if (std::string error; !smip::collectSweep(dir, results, error))
        return fail(error, smip::cli::kExitFailed);
    if (!csv.empty())
        if (auto e = smip::writeFileAtomically(csv, smip::sweepCsv(results)); !e.empty())
            return fail(e, smip::cli::kExitFailed);
    if (!json.empty())
        if (auto e = smip::writeFileAtomically(json, smip::sweepTableJson(results).dump(1) + "\n");
            !e.empty())
            return fail(e, smip::cli::kExitFailed);
    if (!quiet) printSummary(results);
    std::cout << results.size() << " instance result(s) in " << dir << "\n";
    return smip::cli::kExitOk;
}

int writePlan(const std::vector<smip::SweepInstance>& instances, const std::string& plan,
              const std::string& outDir, const std::string& milpProcess, bool force) {
    std::string text;
    for (const auto& i : instances)
        text += planLine(i, outDir, milpProcess, force);
    if (auto e = smip::writeFileAtomically(plan, text); !e.empty())
        return smip::cli::CommandFailure{"sweep"}(e, smip::cli::kExitFailed);
    std::cout << instances.size() << " command(s) written to " << plan << "\n";
    return smip::cli::kExitOk;
}

int runSweepCommand(const std::vector<std::string>& argv) {
    smip::SweepGrid grid;
    std::string outDir, csv, json, plan, instanceId, collect, milpProcess = "in-process";
    int workers = 1;
    bool force = false, quiet = false;
    smip::cli::FlagTable flags(
        "usage: sparsemip sweep --kinds K,... --n LIST --d LIST --seeds LIST --out DIR [options]\n"
        "       sparsemip sweep ... --out DIR --plan jobs.txt   (one command per instance)\n"
        "       sparsemip sweep --collect DIR [--csv FILE] [--json FILE]");
    flags
        .custom("kinds", "LIST",
                "data kinds: random, teacher, lowrank (generators) and CSV files (last column "
                "the target; N and d from the file)",
                "random",
                [&](const std::string& t) {
                    grid.kinds = smip::cli::splitList(t);
                    return grid.kinds.empty() ? std::string("expects at least one kind")
                                              : std::string();
                })
        .custom("n", "LIST", "samples of the generators: values and ranges A:B",
                joinNumbers(grid.n), integerList(grid.n, 1))
        .custom("d", "LIST", "features of the generators", joinNumbers(grid.d),
                integerList(grid.d, 1))
        .custom("seeds", "LIST", "data seeds, also each instance's initialization seed (e.g. 0:9)",
                joinNumbers(grid.seeds), integerList(grid.seeds, 0))
        .custom("regularizers", "LIST",
                "trained from one init per instance (none, wd, l1, group, p<exp>)",
                regularizerIds(grid.settings.regularizers),
                [&](const std::string& t) {
                    std::string error;
                    smip::parseRegularizerList(t, 0.005, grid.settings.regularizers, error);
                    return error;
                })
        .integer("epochs", "E", "training epochs per regularizer", grid.settings.epochs, 1)
        .positive("time-limit", "S", "seconds of each MILP (training not counted)",
                  grid.settings.timeLimitSeconds)
        .text("out", "DIR", "one result file per instance, <id>.json; existing ones are skipped",
              outDir)
        .text("csv", "FILE", "write the table: one row per instance and method", csv)
        .text("json", "FILE", "write the table and the summary per (kind, N, d) as JSON", json)
        .integer("workers", "N",
                 "instances run at once in this process (their MILPs run at once only with "
                 "--milp-process worker; in-process CBC solves one at a time)",
                 workers, 1, 256)
        .text("plan", "FILE",
              "write one self-contained command line per instance instead of running (for "
              "`parallel -j N < FILE` or a Slurm array)",
              plan)
        .text("instance", "ID", "run only the grid's instance ID (the plan's lines)", instanceId)
        .text("collect", "DIR", "merge the result files of DIR into --csv/--json", collect)
        .toggle("quiet", "no line per finished instance and no summary", quiet)
        .epilogue(std::string("Ctrl-C: finished instances stay written, the running ones are not\n"
                              "written; run the same command again to continue.\n") +
                  smip::cli::kExitCodeHelp);
    smip::cli::addMilpProcessFlag(flags, milpProcess);
    smip::cli::addForceFlag(flags, force);
    if (const int code = flags.parse(argv, "sweep"); code >= 0) return code;
    const smip::cli::CommandFailure fail{"sweep"};
    if (!collect.empty()) {
        if (csv.empty() && json.empty()) return fail("--collect needs --csv and/or --json");
        return writeTables(collect, csv, json, quiet);
    }
    if (outDir.empty()) return fail("--out DIR is required");
    if (!plan.empty() && !instanceId.empty())
        return fail("--plan and --instance exclude each other");
    // Absolute paths: the plan's lines and the result files must not depend on a working directory.
    outDir = std::filesystem::absolute(outDir).lexically_normal().string();
    for (auto& k : grid.kinds)
        if (smip::isSweepCsvKind(k)) k = std::filesystem::absolute(k).lexically_normal().string();
    std::vector<smip::SweepInstance> instances;
    if (std::string error; !smip::sweepInstances(grid, instances, error)) return fail(error);
    if (!instanceId.empty()) {
        std::erase_if(instances, [&](const auto& i) { return i.id != instanceId; });
        if (instances.empty()) return fail("--instance " + instanceId + " is not in the grid");
    }
    if (!plan.empty()) return writePlan(instances, plan, outDir, milpProcess, force);

    smip::ConfigIssues issues;
    for (const auto& i : instances)
        if (!std::filesystem::exists(smip::sweepResultPath(outDir, i.id)))
            issues.append(smip::validateSweepInstance(i));
    if (const int code = smip::cli::reportConfigIssues("sweep", issues, force); code >= 0)
        return code;
    const auto backend = smip::cli::milpBackendFor(milpProcess);
    const smip::cli::InterruptStop interrupt("sweep");
    smip::SweepRunHooks hooks;
    hooks.onFinished = [&](const smip::SweepInstanceResult& r) {
        if (!quiet) std::cout << methodLine(r) << std::endl;
    };
    hooks.onSkipped = [&](const smip::SweepInstance& i) {
        if (!quiet) std::cout << "skip " << i.id << " (result file exists)" << std::endl;
    };
    hooks.onFailed = [&](const smip::SweepInstance& i, const std::string& e) {
        std::cerr << "sparsemip sweep: " << i.id << ": " << e << "\n";
    };
    const smip::SweepRunCounts counts =
        smip::runSweep(instances, outDir, workers, *backend, interrupt.token(), hooks);
    std::cout << counts.ran << " run, " << counts.skipped << " skipped, " << counts.failed
              << " failed, " << counts.unfinished << " unfinished\n";
    if (interrupt.interrupted()) {
        std::cerr << "sparsemip sweep: interrupted; finished instances are in " << outDir << "\n";
        return smip::cli::kExitInterrupted;
    }
    if (counts.failed > 0) return smip::cli::kExitFailed;
    if (!instanceId.empty()) return smip::cli::kExitOk;
    return writeTables(outDir, csv, json, quiet);
}

const smip::cli::CommandRegistrar reg(
    "sweep", "the seed experiment over a grid of data, N, d and seeds (plan, run, collect)",
    runSweepCommand);

}  // namespace
