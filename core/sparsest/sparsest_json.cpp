#include "core/sparsest/sparsest_json.h"

#include <cmath>

namespace smip {
namespace {

nlohmann::json num(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

nlohmann::json netToJson(const ShallowReluNet& net) {
    nlohmann::json W = nlohmann::json::array();
    for (int k = 0; k < net.width(); ++k) {
        nlohmann::json row = nlohmann::json::array();
        for (int j = 0; j < net.inputs(); ++j)
            row.push_back(net.W(k, j));
        W.push_back(std::move(row));
    }
    nlohmann::json b = nlohmann::json::array(), v = nlohmann::json::array();
    for (int k = 0; k < net.width(); ++k) {
        b.push_back(net.b(k));
        v.push_back(net.v(k));
    }
    return {{"W", W}, {"b", b}, {"v", v}};
}

}  // namespace

nlohmann::json sparsestConfigToJson(const SparsestConfig& c) {
    return {{"variant", variantId(c.variant)},
            {"width", c.width},
            {"w_bound", c.wBound},
            {"b_bound", c.bBound},
            {"count_biases", c.countBiases},
            {"epsilon", c.epsilon},
            {"rank_bound", c.rankBound},
            {"rank_bound_seconds", c.rankBoundSeconds},
            {"rank_bound_threads", c.rankBoundThreads}};
}

nlohmann::json sparsestResultToJson(const SparsestResult& r) {
    nlohmann::json j;
    j["status"] = statusId(r.milp.status);
    j["message"] = r.milp.message;
    j["objective"] = r.milp.hasSolution ? num(r.milp.objective) : nlohmann::json();
    j["best_bound"] = num(r.milp.bestBound);
    j["gap"] = num(r.milp.gap);
    j["nodes"] = r.milp.nodes;
    j["seconds"] = num(r.milp.seconds);
    nlohmann::json progress = nlohmann::json::array();
    for (const MilpProgress& p : r.milp.progress)
        progress.push_back({{"seconds", num(p.seconds)},
                            {"incumbent", num(p.incumbent)},
                            {"bound", num(p.bound)},
                            {"gap", num(p.gap)},
                            {"nodes", p.nodes}});
    j["progress"] = std::move(progress);
    j["weights"] = r.hasNetwork ? netToJson(r.net) : nlohmann::json();
    const SparsestVerification& v = r.verification;
    j["verified_max_residual"] = v.checked ? num(v.maxResidual) : nlohmann::json();
    j["verified_nonzeros"] = v.checked ? nlohmann::json(v.nonzeros) : nlohmann::json();
    if (r.positiveSlots + r.negativeSlots > 0)
        j["sign_slots"] = {{"positive", r.positiveSlots}, {"negative", r.negativeSlots}};
    j["verification"] = {{"checked", v.checked},
                         {"passed", v.passed},
                         {"reason", v.message},
                         {"tolerance", num(v.tolerance)},
                         {"weight_nonzeros", v.weightNonzeros},
                         {"bias_nonzeros", v.biasNonzeros},
                         {"active_units", v.activeUnits}};
    const SparsestWarmStartInfo& w = r.warmStart;
    j["warm_start"] = {{"attempted", w.attempted},
                       {"feasible", w.feasible},
                       {"objective", w.attempted ? num(w.objective) : nlohmann::json()},
                       {"units", w.units},
                       {"message", w.message}};
    const RankBoundResult& rb = r.rankBound;
    j["rank_bound"] = {{"computed", rb.computed},
                       {"bound", rb.bound},
                       {"fits_at_bound", rb.fitsAtBound},
                       {"timed_out", rb.timedOut},
                       {"cancelled", rb.cancelled},
                       {"threads", rb.threads},
                       {"combinations_per_level", rb.combinationsPerLevel},
                       {"atoms", rb.atoms},
                       {"combinations", rb.combinations},
                       {"nearest_miss", num(rb.nearestMiss)},
                       {"fit_tolerance", num(rb.tolerance)},
                       {"seconds", num(rb.seconds)},
                       {"witness", rb.hasWitness},
                       {"refined_levels", rb.refinedLevels},
                       {"exact_checks", rb.exactChecks},
                       {"last_unit_refuted", rb.lastUnitRefuted},
                       {"split_network_nonzeros",
                        rb.hasUpperNetwork ? nlohmann::json(rb.upperNonzeros) : nlohmann::json()},
                       {"reason", rb.reason}};
    j["total_seconds"] = num(r.totalSeconds);
    const OneDimensionalSparsest& od = r.oneDimensional;
    j["one_dimensional"] = {
        {"computed", od.computed},
        {"min_kinks", od.minKinks},
        {"lower_bound", od.lowerBound},
        {"network_nonzeros", od.hasNetwork ? nlohmann::json(od.nonzeros) : nlohmann::json()},
        {"is_start", r.startFromOneDimensional}};
    const OneDimensionalExact& ex = r.oneDimensionalExact;
    j["one_dimensional_exact"] = {
        {"computed", ex.computed},
        {"status", ex.computed ? statusId(ex.status) : "not_run"},
        {"lower_bound", ex.lowerBound},
        {"network_nonzeros", ex.hasNetwork ? nlohmann::json(ex.nonzeros) : nlohmann::json()},
        {"within_bounds", ex.withinBounds},
        {"slots", ex.slotCount},
        {"kink_rows", ex.kinkRows},
        {"seconds", num(ex.seconds)},
        {"is_start", r.startFromOneDimensionalExact}};
    const SparsestBoundsBinding binding = sparsestBoundsBinding(r);
    j["bounds_binding"] = {{"checked", binding.checked},
                           {"bound_free_optimal", binding.boundFreeOptimal},
                           {"weight_at_bound", binding.weightAtBound},
                           {"bias_at_bound", binding.biasAtBound},
                           {"binds", binding.binds()}};
    j["config"] = sparsestConfigToJson(r.config);
    j["size"] = {{"rows", r.size.rows},
                 {"columns", r.size.columns},
                 {"binaries", r.size.binaries},
                 {"nonzeros", r.size.nonzeros}};
    return j;
}

}  // namespace smip
