#pragma once
// JSON form of training configs and results, shared by sessions, the CLI and the GUI.
// Writers never fail; readers throw nlohmann::json::exception (or std::invalid_argument for an
// unknown id/status) on malformed input; the *FromJson helpers catch and return a message instead.
// Non-finite numbers (a diverged run's mse) are written as null and read back as NaN.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/train/trainer.h"

namespace smip {

/// "finished", "cancelled", "diverged".
std::string trainStatusId(TrainStatus status);
/// Parses the ids above; returns false for anything else.
bool parseTrainStatus(const std::string& id, TrainStatus& out);

/// {"mse", "nonzeros", "active_neurons", "lp_norm", "max_w", "max_b", "max_v"}.
void to_json(nlohmann::json& j, const NetMetrics& m);
void from_json(const nlohmann::json& j, NetMetrics& m);

/// {"W": [[row 0], ...] (K rows of d), "b": [...], "v": [...]}.
void to_json(nlohmann::json& j, const ShallowReluNet& net);
void from_json(const nlohmann::json& j, ShallowReluNet& net);

/// {"id": "p0.4", "lambda": 0.005}.
void to_json(nlohmann::json& j, const RegularizerSpec& spec);
void from_json(const nlohmann::json& j, RegularizerSpec& spec);

/// Every TrainConfig field, snake_case; missing keys keep their defaults when reading.
void to_json(nlohmann::json& j, const TrainConfig& c);
void from_json(const nlohmann::json& j, TrainConfig& c);

/// {"epoch": e, <NetMetrics fields>}.
void to_json(nlohmann::json& j, const TrainSample& s);
void from_json(const nlohmann::json& j, TrainSample& s);

/// {"regularizer", "lambda", "status", "epochs", "seconds", the final metrics' fields at top level,
///  "history": [samples], "weights": net}.
void to_json(nlohmann::json& j, const TrainResult& r);
void from_json(const nlohmann::json& j, TrainResult& r);

/// Non-throwing readers: false + a message naming the problem.
bool trainResultFromJson(const nlohmann::json& j, TrainResult& out, std::string& error);
bool trainConfigFromJson(const nlohmann::json& j, TrainConfig& out, std::string& error);

/// A whole multi-regularizer run: {"dataset": name, "samples", "features", "width", "init_seed",
/// "config": ..., "results": [...]}.
nlohmann::json trainRunToJson(const std::string& datasetName, int samples, int features,
                              std::uint64_t initSeed, const TrainConfig& config,
                              const std::vector<TrainResult>& results);

}  // namespace smip
