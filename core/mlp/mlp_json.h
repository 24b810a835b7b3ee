#pragma once
// JSON form of an MlpClassifier: {"format":"sparsemip-mlp","version":1,"layer_sizes":[...],
// "layers":[{"weights":[[row]...],"biases":[...]}...],"input_shift":[...],"input_scale":[...]}.
#include <nlohmann/json.hpp>
#include <string>

#include "core/mlp/mlp_classifier.h"

namespace smip {

/// Serializes the network (weights as row-major nested arrays, full double precision).
nlohmann::json mlpToJson(const MlpClassifier& net);
/// Parses a network; returns false with a message naming the problem (missing key, shapes).
bool mlpFromJson(const nlohmann::json& j, MlpClassifier& net, std::string& error);

/// Writes the network to `path` atomically. Empty string on success, else a message.
std::string saveMlp(const MlpClassifier& net, const std::string& path);
/// Reads a network from `path`. Returns false with a message naming the path and problem.
bool loadMlp(const std::string& path, MlpClassifier& net, std::string& error);

}  // namespace smip
