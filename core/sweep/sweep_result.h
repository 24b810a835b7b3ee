#pragma once
// One sweep instance's outcome: a row per method (each regularizer, then "milp") and its JSON
// form, the content of `<out>/<id>.json`.
#include <limits>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/sweep/sweep_grid.h"

namespace smip {

/// The method name of the MILP's row.
inline constexpr const char* kSweepMilpMethod = "milp";

struct SweepMethodResult {
    std::string method;      ///< regularizer id ("p0.4") or "milp"
    int nonzeros = -1;       ///< −1: the MILP found no network
    int activeNeurons = -1;  ///< −1: the MILP found no network
    double mse = std::numeric_limits<double>::quiet_NaN();
    double maxResidual = std::numeric_limits<double>::quiet_NaN();  ///< max |f(x_n) − y_n|
    /// Regularizers: MSE within the pipeline's fit limit (the model it may choose); MILP: the
    /// decoded network passed its re-check (exact fit within ε, bounds, claimed nonzeros).
    bool fits = false;
    double seconds = 0.0;  ///< training time, or the whole MILP stage (rank bound, starts, CBC)
    std::string status;    ///< trainStatusId or the MILP's statusId
    double bound = std::numeric_limits<double>::quiet_NaN();  ///< MILP only
    double gap = std::numeric_limits<double>::quiet_NaN();    ///< MILP only
    long long nodes = 0;                                      ///< MILP only
};

struct SweepInstanceResult {
    SweepInstance instance;
    int samples = 0, features = 0;  ///< of the data actually used (a CSV file's own)
    std::string chosen;             ///< the regularizer whose model gave the bounds and start
    std::vector<SweepMethodResult> methods;  ///< the regularizers in settings order, then "milp"

    /// The MILP's row, or nullptr.
    const SweepMethodResult* milp() const;
    /// The MILP proved its optimum.
    bool proven() const;
};

nlohmann::json sweepResultToJson(const SweepInstanceResult& result);
/// Reads what sweepResultToJson wrote. Returns false and names the missing or bad field.
bool sweepResultFromJson(const nlohmann::json& j, SweepInstanceResult& out, std::string& error);

/// `<dir>/<id>.json`.
std::string sweepResultPath(const std::string& dir, const std::string& id);

}  // namespace smip
