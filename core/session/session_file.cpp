#include "core/session/session_file.h"

#include "core/common/atomic_file.h"
#include "core/data/dataset_json.h"
#include "core/train/train_json.h"

namespace smip {

namespace {
constexpr const char* kFormat = "sparsemip-session";
constexpr int kVersion = 1;
}  // namespace

nlohmann::json sessionToJson(const SessionSnapshot& s) {
    nlohmann::json j;
    j["format"] = kFormat;
    j["version"] = kVersion;
    j["dataset"] = datasetToJson(s.dataset);
    j["dataset_origin"] = s.datasetOrigin;
    j["train_config"] = s.trainConfig;
    j["regularizers"] = s.regularizers;
    j["results"] = s.results;
    j["pages"] = s.pages;
    return j;
}

bool sessionFromJson(const nlohmann::json& j, SessionSnapshot& out, std::string& error) {
    if (!j.is_object() || j.value("format", "") != kFormat) {
        error = "not a SparseMIP Studio session (missing \"format\": \"sparsemip-session\")";
        return false;
    }
    if (j.value("version", 0) > kVersion) {
        error = "session version " + std::to_string(j.value("version", 0)) +
                " is newer than this program understands (" + std::to_string(kVersion) + ")";
        return false;
    }
    SessionSnapshot s;
    try {
        if (!datasetFromJson(j.at("dataset"), s.dataset, error)) {
            error = "dataset: " + error;
            return false;
        }
        s.datasetOrigin = j.value("dataset_origin", "");
        if (j.contains("train_config") &&
            !trainConfigFromJson(j.at("train_config"), s.trainConfig, error)) {
            error = "train_config: " + error;
            return false;
        }
        if (j.contains("regularizers"))
            s.regularizers = j.at("regularizers").get<std::vector<RegularizerSpec>>();
        if (j.contains("results")) {
            for (const auto& r : j.at("results")) {
                TrainResult result;
                if (!trainResultFromJson(r, result, error)) {
                    error = "results: " + error;
                    return false;
                }
                s.results.push_back(std::move(result));
            }
        }
        if (j.contains("pages") && j.at("pages").is_object()) s.pages = j.at("pages");
    } catch (const std::exception& e) {
        error = std::string("malformed session: ") + e.what();
        return false;
    }
    out = std::move(s);
    return true;
}

std::string saveSessionFile(const SessionSnapshot& session, const std::string& path) {
    return writeFileAtomically(path, sessionToJson(session).dump(1));
}

bool loadSessionFile(const std::string& path, SessionSnapshot& out, std::string& error) {
    std::string text;
    if (!readWholeFile(path, text, error)) return false;
    const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) {
        error = "'" + path + "' is not valid JSON";
        return false;
    }
    if (!sessionFromJson(j, out, error)) {
        error = "'" + path + "': " + error;
        return false;
    }
    return true;
}

}  // namespace smip
