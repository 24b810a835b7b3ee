#pragma once
// JSON form of a Dataset for session files:
// {"format":"sparsemip-dataset","version":1,"name":…,"task":"regression"|"classification",
//  "featureNames":[…],"targetName":…,"classNames":[…],"X":[[row],…],"y":[…]}
#include <string>

#include <nlohmann/json.hpp>

#include "core/data/dataset.h"
#include "core/data/scaler.h"

namespace smip {

/// Serializes every field (values as JSON numbers; doubles round-trip exactly). Any thread.
nlohmann::json datasetToJson(const Dataset& data);

/// Reads what datasetToJson wrote. Returns false and sets `error` (naming the field) on a
/// missing/mistyped field or an inconsistent dataset (see validateDataset); never throws.
bool datasetFromJson(const nlohmann::json& json, Dataset& out, std::string& error);

/// {"kind":"standardize"|"minmax","offset":[…],"scale":[…]}.
nlohmann::json scalerToJson(const Scaler& scaler);
/// Reads what scalerToJson wrote; false + error on bad input (scales must be finite and > 0).
bool scalerFromJson(const nlohmann::json& json, Scaler& out, std::string& error);

}  // namespace smip
