#include "core/adversarial/attack_verification.h"

#include <algorithm>
#include <limits>
#include <string>

namespace smip {

double queryMargin(const Eigen::VectorXd& z, int trueClass, const AttackQuery& query) {
    if (query.kind == AttackQueryKind::Target) {
        if (query.targetClass < 0 || query.targetClass >= z.size())
            return -std::numeric_limits<double>::infinity();
        return z(query.targetClass) - z(trueClass);
    }
    const bool any = query.kind == AttackQueryKind::AnyOther;
    double m =
        any ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    for (Eigen::Index j = 0; j < z.size(); ++j) {
        if (j == trueClass) continue;
        const double d = z(j) - z(trueClass);
        m = any ? std::max(m, d) : std::min(m, d);
    }
    return m;
}

AttackVerification verifyAttack(const MlpClassifier& net, const Eigen::VectorXd& x0,
                                const Eigen::VectorXd& x, int trueClass, const AttackQuery& query) {
    AttackVerification c;
    const Eigen::VectorXd z0 = net.logits(x0), z = net.logits(x);
    Eigen::Index a0 = 0, a = 0;
    z0.maxCoeff(&a0);
    z.maxCoeff(&a);
    c.predictedBefore = static_cast<int>(a0);
    c.predictedAfter = static_cast<int>(a);
    c.marginBefore = queryMargin(z0, trueClass, query);
    c.marginAfter = queryMargin(z, trueClass, query);
    switch (query.kind) {
        case AttackQueryKind::AnyOther:
            c.decisionChanged = c.predictedAfter != trueClass;
            break;
        case AttackQueryKind::Target:
            c.decisionChanged = c.predictedAfter == query.targetClass;
            break;
        case AttackQueryKind::AllOthers:
            c.decisionChanged = c.marginAfter > 0.0;
            break;
    }
    c.marginMet = c.marginAfter >= query.margin - 1e-4;
    const Eigen::VectorXd diff = (x - x0).cwiseAbs();
    c.l1 = diff.sum();
    c.linf = diff.size() ? diff.maxCoeff() : 0.0;
    c.nonzeros = static_cast<int>((diff.array() > 1e-6).count());
    c.checked = true;
    c.maxResidual = std::max(0.0, query.margin - c.marginAfter);
    c.passed = c.decisionChanged && c.marginMet;
    if (!c.decisionChanged)
        c.message = "the real network predicts class " + std::to_string(c.predictedAfter);
    else if (!c.marginMet)
        c.message = "decision changed, but the margin " + std::to_string(c.marginAfter) +
                    " is below the query's " + std::to_string(query.margin);
    return c;
}

}  // namespace smip
