#include "core/mlp/mlp_json.h"

#include "core/common/atomic_file.h"

namespace smip {
namespace {

nlohmann::json vec(const Eigen::VectorXd& v) {
    return nlohmann::json(std::vector<double>(v.data(), v.data() + v.size()));
}

bool readVec(const nlohmann::json& j, Eigen::VectorXd& v) {
    if (!j.is_array()) return false;
    v.resize(static_cast<Eigen::Index>(j.size()));
    for (std::size_t i = 0; i < j.size(); ++i) {
        if (!j[i].is_number()) return false;
        v(static_cast<Eigen::Index>(i)) = j[i].get<double>();
    }
    return true;
}

}  // namespace

nlohmann::json mlpToJson(const MlpClassifier& net) {
    nlohmann::json j;
    j["format"] = "sparsemip-mlp";
    j["version"] = 1;
    j["layer_sizes"] = net.layerSizes();
    auto layers = nlohmann::json::array();
    for (std::size_t l = 0; l < net.weights.size(); ++l) {
        auto rows = nlohmann::json::array();
        for (Eigen::Index i = 0; i < net.weights[l].rows(); ++i)
            rows.push_back(vec(net.weights[l].row(i).transpose()));
        layers.push_back({{"weights", rows}, {"biases", vec(net.biases[l])}});
    }
    j["layers"] = layers;
    j["input_shift"] = vec(net.inputShift);
    j["input_scale"] = vec(net.inputScale);
    return j;
}

bool mlpFromJson(const nlohmann::json& j, MlpClassifier& net, std::string& error) {
    MlpClassifier out;
    if (!j.is_object() || !j.contains("layers") || !j["layers"].is_array()) {
        error = "model JSON has no \"layers\" array";
        return false;
    }
    const auto& layers = j["layers"];
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const auto& L = layers[l];
        const std::string where = "layer " + std::to_string(l + 1);
        if (!L.is_object() || !L.contains("weights") || !L["weights"].is_array() ||
            L["weights"].empty()) {
            error = where + " has no non-empty \"weights\" array";
            return false;
        }
        const auto& rows = L["weights"];
        Eigen::MatrixXd W;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            Eigen::VectorXd r;
            if (!readVec(rows[i], r)) {
                error = where + " weight row " + std::to_string(i + 1) + " is not a number array";
                return false;
            }
            if (i == 0) W.resize(static_cast<Eigen::Index>(rows.size()), r.size());
            if (r.size() != W.cols()) {
                error = where + " weight row " + std::to_string(i + 1) + " has " +
                        std::to_string(r.size()) + " entries, expected " + std::to_string(W.cols());
                return false;
            }
            W.row(static_cast<Eigen::Index>(i)) = r.transpose();
        }
        Eigen::VectorXd b;
        if (!L.contains("biases") || !readVec(L["biases"], b)) {
            error = where + " has no \"biases\" number array";
            return false;
        }
        out.weights.push_back(std::move(W));
        out.biases.push_back(std::move(b));
    }
    if (j.contains("input_shift") && !readVec(j["input_shift"], out.inputShift)) {
        error = "\"input_shift\" is not a number array";
        return false;
    }
    if (j.contains("input_scale") && !readVec(j["input_scale"], out.inputScale)) {
        error = "\"input_scale\" is not a number array";
        return false;
    }
    error = out.validate();
    if (!error.empty()) return false;
    if (j.contains("layer_sizes") && j["layer_sizes"].is_array()) {
        std::vector<int> sizes;
        for (const auto& s : j["layer_sizes"])
            sizes.push_back(s.is_number_integer() ? s.get<int>() : -1);
        if (sizes != out.layerSizes()) {
            error = "\"layer_sizes\" disagrees with the weight shapes";
            return false;
        }
    }
    net = std::move(out);
    return true;
}

std::string saveMlp(const MlpClassifier& net, const std::string& path) {
    return writeFileAtomically(path, mlpToJson(net).dump(1) + "\n");
}

bool loadMlp(const std::string& path, MlpClassifier& net, std::string& error) {
    std::string text;
    if (!readWholeFile(path, text, error)) return false;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) {
        error = path + ": not valid JSON";
        return false;
    }
    if (!mlpFromJson(j, net, error)) {
        error = path + ": " + error;
        return false;
    }
    return true;
}

}  // namespace smip
