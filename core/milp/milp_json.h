#pragma once
// JSON forms of the MILP types, used by the worker-process protocol (milp_worker.h) and run files.
// Doubles: ±infinity are written as the strings "inf"/"-inf", NaN as null; readers accept both.
#include <string>

#include <nlohmann/json.hpp>

#include "core/milp/milp_problem.h"
#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"

namespace smip {

/// Parses a statusId() string. Returns false for unknown text. Any thread.
bool statusFromId(const std::string& id, MilpStatus& status);

/// A double as JSON (finite → number, ±inf → "inf"/"-inf", NaN → null).
nlohmann::json doubleToJson(double v);
/// Inverse of doubleToJson; also accepts "nan"/"infinity". Throws nlohmann::json::type_error on
/// other types (callers below catch it).
double doubleFromJson(const nlohmann::json& j);

nlohmann::json toJson(const MilpProblem& problem);
nlohmann::json toJson(const MilpOptions& options);
nlohmann::json toJson(const MilpProgress& progress);
nlohmann::json toJson(const MilpResult& result);
nlohmann::json toJson(const MilpIncumbent& incumbent);

/// Each reader returns an empty string on success, else a message naming the bad field; the
/// output is left in an unspecified state on failure. Missing optional fields keep defaults.
std::string fromJson(const nlohmann::json& j, MilpProblem& problem);
std::string fromJson(const nlohmann::json& j, MilpOptions& options);
std::string fromJson(const nlohmann::json& j, MilpProgress& progress);
std::string fromJson(const nlohmann::json& j, MilpResult& result);
std::string fromJson(const nlohmann::json& j, MilpIncumbent& incumbent);

}  // namespace smip
