#pragma once
// What "the decision changes" means for a minimal-perturbation query on a classifier.
#include <string>
#include <vector>

namespace smip {

enum class AttackQueryKind {
    AnyOther,  ///< some class j ≠ true wins: z_j ≥ z_true + margin for at least one j (disjunction)
    Target,    ///< the chosen class wins over the true one: z_target ≥ z_true + margin
    AllOthers  ///< the notebook's variant: every j ≠ true has z_j ≥ z_true + margin
};

struct AttackQuery {
    AttackQueryKind kind = AttackQueryKind::AnyOther;
    int targetClass = -1;  ///< only for Target
    double margin = 0.01;  ///< logit margin (the notebook uses 0.01); ≥ 0

    /// Stable id: "any", "target:3", "all-others".
    std::string id() const;
    /// Parses an id as above; false with a message for anything else.
    static bool parse(const std::string& text, AttackQuery& out, std::string& error);
};

/// Classes that must (AllOthers, Target) or may (AnyOther) beat `trueClass`.
std::vector<int> queryRivals(const AttackQuery& query, int trueClass, int classes);

}  // namespace smip
