// `sparsemip mlp-train`: trains an MLP classifier on a classification dataset and saves it as JSON.
#include <cstdio>
#include <iostream>

#include "app/cli/cli_args.h"
#include "app/cli/command_registry.h"
#include "core/data/dataset_catalog.h"
#include "core/mlp/mlp_json.h"
#include "core/mlp/mlp_trainer.h"

namespace {

const char* kHelp =
    "usage: sparsemip mlp-train --dataset NAME --out FILE.json [options]\n"
    "  --dataset NAME     bundled dataset or CSV (classification), e.g. digits\n"
    "  --hidden 32,16     hidden layer sizes\n"
    "  --epochs 30        training epochs\n"
    "  --batch 32         mini-batch size\n"
    "  --lr 0.01          Adam learning rate\n"
    "  --seed 0           initialization, batch order and the stratified 80/20 split\n"
    "  --scaling global   global (one min/max, digits: /16), per-feature or none\n"
    "  --out FILE.json    where to write the model (atomically)\n";

bool parseHidden(const std::string& text, std::vector<int>& out, std::string& error) {
    out.clear();
    for (const auto& item : smip::cli::splitList(text)) {
        try {
            std::size_t pos = 0;
            const int v = std::stoi(item, &pos);
            if (pos != item.size() || v < 1) throw std::invalid_argument(item);
            out.push_back(v);
        } catch (const std::exception&) {
            error = "--hidden expects positive integers separated by commas, got '" + text + "'";
            return false;
        }
    }
    return true;
}

int run(const std::vector<std::string>& argv) {
    smip::cli::CliArgs args(argv, {"help"});
    if (args.has("help")) {
        std::cout << kHelp;
        return 0;
    }
    args.allowOnly({"dataset", "hidden", "epochs", "batch", "lr", "seed", "scaling", "out"});
    smip::MlpTrainConfig cfg;
    cfg.epochs = static_cast<int>(args.integer("epochs", 30));
    cfg.batchSize = static_cast<int>(args.integer("batch", 32));
    cfg.learningRate = args.number("lr", 0.01);
    cfg.seed = static_cast<std::uint64_t>(args.integer("seed", 0));
    std::string error = args.error();
    if (error.empty() && args.has("hidden")) parseHidden(args.text("hidden"), cfg.hidden, error);
    if (error.empty() && !args.has("dataset")) error = "--dataset is required";
    if (error.empty() && !args.has("out")) error = "--out is required";
    const std::string scaling = args.text("scaling", "global");
    smip::ScalerKind sc = smip::ScalerKind::GlobalMinMax;
    if (scaling == "per-feature")
        sc = smip::ScalerKind::MinMax;
    else if (scaling == "none")
        sc = smip::ScalerKind::None;
    else if (scaling != "global" && error.empty())
        error = "--scaling expects global, per-feature or none, got '" + scaling + "'";
    if (!error.empty()) {
        std::cerr << "sparsemip mlp-train: " << error << "\n";
        return 2;
    }
    smip::Dataset data;
    smip::DatasetSpec spec;
    spec.source = args.text("dataset");
    smip::MlpDataSplit split;
    if (!smip::resolveDataset(spec, data, error) ||
        !smip::makeMlpSplit(data, 0.2, cfg.seed, sc, split, error)) {
        std::cerr << "sparsemip mlp-train: " << error << "\n";
        return 1;
    }
    smip::MlpTrainHooks hooks;
    hooks.onEpoch = [](const smip::MlpEpochInfo& e) {
        std::fprintf(stderr, "epoch %4d  loss %.4f  train %.3f  test %.3f  %.2fs\n", e.epoch,
                     e.loss, e.trainAccuracy, e.testAccuracy, e.seconds);
    };
    const smip::MlpTrainResult r = smip::trainMlp(split, cfg, hooks);
    if (r.status == smip::MlpTrainStatus::InvalidInput) {
        std::cerr << "sparsemip mlp-train: " << r.message << "\n";
        return 1;
    }
    error = smip::saveMlp(r.model, args.text("out"));
    if (!error.empty()) {
        std::cerr << "sparsemip mlp-train: " << error << "\n";
        return 1;
    }
    std::printf("train accuracy %.4f, test accuracy %.4f (%s), %.2f s -> %s\n", r.trainAccuracy,
                r.testAccuracy, smip::mlpTrainStatusId(r.status), r.seconds,
                args.text("out").c_str());
    return r.status == smip::MlpTrainStatus::Finished ? 0 : 1;
}

}  // namespace

static smip::cli::CommandRegistrar reg("mlp-train",
                                       "train an MLP classifier (e.g. on digits) to JSON", run);
