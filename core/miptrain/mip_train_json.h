#pragma once
// JSON forms of MIP training configs and results (run files, `sparsemip miptrain --json`).
// Doubles go through doubleToJson (NaN → null, ±∞ → "inf"/"-inf").
#include <nlohmann/json.hpp>

#include "core/miptrain/mip_trainer.h"

namespace smip {

nlohmann::json toJson(const MipNetwork& net);
nlohmann::json toJson(const MipTrainConfig& config);
nlohmann::json toJson(const LagrangianRecord& record);
nlohmann::json toJson(const MipTrainRow& row);
nlohmann::json toJson(const MipTrainResult& result);

}  // namespace smip
