#include "core/adversarial/attack_json.h"

#include <cmath>

#include "core/common/atomic_file.h"

namespace smip {
namespace {

nlohmann::json num(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

nlohmann::json vec(const Eigen::VectorXd& v) {
    return nlohmann::json(std::vector<double>(v.data(), v.data() + v.size()));
}

}  // namespace

nlohmann::json boundStatsToJson(const BoundStats& s) {
    return {{"hidden_relus", s.hiddenNeurons},
            {"stable_active", s.stableActive},
            {"stable_inactive", s.stableInactive},
            {"unstable", s.unstable},
            {"total_big_m", num(s.totalBigM)}};
}

nlohmann::json attackVerificationToJson(const AttackVerification& c) {
    return {{"predicted_before", c.predictedBefore},
            {"predicted_after", c.predictedAfter},
            {"margin_before", num(c.marginBefore)},
            {"margin_after", num(c.marginAfter)},
            {"decision_changed", c.decisionChanged},
            {"margin_met", c.marginMet},
            {"l1", num(c.l1)},
            {"linf", num(c.linf)},
            {"changed_inputs", c.nonzeros}};
}

nlohmann::json attackOutcomeToJson(const AttackOutcome& o) {
    nlohmann::json j = {{"formulation", o.formulation},
                        {"exact", o.exact},
                        {"status", o.status},
                        {"message", o.message},
                        {"has_solution", o.hasSolution},
                        {"seconds", num(o.seconds)}};
    if (o.exact) {
        j["best_bound"] = num(o.bestBound);
        j["nodes"] = o.nodes;
    } else {
        j["iterations"] = o.nodes;
    }
    if (o.hasSolution) {
        j["objective"] = num(o.objective);
        j["gap_to_mip"] = num(o.gapToMip);
        j["valid_on_real_network"] = o.verification.decisionChanged;
        j["check"] = attackVerificationToJson(o.verification);
        j["x"] = vec(o.x);
    }
    return j;
}

nlohmann::json attackComparisonToJson(const AttackComparison& c) {
    nlohmann::json j;
    j["format"] = "sparsemip-attack";
    j["version"] = 1;
    j["true_class"] = c.trueClass;
    j["query"] = {{"id", c.query.id()}, {"margin", c.query.margin}};
    j["x0"] = vec(c.x0);
    j["bounds"] = {{"tightening", boundTighteningId(c.bounds.mode)},
                   {"interval", boundStatsToJson(c.bounds.intervalStats)},
                   {"final", boundStatsToJson(c.bounds.finalStats)},
                   {"lp_solves", c.bounds.lpSolves},
                   {"lp_failures", c.bounds.lpFailures},
                   {"seconds", num(c.bounds.seconds)}};
    j["milp"] = {{"columns", c.milpColumns}, {"rows", c.milpRows}, {"binaries", c.milpBinaries}};
    auto outs = nlohmann::json::array();
    for (const auto& o : c.outcomes)
        outs.push_back(attackOutcomeToJson(o));
    j["outcomes"] = outs;
    j["cancelled"] = c.cancelled;
    if (!c.message.empty()) j["message"] = c.message;
    return j;
}

std::string saveAttackComparison(const AttackComparison& c, const std::string& path,
                                 const nlohmann::json& extra) {
    nlohmann::json j = attackComparisonToJson(c);
    if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it)
            j[it.key()] = it.value();
    return writeFileAtomically(path, j.dump(2) + "\n");
}

}  // namespace smip
