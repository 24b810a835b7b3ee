#pragma once
// JSON forms of the perceptron types for the CLI's --json output, run files and the GUI.
#include <string>

#include <nlohmann/json.hpp>

#include "core/perceptron/perceptron_config.h"
#include "core/perceptron/perceptron_net.h"
#include "core/perceptron/perceptron_study.h"
#include "core/perceptron/perceptron_trainer.h"

namespace smip {

nlohmann::json toJson(const PerceptronConfig& config);
nlohmann::json toJson(const PerceptronNet& net);
nlohmann::json toJson(const PerceptronEval& eval);
/// The training result; the progress samples only when `withProgress`.
nlohmann::json toJson(const PerceptronTrainResult& result, bool withProgress = true);
nlohmann::json toJson(const PerceptronStudyResult& result);

/// Reads a network written by toJson(PerceptronNet). Empty string on success, else a message
/// naming the bad field (then `net` is unspecified).
std::string fromJson(const nlohmann::json& j, PerceptronNet& net);

}  // namespace smip
