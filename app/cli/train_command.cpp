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
#include "app/cli/exit_codes.h"
#include "app/cli/solve_session.h"
#include "core/common/atomic_file.h"
#include "core/common/latest_value.h"
#include "core/data/dataset_catalog.h"
#include "core/train/train_json.h"
#include "core/train/train_memory.h"
#include "core/train/train_sequence.h"

namespace {

const char* const kUsage =
    "usage: sparsemip train [options]\n"
    "Trains a d -> K -> 1 ReLU network with several regularizers from the same initial weights\n"
    "(full-batch Adam; the sparse-ReLU package's comparison) and prints the final metrics.\n\n"
    "  --dataset NAME|FILE.csv  random, teacher, lowrank, another generator, a bundled dataset\n"
    "                           (iris, wine, breast_cancer, digits) or a CSV file [random]\n"
    "  --n N --d D --seed S     generator size and seed [7, 5, 0]\n"
    "  --target COLUMN          CSV target column, name or 1-based index [last]\n"
    "  --width K                hidden units [N, the number of samples]\n"
    "  --init-seed S            seed of the initial weights [--seed]\n"
    "  --epochs E               full-batch epochs [100000]\n"
    "  --regularizers LIST      comma-separated: none, wd, l1, group, p<exponent in (0,1]>\n"
    "                           [none,wd,p0.4,p0.7,p1.0]\n"
    "  --lr X                   Adam learning rate [0.01]\n"
    "  --lambda X               regularization strength (weight decay for wd) [0.005]\n"
    "  --gamma X                path-norm prox scale, C = lambda*gamma*p*|prev|^(p-1) [0.01]\n"
    "  --report-every E         history sampling interval in epochs [100]\n"
    "  --json FILE              write config, per-regularizer metrics, history and weights\n"
    "  --memory-limit GB        refuse runs whose memory estimate exceeds this [half the\n"
    "                           physical memory]; 0 = no limit\n"
    "Classification targets are trained on as numbers (regression on the class ids).\n"
    "Ctrl-C stops every regularizer and still prints and writes (--json) the weights so far.\n";

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
    if (gb < 0.0) return smip::defaultTrainingMemoryLimit();
    if (gb == 0.0) return std::numeric_limits<std::uint64_t>::max();
    return std::max<std::uint64_t>(1, static_cast<std::uint64_t>(gb * 1e9));
}

int runTrain(const std::vector<std::string>& argv) {
    smip::cli::CliArgs args(argv, {"help"});
    if (args.has("help")) {
        std::cout << kUsage << smip::cli::kExitCodeHelp;
        return 0;
    }
    args.allowOnly({"dataset", "n", "d", "seed", "target", "width", "init-seed", "epochs",
                    "regularizers", "lr", "lambda", "gamma", "report-every", "json",
                    "memory-limit"});
    smip::DatasetSpec dataSpec;
    dataSpec.source = args.text("dataset", "random");
    dataSpec.n = static_cast<int>(args.integer("n", 7));
    dataSpec.d = static_cast<int>(args.integer("d", 5));
    const long long seed = args.integer("seed", 0);
    dataSpec.seed = static_cast<std::uint64_t>(seed);
    dataSpec.targetColumn = args.text("target", "");
    const long long width = args.integer("width", 0);
    const long long initSeed = args.integer("init-seed", seed);
    smip::TrainConfig config;
    const long long epochs = args.integer("epochs", config.epochs);
    config.lr = args.number("lr", config.lr);
    config.gamma = args.number("gamma", config.gamma);
    const long long reportEvery = args.integer("report-every", config.reportEvery);
    const double lambda = args.number("lambda", 0.005);
    const std::string jsonPath = args.text("json", "");
    const double memoryLimitGb = args.number("memory-limit", -1.0);
    std::vector<smip::RegularizerSpec> regs;
    std::string error;
    if (args.error().empty() &&
        !smip::parseRegularizerList(args.text("regularizers", "none,wd,p0.4,p0.7,p1.0"), lambda,
                                    regs, error))
        args.fail("--regularizers: " + error);
    if (epochs < 0 || epochs > INT_MAX) args.fail("--epochs must be between 0 and 2147483647");
    if (width < 0 || width > 1000000) args.fail("--width must be between 1 and 1000000");
    if (reportEvery < 1 || reportEvery > INT_MAX) args.fail("--report-every must be >= 1");
    if (!(config.lr > 0.0)) args.fail("--lr must be positive");
    if (config.gamma < 0.0) args.fail("--gamma must be >= 0");
    if (lambda < 0.0) args.fail("--lambda must be >= 0");
    if (seed < 0 || initSeed < 0) args.fail("--seed and --init-seed must be >= 0");
    if (args.has("json") && jsonPath.empty()) args.fail("--json needs a file name");
    if (args.has("memory-limit") && !(memoryLimitGb >= 0.0 && memoryLimitGb < 1e9))
        args.fail("--memory-limit must be a number of GB >= 0");
    if (!args.error().empty()) {
        std::cerr << "sparsemip train: " << args.error() << "\n(see sparsemip train --help)\n";
        return smip::cli::kExitUsage;
    }
    config.memoryLimitBytes = memoryLimitBytes(memoryLimitGb);
    config.epochs = static_cast<int>(epochs);
    config.reportEvery = static_cast<int>(reportEvery);

    smip::Dataset data;
    if (!smip::resolveDataset(dataSpec, data, error)) {
        std::cerr << "sparsemip train: " << error << "\n";
        return 1;
    }
    const int K = width > 0 ? static_cast<int>(width) : data.samples();
    // Before the initial weights and the workers allocate anything.
    if (auto tooBig = smip::trainingMemoryProblem(data.samples(), data.features(), K,
                                                  static_cast<int>(regs.size()), config,
                                                  config.memoryLimitBytes);
        !tooBig.empty()) {
        std::cerr << "sparsemip train: " << tooBig << " (--width K, --regularizers LIST, "
                  << "--memory-limit GB)\n";
        return smip::cli::kExitFailed;
    }
    const smip::ShallowReluNet init =
        smip::initShallowNet(data.features(), K, static_cast<std::uint64_t>(initSeed));
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
    return exitCode != 0             ? exitCode
           : interrupt.interrupted() ? smip::cli::kExitInterrupted
                                     : smip::cli::kExitOk;
}

smip::cli::CommandRegistrar reg("train",
                                "train a shallow ReLU net with several regularizers (seed run)",
                                runTrain);

}  // namespace
