#include "core/perceptron/perceptron_json.h"

#include <cmath>

#include "core/milp/milp_json.h"

namespace smip {

namespace {

using nlohmann::json;

json matrixJson(const Eigen::MatrixXd& M) {
    json rows = json::array();
    for (Eigen::Index r = 0; r < M.rows(); ++r) {
        json row = json::array();
        for (Eigen::Index c = 0; c < M.cols(); ++c)
            row.push_back(doubleToJson(M(r, c)));
        rows.push_back(std::move(row));
    }
    return rows;
}

json vectorJson(const Eigen::VectorXd& v) {
    json a = json::array();
    for (Eigen::Index i = 0; i < v.size(); ++i)
        a.push_back(doubleToJson(v(i)));
    return a;
}

bool readMatrix(const json& j, const char* key, Eigen::Index rows, Eigen::Index cols,
                Eigen::MatrixXd& M, std::string& error) {
    if (!j.contains(key) || !j[key].is_array() ||
        static_cast<Eigen::Index>(j[key].size()) != rows) {
        error = std::string("field '") + key + "' must be an array of " + std::to_string(rows) +
                " rows";
        return false;
    }
    M.resize(rows, cols);
    for (Eigen::Index r = 0; r < rows; ++r) {
        const json& row = j[key][static_cast<std::size_t>(r)];
        if (!row.is_array() || static_cast<Eigen::Index>(row.size()) != cols) {
            error = std::string("field '") + key + "' row " + std::to_string(r + 1) +
                    " must have " + std::to_string(cols) + " values";
            return false;
        }
        for (Eigen::Index c = 0; c < cols; ++c)
            M(r, c) = doubleFromJson(row[static_cast<std::size_t>(c)]);
    }
    return true;
}

bool readVector(const json& j, const char* key, Eigen::Index n, Eigen::VectorXd& v,
                std::string& error) {
    if (!j.contains(key) || !j[key].is_array() || static_cast<Eigen::Index>(j[key].size()) != n) {
        error = std::string("field '") + key + "' must be an array of " + std::to_string(n) +
                " numbers";
        return false;
    }
    v.resize(n);
    for (Eigen::Index i = 0; i < n; ++i)
        v(i) = doubleFromJson(j[key][static_cast<std::size_t>(i)]);
    return true;
}

json sparsityJson(const PerceptronSparsity& s) {
    return {{"weights", s.weights},
            {"activations", s.activations},
            {"neurons", s.neurons},
            {"weights_factor", s.weightsFactor},
            {"activations_factor", s.activationsFactor},
            {"neurons_factor", s.neuronsFactor},
            {"max_weights", s.maxWeights},
            {"flags", s.flagsId()}};
}

}  // namespace

json toJson(const PerceptronConfig& c) {
    return {{"hidden", c.hidden},
            {"sparsity", sparsityJson(c.sparsity)},
            {"integer", c.integer},
            {"nonnegative", c.nonnegative},
            {"weight_bound", c.weightBound},
            {"margin", c.margin},
            {"integer_bound", c.integerBound},
            {"integer_scale", c.integerScale},
            {"symmetry_breaking", c.symmetryBreaking},
            {"max_classes", c.maxClasses},
            {"start_restarts", c.start.restarts},
            {"start_seed", c.start.seed},
            {"polish", polishId(c.polish)},
            {"pattern_bound", c.patternBound}};
}

json toJson(const PerceptronNet& n) {
    return {{"inputs", n.inputs()},
            {"hidden", n.hidden()},
            {"outputs", n.outputs()},
            {"feature_min", vectorJson(n.featureMin)},
            {"feature_range", vectorJson(n.featureRange)},
            {"integer_inputs", n.integerInputs},
            {"integer_scale", n.integerScale},
            {"W", matrixJson(n.W)},
            {"b", vectorJson(n.b)},
            {"Q", matrixJson(n.Q)},
            {"bF", vectorJson(n.bF)}};
}

json toJson(const PerceptronEval& e) {
    return {{"samples", e.samples},
            {"bit_errors", e.bitErrors},
            {"misclassified", e.misclassified},
            {"accuracy", e.accuracy},
            {"activations", e.activations}};
}

json toJson(const PerceptronTrainResult& r, bool withProgress) {
    json j = {{"status", statusId(r.status)},
              {"message", r.message},
              {"has_network", r.hasNetwork},
              {"model_size",
               {{"rows", r.size.rows},
                {"columns", r.size.columns},
                {"binaries", r.size.binaries},
                {"integers", r.size.integers}}},
              {"objective", doubleToJson(r.objective)},
              {"best_bound", doubleToJson(r.bestBound)},
              {"gap", doubleToJson(r.gap)},
              {"nodes", r.nodes},
              {"build_seconds", r.buildSeconds},
              {"solve_seconds", r.solveSeconds}};
    if (!r.start.source.empty())
        j["start"] = {{"source", r.start.source},
                      {"objective", doubleToJson(r.start.objective)},
                      {"train_accuracy", r.start.trainAccuracy},
                      {"nonzero_weights", r.start.nonzeroWeights},
                      {"used_neurons", r.start.usedNeurons},
                      {"heuristic_objective", doubleToJson(r.start.heuristicObjective)},
                      {"gradient_objective", doubleToJson(r.start.gradientObjective)},
                      {"gradient_restarts", r.start.gradientRestarts},
                      {"gradient_feasible", r.start.gradientFeasible},
                      {"seconds", r.start.seconds}};
    const PerceptronPatternBoundResult& pb = r.patternBound;
    j["pattern_bound"] = {{"computed", pb.computed},
                          {"reason", pb.reason},
                          {"bound", doubleToJson(pb.computed ? pb.bound : NAN)},
                          {"complete", pb.complete},
                          {"timed_out", pb.timedOut},
                          {"found_network", pb.hasNetwork},
                          {"network_objective", doubleToJson(pb.hasNetwork ? pb.objective : NAN)},
                          {"units", pb.units},
                          {"pattern_lps", pb.patternLps},
                          {"refuted", pb.refuted},
                          {"networks", pb.networks},
                          {"passes", pb.passesCompleted},
                          {"seconds", pb.seconds}};
    if (r.hasNetwork) {
        j["network"] = toJson(r.net);
        j["train"] = toJson(r.train);
        if (r.test.samples > 0) j["test"] = toJson(r.test);
        j["nonzero_weights"] = r.nonzeroWeights;
        j["used_neurons"] = r.usedNeurons;
        j["milp_terms"] = {{"bit_errors", r.milpTerms.bitErrors},
                           {"activations", r.milpTerms.activations},
                           {"weights", r.milpTerms.weights},
                           {"used_neurons", r.milpTerms.usedNeurons}};
        j["verification"] = {{"ok", r.verification.passed},
                             {"milp_bit_errors", r.verification.milpBitErrors},
                             {"decoded_bit_errors", r.verification.decodedBitErrors},
                             {"step_mismatches", r.verification.stepMismatches},
                             {"message", r.verification.message}};
    }
    if (withProgress) {
        json p = json::array();
        for (const auto& s : r.progress)
            p.push_back(toJson(s));
        j["progress"] = std::move(p);
    }
    return j;
}

json toJson(const PerceptronStudyResult& r) {
    json rows = json::array();
    for (const auto& row : r.rows) {
        rows.push_back({{"variant", row.variant.id},
                        {"sparsity", sparsityJson(row.variant.sparsity)},
                        {"integer", row.variant.integer},
                        {"baseline", row.variant.baseline},
                        {"runs", row.runs},
                        {"solves", row.solves},
                        {"proven", row.proven},
                        {"verify_mismatches", row.verifyMismatches},
                        {"last_error", row.lastError},
                        {"accuracy_mean", row.accuracyMean},
                        {"accuracy_std", row.accuracyStd},
                        {"train_accuracy_mean", row.trainAccuracyMean},
                        {"weights_mean", row.weightsMean},
                        {"activations_mean", row.activationsMean},
                        {"neurons_mean", row.neuronsMean},
                        {"seconds_mean", row.secondsMean},
                        {"test_accuracy", row.testAccuracy},
                        {"weights", row.weights},
                        {"activations", row.activations},
                        {"neurons", row.neurons},
                        {"seconds", row.seconds}});
    }
    const auto& c = r.config;
    return {{"dataset", r.dataset},
            {"samples", r.samples},
            {"features", r.features},
            {"classes", r.classes},
            {"train_samples", r.trainSamples},
            {"test_samples", r.testSamples},
            {"subsampled", r.subsampled},
            {"cancelled", r.cancelled},
            {"message", r.message},
            {"seconds", r.seconds},
            {"config",
             {{"repeats", c.repeats},
              {"test_fraction", c.testFraction},
              {"train_fraction", 1.0 - c.testFraction},  // the field's older name, kept
              {"max_train", c.maxTrain},
              {"seed", c.seed},
              {"time_limit_seconds", c.timeLimitSeconds},
              {"factor", c.factor},
              {"network", toJson(c.network)},
              {"baseline",
               {{"epochs", c.baseline.epochs},
                {"learning_rate", c.baseline.learningRate},
                {"l1", c.baseline.l1}}}}},
            {"rows", std::move(rows)}};
}

std::string fromJson(const nlohmann::json& j, PerceptronNet& net) {
    std::string error;
    try {
        if (!j.is_object()) return "a network must be a JSON object";
        const auto m = j.at("inputs").get<Eigen::Index>();
        const auto n = j.at("hidden").get<Eigen::Index>();
        const auto K = j.at("outputs").get<Eigen::Index>();
        if (m < 1 || n < 1 || K < 1) return "inputs, hidden and outputs must be positive";
        net.integerInputs = j.value("integer_inputs", false);
        net.integerScale = j.value("integer_scale", 10);
        if (!readVector(j, "feature_min", m, net.featureMin, error) ||
            !readVector(j, "feature_range", m, net.featureRange, error) ||
            !readMatrix(j, "W", n, m, net.W, error) || !readVector(j, "b", n, net.b, error) ||
            !readMatrix(j, "Q", n, K, net.Q, error) || !readVector(j, "bF", K, net.bF, error))
            return error;
    } catch (const nlohmann::json::exception& e) {
        return std::string("bad network JSON: ") + e.what();
    }
    return {};
}

}  // namespace smip
