#pragma once
// A saved session: the dataset, the training results with their configuration, plus every page's
// settings (opaque here, by page id), as one JSON document (format "sparsemip-session", version 1)
// written atomically. Keys written by older versions that are no longer used ("width",
// "init_seed") are ignored on reading.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/train/trainer.h"

namespace smip {

struct SessionSnapshot {
    Dataset dataset;
    std::string datasetOrigin;                  ///< where the data came from (shown to the user)
    TrainConfig trainConfig;                    ///< the configuration `results` were trained with
    std::vector<RegularizerSpec> regularizers;  ///< the checked ones (the Train page's own state
                                                ///< in `pages` supersedes it; older files lack it)
    std::vector<TrainResult> results;
    nlohmann::json pages = nlohmann::json::object();  ///< every page's settings by page id
};

nlohmann::json sessionToJson(const SessionSnapshot& session);
/// False + a message naming the problem for a malformed or foreign document.
bool sessionFromJson(const nlohmann::json& json, SessionSnapshot& out, std::string& error);

/// Writes the session atomically. Empty string on success, else a message.
std::string saveSessionFile(const SessionSnapshot& session, const std::string& path);
/// Reads a session file. False + a message (naming the file) on failure; `out` is untouched then.
bool loadSessionFile(const std::string& path, SessionSnapshot& out, std::string& error);

}  // namespace smip
