// `sparsemip attack`: minimal L1 change that flips a digits network's decision, exact (CBC MILP)
// vs local (Ipopt, smooth ReLU surrogates), every answer re-checked on the real network.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>

#include "app/cli/command_registry.h"
#include "app/cli/config_issue_report.h"
#include "app/cli/flag_table.h"
#include "app/cli/milp_backend_args.h"
#include "app/cli/model_files.h"
#include "core/adversarial/attack_json.h"
#include "core/data/dataset_catalog.h"
#include "core/milp/milp_solver.h"
#include "core/mlp/mlp_json.h"
#include "core/mlp/mlp_trainer.h"
#include "core/onnx/classifier_file.h"

namespace {

std::string fmt(double v, const char* f = "%.4f") {
    if (!std::isfinite(v)) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, f, v);
    return buf;
}

int fail(const std::string& message, int code = 2) {
    std::cerr << "sparsemip attack: " << message << "\n";
    return code;
}

std::string joinedIds(const std::vector<smip::AttackFormulation>& formulations) {
    std::string ids;
    for (const auto& f : formulations)
        ids += (ids.empty() ? "" : ",") + f.id();
    return ids;
}

std::string joinedSizes(const std::vector<int>& sizes) {
    std::string text;
    for (const int s : sizes)
        text += (text.empty() ? "" : ",") + std::to_string(s);
    return text;
}

// Everything the flags fill beyond the core configs.
struct AttackFlags {
    std::string model, milpProcess = "in-process", json;
    smip::cli::ModelFiles files;
    bool trainDigits = false, quiet = false;
    int sample = 0;  // index into the test split
};

void declareFlags(smip::cli::FlagTable& flags, smip::AttackConfig& cfg, smip::MlpTrainConfig& tc,
                  AttackFlags& x) {
    flags
        .text("model", "FILE.json|FILE.onnx",
              "a digits network (64 inputs, 10 logits): saved by `sparsemip mlp-train`, or an ONNX "
              "file (Gemm or MatMul+Add, Relu, Flatten, optional final Softmax/LogSoftmax) that "
              "takes pixels / 16, i.e. in [0, 1]",
              x.model)
        .toggle("train-digits", "train one now (64-hidden-10 on digits, 80/20 split)",
                x.trainDigits)
        .custom("hidden", "LIST", "hidden sizes for --train-digits", joinedSizes(tc.hidden),
                [&tc](const std::string& text) {
                    tc.hidden.clear();
                    for (const auto& item : smip::cli::splitList(text)) {
                        char* end = nullptr;
                        const long v = std::strtol(item.c_str(), &end, 10);
                        if (*end != '\0' || v < 1)
                            return "expects positive integers, got '" + item + "'";
                        tc.hidden.push_back(static_cast<int>(v));
                    }
                    return std::string();
                })
        .integer("epochs", "E", "epochs for --train-digits", tc.epochs)
        .integer("seed", "S", "training seed and the 80/20 split that picks the sample", tc.seed)
        .integer("sample", "I", "index into the test split (must be classified correctly)",
                 x.sample)
        // Before --query: parsing the query keeps the margin already set.
        .number("margin", "M", "logit margin of the winning class(es)", cfg.query.margin)
        .custom("query", "Q", "any | target:K | all-others (the notebook's variant)",
                cfg.query.id(),
                [&cfg](const std::string& text) {
                    std::string error;
                    return smip::AttackQuery::parse(text, cfg.query, error) ? std::string() : error;
                })
        .custom("formulations", "LIST", "comma list of mip, sqrt[:delta], softplus:beta",
                joinedIds(cfg.formulations),
                [&cfg](const std::string& text) {
                    cfg.formulations.clear();
                    for (const auto& item : smip::cli::splitList(text)) {
                        smip::AttackFormulation f;
                        if (!smip::AttackFormulation::parse(item, f))
                            return "unknown formulation '" + item +
                                   "' (mip, sqrt[:delta], softplus:beta)";
                        cfg.formulations.push_back(f);
                    }
                    return cfg.formulations.empty() ? std::string("is empty") : std::string();
                })
        .custom("tighten", "none|interval|lp", "big-M bounds for the MILP",
                smip::boundTighteningId(cfg.tightening),
                [&cfg](const std::string& text) {
                    return smip::parseBoundTightening(text, cfg.tightening)
                               ? std::string()
                               : "expects none, interval or lp, got '" + text + "'";
                })
        .positive("time-limit", "S", "seconds per formulation", cfg.timeLimitSeconds);
    smip::cli::addMilpProcessFlag(flags, x.milpProcess);
    flags.toggle("quiet", "no progress lines on stderr", x.quiet)
        .text("json", "FILE", "write the whole comparison", x.json)
        .epilogue(
            "ONNX models: the input is the 8x8 image row by row, each pixel (0..16) divided "
            "by 16, as\nPyTorch digits models take it (torch.onnx.export of an nn.Sequential "
            "of Linear/ReLU/Flatten);\nL1 distances are in that [0, 1] pixel space, as for "
            "our own models. A file written by\n`mlp-train --onnx` records its own input "
            "scaling and is read with it.\n");
    smip::cli::addModelFileFlags(flags, x.files,
                                 "the mip formulation's MILP (with its big-M bounds)");
}

int run(const std::vector<std::string>& argv) {
    smip::AttackConfig cfg;   // core defaults
    smip::MlpTrainConfig tc;  // core defaults (seed 0), for --train-digits
    AttackFlags x;
    smip::cli::FlagTable flags(
        "usage: sparsemip attack (--model FILE.json|FILE.onnx | --train-digits) [options]");
    declareFlags(flags, cfg, tc, x);
    if (const int code = flags.parse(argv, "attack"); code >= 0) return code;
    if (flags.given("model") == x.trainDigits)
        return fail("give exactly one of --model FILE and --train-digits");
    if (x.files.wanted() && std::none_of(cfg.formulations.begin(), cfg.formulations.end(),
                                         [](const smip::AttackFormulation& f) { return f.exact; }))
        return fail("--mps/--lp need the mip formulation in --formulations");
    const auto backend = smip::cli::milpBackendFor(x.milpProcess);
    const std::uint64_t seed = tc.seed;
    const int sample = x.sample;
    const bool quiet = x.quiet;
    std::string error;

    smip::Dataset digits;
    smip::MlpDataSplit split;
    smip::DatasetSpec digitsSpec;
    digitsSpec.source = "digits";
    if (!smip::resolveDataset(digitsSpec, digits, error) ||
        !smip::makeMlpSplit(digits, 0.2, seed, smip::ScalerKind::GlobalMinMax, split, error))
        return fail(error, 1);
    smip::MlpClassifier net;
    if (!x.trainDigits) {
        if (!smip::loadClassifierFile(x.model, smip::kDigitsPixelScale, net, error))
            return fail(error, 1);
    } else {
        const smip::MlpTrainResult tr = smip::trainMlp(split, tc);
        if (tr.status != smip::MlpTrainStatus::Finished) return fail(tr.message, 1);
        net = tr.model;
        if (!quiet)
            std::fprintf(stderr, "trained %s: test accuracy %.3f in %.2f s\n",
                         joinedSizes(tc.hidden).c_str(), tr.testAccuracy, tr.seconds);
    }
    if (net.inputSize() != 64)
        return fail("the model has " + std::to_string(net.inputSize()) +
                        " inputs; it must have 64 (8x8 digits)",
                    1);
    if (sample < 0 || sample >= split.Xtest.rows())
        return fail("--sample must be in 0.." + std::to_string(split.Xtest.rows() - 1));
    const Eigen::VectorXd raw = digits.X.row(split.testIndices(sample)).transpose();
    const Eigen::VectorXd x0 = net.scaleInput(raw);
    const int label = split.ytest(sample);
    cfg.milpLogLevel = 0;
    cfg.nlpPrintLevel = 0;
    if (const int code = smip::cli::reportConfigIssues(
            "attack", smip::validateAttack(net, x0, label, cfg), false);
        code >= 0)
        return code;

    smip::AttackHooks hooks;
    if (!quiet) {
        hooks.onStage = [](const std::string& s) {
            std::fprintf(stderr, "[stage] %s\n", s.c_str());
        };
        hooks.onMilpProgress = [](const std::string&, const smip::MilpProgress& p) {
            std::fprintf(stderr, "[mip] %7.2fs  incumbent %s  bound %s  nodes %lld\n", p.seconds,
                         fmt(p.incumbent).c_str(), fmt(p.bound).c_str(), p.nodes);
        };
        hooks.onNlpProgress = [](const std::string& f, const smip::NlpProgress& p) {
            if (p.iteration % 10 == 0)
                std::fprintf(stderr, "[%s] iter %4d  obj %s  inf_pr %.2e\n", f.c_str(), p.iteration,
                             fmt(p.objective).c_str(), p.primalInfeasibility);
        };
    }
    std::string mpsError;
    if (x.files.wanted())
        hooks.onMilpBuilt = [&](const smip::MilpProblem& problem) {
            mpsError = smip::cli::writeModelFiles(problem, x.files);
        };
    const smip::AttackComparison c =
        smip::runAttackComparison(net, x0, label, cfg, hooks, {}, *backend);
    if (!c.message.empty()) return fail(c.message, 1);
    if (!mpsError.empty()) return fail(mpsError, 1);

    const auto& b = c.bounds;
    std::printf("sample %d (label %d), query %s, margin %g\n", sample, label, c.query.id().c_str(),
                c.query.margin);
    std::printf(
        "bounds (%s): %d hidden ReLUs; interval: %d stable, %d unstable, total M %.2f; "
        "final: %d stable, %d unstable, total M %.2f (%d LPs, %.2f s)\n",
        smip::boundTighteningId(b.mode), b.finalStats.hiddenNeurons,
        b.intervalStats.stableActive + b.intervalStats.stableInactive, b.intervalStats.unstable,
        b.intervalStats.totalBigM, b.finalStats.stableActive + b.finalStats.stableInactive,
        b.finalStats.unstable, b.finalStats.totalBigM, b.lpSolves, b.seconds);
    std::printf("%-14s %-18s %10s %10s %9s %11s %7s %7s\n", "formulation", "status", "objective",
                "real L1", "seconds", "gap to MIP", "class", "valid");
    for (const auto& o : c.outcomes) {
        const std::string gap =
            o.hasSolution && std::isfinite(o.gapToMip) ? fmt(100.0 * o.gapToMip, "%+.1f%%") : "-";
        std::printf("%-14s %-18s %10s %10s %9.2f %11s %7s %7s\n", o.formulation.c_str(),
                    o.status.c_str(), o.hasSolution ? fmt(o.objective).c_str() : "-",
                    o.hasSolution ? fmt(o.verification.l1).c_str() : "-", o.seconds, gap.c_str(),
                    o.hasSolution ? std::to_string(o.verification.predictedAfter).c_str() : "-",
                    o.hasSolution ? (o.verification.decisionChanged ? "yes" : "NO") : "-");
    }
    for (const auto& o : c.outcomes)
        if (o.hasSolution && !o.verification.decisionChanged)
            std::printf("note: %s's answer does not change the real network's decision (%s)\n",
                        o.formulation.c_str(), o.message.c_str());
    if (!x.json.empty()) {
        nlohmann::json extra = {
            {"sample", sample}, {"seed", seed}, {"model", smip::mlpToJson(net)}};
        error = smip::saveAttackComparison(c, x.json, extra);
        if (!error.empty()) return fail(error, 1);
    }
    return 0;
}

}  // namespace

static smip::cli::CommandRegistrar reg("attack",
                                       "minimal input change that flips an MLP: MILP vs Ipopt",
                                       run);
