#pragma once
// A saved session: the dataset, the training configuration and the results, plus opaque per-page
// state, as one JSON document (format "sparsemip-session", version 1) written atomically.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/train/trainer.h"

namespace smip {

struct SessionSnapshot {
    Dataset dataset;
    std::string datasetOrigin;  ///< where the data came from (shown to the user)
    TrainConfig trainConfig;
    std::vector<RegularizerSpec> regularizers;  ///< the checked ones
    int width = 0;                              ///< 0 = N
    std::uint64_t initSeed = 0;
    std::vector<TrainResult> results;
    nlohmann::json pages = nlohmann::json::object();  ///< other pages' state by page id
};

nlohmann::json sessionToJson(const SessionSnapshot& session);
/// False + a message naming the problem for a malformed or foreign document.
bool sessionFromJson(const nlohmann::json& json, SessionSnapshot& out, std::string& error);

/// Writes the session atomically. Empty string on success, else a message.
std::string saveSessionFile(const SessionSnapshot& session, const std::string& path);
/// Reads a session file. False + a message (naming the file) on failure; `out` is untouched then.
bool loadSessionFile(const std::string& path, SessionSnapshot& out, std::string& error);

}  // namespace smip
