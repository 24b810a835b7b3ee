// `sparsemip mlp-train`: trains an MLP classifier on a classification dataset and saves it as JSON.
#include <cstdio>
#include <iostream>

#include "app/cli/command_registry.h"
#include "app/cli/flag_table.h"
#include "app/cli/onnx_output.h"
#include "core/data/dataset_catalog.h"
#include "core/mlp/mlp_json.h"
#include "core/mlp/mlp_trainer.h"

namespace {

bool parseHidden(const std::string& text, std::vector<int>& out, std::string& error) {
    out.clear();
    for (const auto& item : smip::cli::splitList(text)) {
        try {
            std::size_t pos = 0;
            const int v = std::stoi(item, &pos);
            if (pos != item.size() || v < 1) throw std::invalid_argument(item);
            out.push_back(v);
        } catch (const std::exception&) {
            error = "expects positive integers separated by commas, got '" + text + "'";
            return false;
        }
    }
    return true;
}

bool scalingFromId(const std::string& id, smip::ScalerKind& out) {
    if (id == "global")
        out = smip::ScalerKind::GlobalMinMax;
    else if (id == "per-feature")
        out = smip::ScalerKind::MinMax;
    else if (id == "none")
        out = smip::ScalerKind::None;
    else
        return false;
    return true;
}

void declareFlags(smip::cli::FlagTable& flags, smip::MlpTrainConfig& cfg, smip::DatasetSpec& spec,
                  smip::ScalerKind& scaling, std::string& out, smip::cli::OnnxOutput& onnx) {
    std::string shownHidden;
    for (const int h : cfg.hidden)
        shownHidden += (shownHidden.empty() ? "" : ",") + std::to_string(h);
    flags
        .custom("dataset", "NAME", "bundled dataset or CSV (classification), e.g. digits; required",
                "",
                [&spec](const std::string& text) {
                    spec.source = text;
                    return std::string();
                })
        .custom("hidden", "LIST", "hidden layer sizes", shownHidden,
                [&cfg](const std::string& text) {
                    std::string error;
                    parseHidden(text, cfg.hidden, error);
                    return error;
                })
        .integer("epochs", "E", "training epochs", cfg.epochs)
        .integer("batch", "B", "mini-batch size", cfg.batchSize)
        .number("lr", "X", "Adam learning rate", cfg.learningRate)
        .integer("seed", "S", "initialization, batch order and the stratified 80/20 split",
                 cfg.seed)
        // The CLI's scaling: digits' pixels share one range (0..16), so one min/max keeps them.
        .custom("scaling", "global|per-feature|none",
                "global (one min/max, digits: /16), per-feature or none", "global",
                [&scaling](const std::string& text) {
                    return scalingFromId(text, scaling)
                               ? std::string()
                               : "expects global, per-feature or none, got '" + text + "'";
                })
        .text("out", "FILE.json",
              "where to write the model (atomically); this or --onnx is "
              "required",
              out);
    smip::cli::addOnnxFlags(flags, onnx,
                            "the model (its graph takes the scaled inputs; the scaling is kept in "
                            "the metadata sparsemip.input_shift/input_scale)");
}

int run(const std::vector<std::string>& argv) {
    smip::MlpTrainConfig cfg;  // core defaults
    smip::DatasetSpec spec;
    smip::ScalerKind sc = smip::ScalerKind::GlobalMinMax;
    std::string out;
    smip::cli::OnnxOutput onnx;
    smip::cli::FlagTable flags(
        "usage: sparsemip mlp-train --dataset NAME (--out FILE.json | --onnx FILE.onnx) [options]");
    declareFlags(flags, cfg, spec, sc, out, onnx);
    if (const int code = flags.parse(argv, "mlp-train"); code >= 0) return code;
    std::string error;
    if (!flags.given("dataset"))
        error = "--dataset is required";
    else if (out.empty() && !onnx.wanted())
        error = "--out or --onnx is required";
    if (!error.empty()) {
        std::cerr << "sparsemip mlp-train: " << error << "\n";
        return 2;
    }
    smip::Dataset data;
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
    if (!out.empty()) error = smip::saveMlp(r.model, out);
    if (error.empty() && onnx.wanted())
        error = smip::writeOnnxModel(
            r.model, onnx.path,
            onnx.options("sparsemip mlp-train on " + data.name +
                         ": logits of the scaled input (metadata sparsemip.input_shift/scale)"));
    if (!error.empty()) {
        std::cerr << "sparsemip mlp-train: " << error << "\n";
        return 1;
    }
    const std::string written = out.empty()     ? onnx.path
                                : onnx.wanted() ? out + ", " + onnx.path
                                                : out;
    std::printf("train accuracy %.4f, test accuracy %.4f (%s), %.2f s -> %s\n", r.trainAccuracy,
                r.testAccuracy, smip::mlpTrainStatusId(r.status), r.seconds, written.c_str());
    return r.status == smip::MlpTrainStatus::Finished ? 0 : 1;
}

}  // namespace

static smip::cli::CommandRegistrar reg("mlp-train",
                                       "train an MLP classifier (e.g. on digits) to JSON", run);
