#include "core/data/dataset_json.h"

#include <cmath>

#include "core/data/utf8_text.h"

namespace smip {
namespace {

using nlohmann::json;

bool readStrings(const json& j, const char* key, std::vector<std::string>& out,
                 std::string& error) {
    if (!j.contains(key) || !j[key].is_array()) {
        error = std::string("dataset JSON: '") + key + "' must be an array of strings";
        return false;
    }
    out.clear();
    for (const auto& item : j[key]) {
        if (!item.is_string()) {
            error = std::string("dataset JSON: '") + key + "' must be an array of strings";
            return false;
        }
        out.push_back(item.get<std::string>());
    }
    return true;
}

bool readVector(const json& j, const char* key, const char* what, Eigen::VectorXd& out,
                std::string& error) {
    if (!j.contains(key) || !j[key].is_array()) {
        error = std::string(what) + ": '" + key + "' must be an array of numbers";
        return false;
    }
    const auto& a = j[key];
    out.resize(static_cast<Eigen::Index>(a.size()));
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!a[i].is_number()) {
            error = std::string(what) + ": " + key + "[" + std::to_string(i) + "] is not a number";
            return false;
        }
        out(static_cast<Eigen::Index>(i)) = a[i].get<double>();
    }
    return true;
}

}  // namespace

json datasetToJson(const Dataset& data) {
    json rows = json::array();
    for (Eigen::Index i = 0; i < data.X.rows(); ++i) {
        json row = json::array();
        for (Eigen::Index j = 0; j < data.X.cols(); ++j)
            row.push_back(data.X(i, j));
        rows.push_back(std::move(row));
    }
    json y = json::array();
    for (Eigen::Index i = 0; i < data.y.size(); ++i)
        y.push_back(data.y(i));
    // dump() throws on invalid UTF-8: names from arbitrary sources are repaired here.
    const auto utf8 = [](const std::vector<std::string>& v) {
        std::vector<std::string> out;
        for (const auto& s : v)
            out.push_back(ensureUtf8(s));
        return out;
    };
    return json{{"format", "sparsemip-dataset"},
                {"version", 1},
                {"name", ensureUtf8(data.name)},
                {"task", data.task == TaskKind::Classification ? "classification" : "regression"},
                {"featureNames", utf8(data.featureNames)},
                {"targetName", ensureUtf8(data.targetName)},
                {"classNames", utf8(data.classNames)},
                {"X", std::move(rows)},
                {"y", std::move(y)}};
}

bool datasetFromJson(const json& j, Dataset& out, std::string& error) {
    if (!j.is_object()) {
        error = "dataset JSON: expected an object";
        return false;
    }
    Dataset d;
    if (!j.contains("name") || !j["name"].is_string() || !j.contains("targetName") ||
        !j["targetName"].is_string()) {
        error = "dataset JSON: 'name' and 'targetName' must be strings";
        return false;
    }
    d.name = j["name"].get<std::string>();
    d.targetName = j["targetName"].get<std::string>();
    const std::string task = j.value("task", std::string());
    if (task != "regression" && task != "classification") {
        error = "dataset JSON: 'task' must be \"regression\" or \"classification\"";
        return false;
    }
    d.task = task == "classification" ? TaskKind::Classification : TaskKind::Regression;
    if (!readStrings(j, "featureNames", d.featureNames, error) ||
        !readStrings(j, "classNames", d.classNames, error) ||
        !readVector(j, "y", "dataset JSON", d.y, error))
        return false;
    if (!j.contains("X") || !j["X"].is_array()) {
        error = "dataset JSON: 'X' must be an array of rows";
        return false;
    }
    const auto& rows = j["X"];
    const auto n = static_cast<Eigen::Index>(rows.size());
    const auto dcols = static_cast<Eigen::Index>(d.featureNames.size());
    d.X.resize(n, dcols);
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto& row = rows[static_cast<std::size_t>(i)];
        if (!row.is_array() || static_cast<Eigen::Index>(row.size()) != dcols) {
            error = "dataset JSON: X row " + std::to_string(i + 1) + " must have " +
                    std::to_string(dcols) + " numbers (one per feature name)";
            return false;
        }
        for (Eigen::Index c = 0; c < dcols; ++c) {
            const auto& v = row[static_cast<std::size_t>(c)];
            if (!v.is_number()) {
                error = "dataset JSON: X row " + std::to_string(i + 1) + ", column " +
                        std::to_string(c + 1) + " is not a number";
                return false;
            }
            d.X(i, c) = v.get<double>();
        }
    }
    if (const std::string problem = validateDataset(d); !problem.empty()) {
        error = "dataset JSON: " + problem;
        return false;
    }
    out = std::move(d);
    return true;
}

json scalerToJson(const Scaler& s) {
    return json{{"kind", scalerKindId(s.kind)},
                {"offset", std::vector<double>(s.offset.data(), s.offset.data() + s.offset.size())},
                {"scale", std::vector<double>(s.scale.data(), s.scale.data() + s.scale.size())}};
}

bool scalerFromJson(const json& j, Scaler& out, std::string& error) {
    if (!j.is_object()) {
        error = "scaler JSON: expected an object";
        return false;
    }
    Scaler s;
    if (!parseScalerKind(j.value("kind", std::string()), s.kind)) {
        error =
            "scaler JSON: 'kind' must be \"standardize\", \"minmax\", \"global_minmax\" or "
            "\"none\"";
        return false;
    }
    if (!readVector(j, "offset", "scaler JSON", s.offset, error) ||
        !readVector(j, "scale", "scaler JSON", s.scale, error))
        return false;
    if (s.offset.size() != s.scale.size()) {
        error = "scaler JSON: 'offset' and 'scale' differ in length";
        return false;
    }
    for (Eigen::Index k = 0; k < s.scale.size(); ++k)
        if (!(std::isfinite(s.scale(k)) && s.scale(k) > 0 && std::isfinite(s.offset(k)))) {
            error = "scaler JSON: feature " + std::to_string(k + 1) +
                    " needs a finite offset and a positive scale";
            return false;
        }
    out = std::move(s);
    return true;
}

}  // namespace smip
