// `sparsemip train`: the sparse-ReLU package's regularizer comparison on any dataset, one thread
// per regularizer, with a progress line per regularizer at most once a second, a final table and
// optional JSON.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <cstdio>
#include <iostream>
#include <limits>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "app/cli/config_issue_report.h"
#include "app/cli/exit_codes.h"
#include "app/cli/flag_table.h"
#include "app/cli/onnx_output.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/common/latest_value.h"
#include "core/data/dataset_catalog.h"
#include "core/train/train_json.h"
#include "core/train/train_memory.h"
#include "core/train/train_sequence.h"
#include "core/train/train_validation.h"

namespace {

struct Worker {
    smip::RegularizerSpec spec;
    smip::LatestValue<smip::TrainSample> progress;
    smip::TrainResult result;
    std::string error;
    std::atomic<bool> done{false};
};

std::string fmt(const char* format, double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, x);
    return buf;
}

// --memory-limit in GB as bytes for TrainConfig: absent (negative) is the default (half the
// physical memory), 0 is no limit.
std::uint64_t memoryLimitBytes(double gb) {
    if (gb < 0.0) return smip::defaultMemoryLimit();
    if (gb == 0.0) return smip::kNoMemoryLimit;
    return std::max<std::uint64_t>(1, static_cast<std::uint64_t>(gb * 1e9));
}

// "none,wd,p0.4,p0.7,p1.0": the ids of the default list, for the help line.
std::string defaultRegularizerIds() {
    std::string ids;
    for (const auto& spec : smip::defaultRegularizers())
        ids += (ids.empty() ? "" : ",") + spec.id();
    return ids;
}

int runTrain(const std::vector<std::string>& argv) {
    // Every default below is the core struct's own (the Train page's form starts from the same).
    smip::DatasetSpec dataSpec;
    smip::TrainConfig config;
    double lambda = smip::RegularizerSpec{}.lambda;
    int width = 0;
    std::uint64_t initSeed = 0;
    std::string regularizerList = defaultRegularizerIds(), jsonPath;
    double memoryLimitGb = -1.0;  // not given: half the physical memory
    smip::cli::OnnxOutput onnx;
    smip::cli::FlagTable flags(
        "usage: sparsemip train [options]\n"
        "Trains a d -> K -> 1 ReLU network with several regularizers from the same initial "
        "weights\n(full-batch Adam; the sparse-ReLU package's comparison) and prints the final "
        "metrics.");
    flags
        .text("dataset", "NAME|FILE.csv",
              "random, teacher, lowrank, another generator, a bundled dataset (iris, wine, "
              "breast_cancer, digits) or a CSV file",
              dataSpec.source)
        .integer("n", "N", "samples of a generator", dataSpec.n, 1, 10000000)
        .integer("d", "D", "features of a generator", dataSpec.d, 1, 100000)
        .integer("seed", "S", "generator seed", dataSpec.seed)
        .text("target", "COLUMN", "CSV target column, name or 1-based index (empty: the last)",
              dataSpec.targetColumn)
        .integer("width", "K", "hidden units (0: N, the number of samples)", width, 0, 1000000)
        .custom("init-seed", "S", "seed of the initial weights", "--seed",
                [&initSeed](const std::string& text) {
                    char* end = nullptr;
                    const long long v = std::strtoll(text.c_str(), &end, 10);
                    if (text.empty() || *end != '\0' || v < 0)
                        return "expects an integer >= 0, got '" + text + "'";
                    initSeed = static_cast<std::uint64_t>(v);
                    return std::string();
                })
        .integer("epochs", "E", "full-batch epochs", config.epochs, 0)
        .text("regularizers", "LIST", "comma-separated: none, wd, l1, group, p<exponent in (0,1]>",
              regularizerList)
        .number("lr", "X", "Adam learning rate", config.lr, 1e-300)
        .number("lambda", "X", "regularization strength (weight decay for wd)", lambda, 0.0)
        .number("gamma", "X", "path-norm prox scale, C = lambda*gamma*p*|prev|^(p-1)", config.gamma,
                0.0)
        .integer("report-every", "E", "history sampling interval in epochs", config.reportEvery, 1)
        .text("json", "FILE", "write config, per-regularizer metrics, history and weights",
              jsonPath)
        .custom("memory-limit", "GB",
                "refuse runs whose memory estimate exceeds this; 0 = no limit",
                "half the physical memory",
                [&memoryLimitGb](const std::string& text) {
                    char* end = nullptr;
                    const double v = std::strtod(text.c_str(), &end);
                    if (text.empty() || *end != '\0' || !(v >= 0.0 && v < 1e9))
                        return "must be a number of GB >= 0, got '" + text + "'";
                    memoryLimitGb = v;
                    return std::string();
                })
        .epilogue(std::string("--onnx FILE.onnx writes each regularizer's network as its own ONNX "
                              "model: FILE-<id>.onnx\n(e.g. net-p0.4.onnx); with one regularizer "
                              "exactly FILE. Input [batch, d] (the features as\ngiven), output "
                              "[batch, 1].\n"
                              "Classification targets are trained on as numbers (regression on "
                              "the class ids).\nCtrl-C stops every regularizer and still prints "
                              "and writes (--json) the weights so far.\n") +
                  smip::cli::kExitCodeHelp);
    smip::cli::addOnnxFlags(flags, onnx, "the trained networks (one file per regularizer)");
    bool force = false;
    smip::cli::addForceFlag(flags, force);
    if (const int code = flags.parse(argv, "train"); code >= 0) return code;
    const smip::cli::CommandFailure fail{"train"};
    if (!flags.given("init-seed")) initSeed = dataSpec.seed;
    std::vector<smip::RegularizerSpec> regs;
    std::string error;
    if (!smip::parseRegularizerList(regularizerList, lambda, regs, error))
        return fail("--regularizers: " + error);
    if (flags.given("json") && jsonPath.empty()) return fail("--json needs a file name");
    if (flags.given("onnx") && !onnx.wanted()) return fail("--onnx needs a file name");
    config.memoryLimitBytes = memoryLimitBytes(memoryLimitGb);

    smip::Dataset data;
    if (!smip::resolveDataset(dataSpec, data, error)) {
        std::cerr << "sparsemip train: " << error << "\n";
        return 1;
    }
    const int K = width > 0 ? width : data.samples();
    // Before the initial weights and the workers allocate anything.
    if (const int code = smip::cli::reportConfigIssues(
            "train", smip::validateTraining(data, width, regs, config), force);
        code >= 0)
        return code;
    if (force) config.memoryLimitBytes = smip::kNoMemoryLimit;
    const smip::ShallowReluNet init = smip::initShallowNet(data.features(), K, initSeed);
    std::cerr << "training " << regs.size() << " regularizer(s) on '" << data.name
              << "' (N=" << data.samples() << ", d=" << data.features() << ", K=" << K << ", "
              << config.epochs << " epochs)\n";

    const smip::cli::InterruptStop interrupt("train");  // Ctrl-C stops every worker, keeps all
    // One thread per regularizer; the main thread only prints (workers never touch stdout).
    std::vector<std::unique_ptr<Worker>> workers;
    for (const auto& spec : regs) {
        workers.push_back(std::make_unique<Worker>());
        workers.back()->spec = spec;
    }
    {
        std::vector<std::jthread> threads;
        for (auto& w : workers) {
            Worker* wp = w.get();
            threads.emplace_back([wp, &data, &init, &config, stop = interrupt.token()] {
                try {
                    smip::TrainHooks hooks;
                    hooks.onSample = [wp](const smip::TrainSample& s) { wp->progress.set(s); };
                    wp->result = smip::trainShallow(data, init, wp->spec, config, hooks, stop);
                } catch (const std::exception& e) {
                    wp->error = e.what();
                }
                wp->done = true;
            });
        }
        auto allDone = [&] {
            for (auto& w : workers)
                if (!w->done) return false;
            return true;
        };
        auto lastPrint = std::chrono::steady_clock::now();
        while (!allDone()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (std::chrono::steady_clock::now() - lastPrint < std::chrono::seconds(1)) continue;
            lastPrint = std::chrono::steady_clock::now();
            for (auto& w : workers)
                if (auto s = w->progress.take(); s && !w->done)
                    std::cerr << "  [" << w->spec.id() << "] epoch " << s->epoch << "/"
                              << config.epochs << "  mse " << fmt("%.3e", s->metrics.mse)
                              << "  nonzeros " << s->metrics.nonzeros << "\n";
        }
    }  // joins

    std::vector<smip::TrainResult> results;
    int exitCode = 0;
    std::printf("%-8s %-9s %12s %9s %7s %10s %9s %9s %9s %9s\n", "reg", "status", "mse", "nonzeros",
                "active", "lp_norm", "max_w", "max_b", "max_v", "seconds");
    for (auto& w : workers) {
        if (!w->error.empty()) {
            std::cerr << "sparsemip train: " << w->spec.id() << ": " << w->error << "\n";
            exitCode = 1;
            continue;
        }
        const auto& r = w->result;
        const auto& m = r.final;
        std::printf("%-8s %-9s %12.4e %9d %7d %10.4f %9.4f %9.4f %9.4f %9.3f\n",
                    r.regularizer.id().c_str(), smip::trainStatusId(r.status).c_str(), m.mse,
                    m.nonzeros, m.activeNeurons, m.pathNorm, m.maxW, m.maxB, m.maxV, r.seconds);
        results.push_back(r);
    }
    std::fflush(stdout);
    if (!jsonPath.empty()) {
        auto j = smip::trainRunToJson(data.name, data.samples(), data.features(),
                                      static_cast<std::uint64_t>(initSeed), config, results);
        j["interrupted"] = interrupt.interrupted();
        const std::string werr = smip::writeFileAtomically(jsonPath, j.dump(1) + "\n");
        if (!werr.empty()) {
            std::cerr << "sparsemip train: " << werr << "\n";
            return 1;
        }
        std::cerr << "wrote " << jsonPath << "\n";
    }
    if (onnx.wanted())
        for (const auto& r : results) {
            const std::string path =
                regs.size() == 1 ? onnx.path : smip::cli::taggedPath(onnx.path, r.regularizer.id());
            const std::string werr = smip::writeOnnxModel(
                r.net, path,
                onnx.options("sparsemip train on " + data.name + ", regularizer " +
                             r.regularizer.id() + ": f(x) = v . relu(W x + b)"));
            if (!werr.empty()) {
                std::cerr << "sparsemip train: " << werr << "\n";
                return 1;
            }
            std::cerr << "wrote " << path << "\n";
        }
    return exitCode != 0             ? exitCode
           : interrupt.interrupted() ? smip::cli::kExitInterrupted
                                     : smip::cli::kExitOk;
}

smip::cli::CommandRegistrar reg("train",
                                "train a shallow ReLU net with several regularizers (seed run)",
                                runTrain);

}  // namespace
