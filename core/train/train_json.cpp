#include "core/train/train_json.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace smip {
namespace {

// JSON has no NaN/inf: write null, read null back as NaN.
nlohmann::json number(double x) {
    return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json();
}
double readNumber(const nlohmann::json& j, const char* key) {
    const auto& x = j.at(key);
    if (x.is_null()) return std::numeric_limits<double>::quiet_NaN();
    return x.get<double>();
}

}  // namespace

std::string trainStatusId(TrainStatus status) {
    switch (status) {
        case TrainStatus::Finished:
            return "finished";
        case TrainStatus::Cancelled:
            return "cancelled";
        case TrainStatus::Diverged:
            return "diverged";
    }
    return "finished";
}

bool parseTrainStatus(const std::string& id, TrainStatus& out) {
    if (id == "finished")
        out = TrainStatus::Finished;
    else if (id == "cancelled")
        out = TrainStatus::Cancelled;
    else if (id == "diverged")
        out = TrainStatus::Diverged;
    else
        return false;
    return true;
}

void to_json(nlohmann::json& j, const NetMetrics& m) {
    j = {{"mse", number(m.mse)},
         {"nonzeros", m.nonzeros},
         {"active_neurons", m.activeNeurons},
         {"lp_norm", number(m.pathNorm)},
         {"max_w", number(m.maxW)},
         {"max_b", number(m.maxB)},
         {"max_v", number(m.maxV)}};
}

void from_json(const nlohmann::json& j, NetMetrics& m) {
    m.mse = readNumber(j, "mse");
    m.nonzeros = j.at("nonzeros").get<int>();
    m.activeNeurons = j.at("active_neurons").get<int>();
    m.pathNorm = readNumber(j, "lp_norm");
    m.maxW = readNumber(j, "max_w");
    m.maxB = readNumber(j, "max_b");
    m.maxV = readNumber(j, "max_v");
}

void to_json(nlohmann::json& j, const ShallowReluNet& net) {
    nlohmann::json rows = nlohmann::json::array();
    for (int k = 0; k < net.width(); ++k) {
        nlohmann::json row = nlohmann::json::array();
        for (int c = 0; c < net.inputs(); ++c)
            row.push_back(number(net.W(k, c)));
        rows.push_back(std::move(row));
    }
    nlohmann::json b = nlohmann::json::array(), v = nlohmann::json::array();
    for (int k = 0; k < net.b.size(); ++k)
        b.push_back(number(net.b(k)));
    for (int k = 0; k < net.v.size(); ++k)
        v.push_back(number(net.v(k)));
    j = {{"W", std::move(rows)}, {"b", std::move(b)}, {"v", std::move(v)}};
}

void from_json(const nlohmann::json& j, ShallowReluNet& net) {
    const auto& rows = j.at("W");
    const auto& b = j.at("b");
    const auto& v = j.at("v");
    const int K = static_cast<int>(rows.size());
    const int d = K > 0 ? static_cast<int>(rows.at(0).size()) : 0;
    if (static_cast<int>(b.size()) != K || static_cast<int>(v.size()) != K)
        throw std::invalid_argument("weights: W has " + std::to_string(K) + " rows but b/v have " +
                                    std::to_string(b.size()) + "/" + std::to_string(v.size()) +
                                    " entries");
    auto value = [](const nlohmann::json& x) {
        return x.is_null() ? std::numeric_limits<double>::quiet_NaN() : x.get<double>();
    };
    net.W.resize(K, d);
    net.b.resize(K);
    net.v.resize(K);
    for (int k = 0; k < K; ++k) {
        if (static_cast<int>(rows.at(k).size()) != d)
            throw std::invalid_argument("weights: row " + std::to_string(k) + " of W has " +
                                        std::to_string(rows.at(k).size()) + " entries, expected " +
                                        std::to_string(d));
        for (int c = 0; c < d; ++c)
            net.W(k, c) = value(rows.at(k).at(c));
        net.b(k) = value(b.at(k));
        net.v(k) = value(v.at(k));
    }
}

void to_json(nlohmann::json& j, const RegularizerSpec& spec) {
    j = {{"id", spec.id()}, {"lambda", spec.lambda}};
}

void from_json(const nlohmann::json& j, RegularizerSpec& spec) {
    const std::string id = j.at("id").get<std::string>();
    if (!RegularizerSpec::parse(id, spec, j.value("lambda", 0.005)))
        throw std::invalid_argument("unknown regularizer id '" + id + "'");
}

void to_json(nlohmann::json& j, const TrainConfig& c) {
    j = {{"epochs", c.epochs},
         {"lr", c.lr},
         {"gamma", c.gamma},
         {"eps", c.eps},
         {"prox_start_epoch", c.proxStartEpoch},
         {"report_every", c.reportEvery},
         {"count_biases", c.countBiases},
         {"metric_p", c.metricP}};
}

void from_json(const nlohmann::json& j, TrainConfig& c) {
    TrainConfig d;
    c.epochs = j.value("epochs", d.epochs);
    c.lr = j.value("lr", d.lr);
    c.gamma = j.value("gamma", d.gamma);
    c.eps = j.value("eps", d.eps);
    c.proxStartEpoch = j.value("prox_start_epoch", d.proxStartEpoch);
    c.reportEvery = j.value("report_every", d.reportEvery);
    c.countBiases = j.value("count_biases", d.countBiases);
    c.metricP = j.value("metric_p", d.metricP);
}

void to_json(nlohmann::json& j, const TrainSample& s) {
    j = s.metrics;
    j["epoch"] = s.epoch;
}

void from_json(const nlohmann::json& j, TrainSample& s) {
    s.epoch = j.at("epoch").get<int>();
    s.metrics = j.get<NetMetrics>();
}

void to_json(nlohmann::json& j, const TrainResult& r) {
    j = r.final;  // final metrics at top level: mse, nonzeros, active_neurons, lp_norm, max_*
    j["regularizer"] = r.regularizer.id();
    j["lambda"] = r.regularizer.lambda;
    j["status"] = trainStatusId(r.status);
    j["epochs"] = r.epochsRun;
    j["seconds"] = r.seconds;
    j["history"] = r.history;
    j["weights"] = r.net;
    if (!r.snapshots.empty()) j["snapshots"] = r.snapshots;  // only runs kept for replay
}

void from_json(const nlohmann::json& j, TrainResult& r) {
    const std::string id = j.at("regularizer").get<std::string>();
    if (!RegularizerSpec::parse(id, r.regularizer, j.value("lambda", 0.005)))
        throw std::invalid_argument("unknown regularizer id '" + id + "'");
    const std::string status = j.at("status").get<std::string>();
    if (!parseTrainStatus(status, r.status))
        throw std::invalid_argument("unknown training status '" + status + "'");
    r.final = j.get<NetMetrics>();
    r.epochsRun = j.at("epochs").get<int>();
    r.seconds = j.at("seconds").get<double>();
    r.history = j.at("history").get<std::vector<TrainSample>>();
    r.net = j.at("weights").get<ShallowReluNet>();
    // Files written before replay existed have none; a count that does not match the history
    // cannot be placed on it and is an error, not silently dropped.
    r.snapshots.clear();
    if (j.contains("snapshots")) {
        r.snapshots = j.at("snapshots").get<std::vector<ShallowReluNet>>();
        if (r.snapshots.size() != r.history.size())
            throw std::invalid_argument("snapshots: " + std::to_string(r.snapshots.size()) +
                                        " entries for " + std::to_string(r.history.size()) +
                                        " history samples");
    }
}

bool trainResultFromJson(const nlohmann::json& j, TrainResult& out, std::string& error) {
    try {
        out = j.get<TrainResult>();
        return true;
    } catch (const std::exception& e) {
        error = std::string("training result: ") + e.what();
        return false;
    }
}

bool trainConfigFromJson(const nlohmann::json& j, TrainConfig& out, std::string& error) {
    try {
        out = j.get<TrainConfig>();
        return true;
    } catch (const std::exception& e) {
        error = std::string("training config: ") + e.what();
        return false;
    }
}

nlohmann::json trainRunToJson(const std::string& datasetName, int samples, int features,
                              std::uint64_t initSeed, const TrainConfig& config,
                              const std::vector<TrainResult>& results) {
    const int width = results.empty() ? 0 : results.front().net.width();
    return {{"dataset", datasetName}, {"samples", samples},    {"features", features},
            {"width", width},         {"init_seed", initSeed}, {"config", config},
            {"results", results}};
}

}  // namespace smip
