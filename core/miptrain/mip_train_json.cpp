#include "core/miptrain/mip_train_json.h"

#include "core/milp/milp_json.h"

namespace smip {

namespace {

using nlohmann::json;

json evalJson(const MipEvaluation& e) {
    return {{"samples", e.samples},
            {"accuracy", doubleToJson(e.accuracy)},
            {"loss", doubleToJson(e.loss)},
            {"mean_loss", doubleToJson(e.meanLoss)},
            {"min_hidden_margin", doubleToJson(e.minMargin)}};
}

json seriesJson(const std::vector<double>& v) {
    json a = json::array();
    for (double x : v)
        a.push_back(doubleToJson(x));
    return a;
}

}  // namespace

json toJson(const MipNetwork& net) {
    json layers = json::array();
    for (int l = 0; l < net.layers(); ++l) {
        json W = json::array();
        for (Eigen::Index k = 0; k < net.weights[l].rows(); ++k) {
            json row = json::array();
            for (Eigen::Index i = 0; i < net.weights[l].cols(); ++i)
                row.push_back(doubleToJson(net.weights[l](k, i)));
            W.push_back(row);
        }
        json b = json::array();
        for (Eigen::Index k = 0; k < net.biases[l].size(); ++k)
            b.push_back(doubleToJson(net.biases[l](k)));
        layers.push_back({{"weights", W}, {"biases", b}});
    }
    return {{"activation", activationId(net.activation)},
            {"architecture", net.architecture().text()},
            {"layers", layers}};
}

json toJson(const MipTrainConfig& c) {
    const auto& f = c.formulation;
    const auto& L = c.lagrangian;
    return {{"architecture", c.arch.text()},
            {"activation", activationId(f.activation)},
            {"loss", lossId(f.loss)},
            {"weight_bound", f.weightBound},
            {"margin", f.margin},
            {"class_margin", f.classMargin},
            {"sparsity", f.sparsity},
            {"partitions", f.partitions},
            {"symmetry_breaking", f.symmetryBreaking},
            {"method", methodId(c.method)},
            {"hybrid_start", methodId(c.hybridStart)},
            {"start_from_sgd", c.startFromSgd},
            {"time_limit_seconds", c.timeLimitSeconds},
            {"sgd",
             {{"epochs", c.sgd.epochs},
              {"learning_rate", c.sgd.learningRate},
              {"batch_size", c.sgd.batchSize},
              {"init_scale", c.sgd.initScale},
              {"seed", c.sgd.seed}}},
            {"lagrangian",
             {{"blocks", L.blocks},
              {"max_iterations", L.maxIterations},
              {"block_time_limit_seconds", L.blockTimeLimitSeconds},
              {"gap_tolerance", L.gapTolerance},
              {"step", L.step == LagrangianStep::Polyak ? "polyak" : "diminishing"},
              {"step_scale", L.stepScale},
              {"consensus", L.consensus == LagrangianConsensus::Average ? "average" : "first"},
              {"seed", L.seed}}}};
}

json toJson(const LagrangianRecord& r) {
    return {{"iteration", r.iteration},
            {"seconds", r.seconds},
            {"iteration_bound", doubleToJson(r.iterationBound)},
            {"dual_bound", doubleToJson(r.dualBound)},
            {"best_primal", doubleToJson(r.bestPrimal)},
            {"step", doubleToJson(r.step)},
            {"subgradient_norm", doubleToJson(r.subgradientNorm)}};
}

json toJson(const MipTrainRow& r) {
    json j = {{"method", r.method},
              {"start", r.start},
              {"status", statusId(r.status)},
              {"message", r.message},
              {"exact", r.exact},
              {"seconds", r.seconds},
              {"objective", doubleToJson(r.objective)},
              {"bound", doubleToJson(r.bound)},
              {"gap", doubleToJson(r.gap)},
              {"nonzeros", r.nonzeros},
              {"has_network", r.hasNetwork}};
    if (r.hasNetwork) {
        j["train"] = evalJson(r.train);
        j["test"] = evalJson(r.test);
        j["network"] = toJson(r.network);
    }
    return j;
}

json toJson(const MipTrainResult& r) {
    json rows = json::array(), lag = json::array();
    for (const auto& row : r.rows)
        rows.push_back(toJson(row));
    for (const auto& rec : r.lagrangian)
        lag.push_back(toJson(rec));
    return {{"ok", r.ok},
            {"message", r.message},
            {"train_samples", r.trainSamples},
            {"distinct_samples", r.distinctSamples},
            {"rows", rows},
            {"lagrangian", lag},
            {"block_sizes", r.blockSizes},
            {"hybrid_loss", seriesJson(r.hybridLoss)},
            {"sgd_loss", seriesJson(r.sgdLoss)}};
}

}  // namespace smip
