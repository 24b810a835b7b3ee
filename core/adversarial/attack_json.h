#pragma once
// JSON form of an attack comparison (query, bounds statistics, one entry per formulation with the
// real-network re-check), for the CLI's --json, run snapshots and the GUI.
#include <nlohmann/json.hpp>
#include <string>

#include "core/adversarial/attack_comparison.h"

namespace smip {

nlohmann::json boundStatsToJson(const BoundStats& s);
nlohmann::json attackVerificationToJson(const AttackVerification& c);
nlohmann::json attackOutcomeToJson(const AttackOutcome& o);
/// The whole comparison; NaN/inf numbers become null.
nlohmann::json attackComparisonToJson(const AttackComparison& c);

/// Writes attackComparisonToJson (plus `extra` keys merged at top level) to `path` atomically.
/// Empty string on success, else a message.
std::string saveAttackComparison(const AttackComparison& c, const std::string& path,
                                 const nlohmann::json& extra = nlohmann::json::object());

}  // namespace smip
