#include "core/adversarial/attack_query.h"

#include <charconv>

namespace smip {

std::string AttackQuery::id() const {
    switch (kind) {
        case AttackQueryKind::AnyOther:
            return "any";
        case AttackQueryKind::Target:
            return "target:" + std::to_string(targetClass);
        case AttackQueryKind::AllOthers:
            return "all-others";
    }
    return "any";
}

bool AttackQuery::parse(const std::string& text, AttackQuery& out, std::string& error) {
    AttackQuery q = out;
    if (text == "any") {
        q.kind = AttackQueryKind::AnyOther;
    } else if (text == "all-others") {
        q.kind = AttackQueryKind::AllOthers;
    } else if (text.rfind("target:", 0) == 0) {
        const std::string num = text.substr(7);
        int k = -1;
        const auto [ptr, ec] = std::from_chars(num.data(), num.data() + num.size(), k);
        if (num.empty() || ec != std::errc() || ptr != num.data() + num.size() || k < 0) {
            error = "query '" + text + "': target class must be a non-negative integer";
            return false;
        }
        q.kind = AttackQueryKind::Target;
        q.targetClass = k;
    } else {
        error = "unknown query '" + text + "' (expected any, target:K or all-others)";
        return false;
    }
    out = q;
    return true;
}

std::vector<int> queryRivals(const AttackQuery& query, int trueClass, int classes) {
    std::vector<int> r;
    if (query.kind == AttackQueryKind::Target) {
        if (query.targetClass != trueClass && query.targetClass >= 0 && query.targetClass < classes)
            r.push_back(query.targetClass);
        return r;
    }
    for (int j = 0; j < classes; ++j)
        if (j != trueClass) r.push_back(j);
    return r;
}

}  // namespace smip
