#include "core/miptrain/mip_evaluation.h"

#include <algorithm>
#include <cmath>

namespace smip {

MipEvaluation evaluateMipNetwork(const MipNetwork& net, const WeightedSamples& s,
                                 const MipFormulation& f) {
    MipEvaluation e;
    e.samples = s.totalWeight();
    if (s.samples() == 0) return e;
    const Eigen::MatrixXd O = mipForward(net, s.X);
    const std::vector<int> pred = mipPredict(O);
    const double mu = f.classMargin;
    double correct = 0.0;
    for (int n = 0; n < s.samples(); ++n) {
        const int y = s.label[static_cast<std::size_t>(n)];
        const double c = s.weight(n);
        if (pred[static_cast<std::size_t>(n)] == y) correct += c;
        // worst competitor score plus margin, as in ω_n ≥ o_{n,j} + μ[j≠y]
        double worst = O(n, y);
        for (Eigen::Index j = 0; j < O.cols(); ++j)
            if (j != y) worst = std::max(worst, O(n, j) + mu);
        if (f.loss == MipLoss::Nll)
            e.loss += c * (worst - O(n, y));
        else
            e.loss += (worst - O(n, y) > 1e-6) ? c : 0.0;  // tolerance of the MILP's rows
    }
    e.accuracy = correct / e.samples;
    e.meanLoss = e.loss / e.samples;
    e.minMargin = mipMinHiddenMargin(net, s.X);
    return e;
}

double mipObjectiveValue(const MipNetwork& net, const WeightedSamples& s, const MipFormulation& f) {
    const double l = evaluateMipNetwork(net, s, f).loss;
    return l + (f.sparsity > 0.0 ? f.sparsity * net.nonzeroParameters() : 0.0);
}

bool mipFeasible(const MipNetwork& net, const WeightedSamples& s, const MipFormulation& f) {
    const Eigen::VectorXd t = net.flatten();
    if (t.size() && t.cwiseAbs().maxCoeff() > f.weightBound + 1e-7) return false;
    if (f.activation == MipActivation::Relu) return true;
    // 1e-4: CBC's integrality tolerance (1e-6) times big-M can shave a few 1e-6 off the margin.
    return mipMinHiddenMargin(net, s.X) >= f.margin - 1e-4;
}

}  // namespace smip
