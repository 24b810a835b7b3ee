#include "core/perceptron/perceptron_decoder.h"

#include <cmath>
#include <sstream>

namespace smip {

namespace {

double clean(double v, bool integer) {
    if (integer) return std::round(v);
    return std::abs(v) <= 1e-7 ? 0.0 : v;
}

int bit(const std::vector<double>& x, int col) {
    return x[static_cast<std::size_t>(col)] > 0.5;
}

}  // namespace

PerceptronNet decodePerceptron(const PerceptronMilp& milp, const std::vector<double>& x,
                               PerceptronMilpTerms* terms) {
    const auto& I = milp.index;
    const bool integer = milp.config.integer;
    const bool ks = milp.config.sparsity.neurons;
    PerceptronNet net = milp.transform;
    net.W.resize(I.n, I.m);
    net.b.resize(I.n);
    net.Q.resize(I.n, I.K);
    net.bF.resize(I.K);
    auto at = [&](int col) { return x[static_cast<std::size_t>(col)]; };
    // Integer pre-activations are integers, so [pre ≥ 0] needs no shift there.
    const double hShift = integer ? 0.0 : 0.5 * milp.hiddenMargin;
    const double oShift = integer ? 0.0 : 0.5 * milp.outputMargin;
    for (int i = 0; i < I.n; ++i) {
        const bool killed = ks && !bit(x, I.used[static_cast<std::size_t>(i)]);
        for (int j = 0; j < I.m; ++j)
            net.W(i, j) =
                killed ? 0.0 : clean(at(I.w[static_cast<std::size_t>(i * I.m + j)]), integer);
        net.b(i) = killed ? -1.0 : clean(at(I.b[static_cast<std::size_t>(i)]), integer) + hShift;
        for (int k = 0; k < I.K; ++k)
            net.Q(i, k) =
                killed ? 0.0 : clean(at(I.q[static_cast<std::size_t>(i * I.K + k)]), integer);
    }
    for (int k = 0; k < I.K; ++k)
        net.bF(k) = clean(at(I.bF[static_cast<std::size_t>(k)]), integer) + oShift;
    if (terms) {
        *terms = {};
        for (int s = 0; s < I.N; ++s)
            for (int k = 0; k < I.K; ++k)
                terms->bitErrors += bit(x, I.stF[static_cast<std::size_t>(s * I.K + k)]) !=
                                    (milp.labels(s) == k ? 1 : 0);
        for (int col : I.st)
            terms->activations += bit(x, col);
        if (milp.config.sparsity.weights)
            for (int col : I.z)
                terms->weights += bit(x, col);
        else
            terms->weights = net.nonzeroWeights();
        if (ks)
            for (int col : I.used)
                terms->usedNeurons += bit(x, col);
        else
            terms->usedNeurons = net.usedNeurons();
    }
    return net;
}

PerceptronVerification verifyPerceptron(const PerceptronMilp& milp, const std::vector<double>& x,
                                        const PerceptronNet& net) {
    const auto& I = milp.index;
    PerceptronVerification v;
    PerceptronMilpTerms terms;
    decodePerceptron(milp, x, &terms);
    v.milpBitErrors = terms.bitErrors;
    const PerceptronForward f = net.forwardTransformed(milp.U);
    std::string first;
    for (int s = 0; s < I.N; ++s) {
        for (int i = 0; i < I.n; ++i) {
            const int milpSt = bit(x, I.st[static_cast<std::size_t>(s * I.n + i)]);
            if (f.hidden(s, i) == milpSt) continue;
            ++v.stepMismatches;
            if (first.empty()) {
                std::ostringstream os;
                const double pre = milp.U.row(s).dot(net.W.row(i)) + net.b(i);
                os << "training sample " << s + 1 << ", hidden unit " << i + 1
                   << ": the MILP has st = " << milpSt << " but the decoded pre-activation is "
                   << pre << " (solver tolerances exceeded the margin " << milp.hiddenMargin
                   << "; a larger --margin or a tighter bound helps)";
                first = os.str();
            }
        }
        for (int k = 0; k < I.K; ++k) {
            const int milpBit = bit(x, I.stF[static_cast<std::size_t>(s * I.K + k)]);
            const int target = milp.labels(s) == k ? 1 : 0;
            v.decodedBitErrors += f.bits(s, k) != target;
            if (f.bits(s, k) == milpBit) continue;
            ++v.stepMismatches;
            if (first.empty()) {
                std::ostringstream os;
                os << "training sample " << s + 1 << ", output " << k + 1
                   << ": the MILP has st_F = " << milpBit << " but the decoded pre-activation is "
                   << f.outputPre(s, k) << " (solver tolerances exceeded the output margin "
                   << milp.outputMargin << ")";
                first = os.str();
            }
        }
    }
    v.checked = true;
    v.passed = v.decodedBitErrors == v.milpBitErrors;
    if (!v.passed)
        v.message = "decoded network has " + std::to_string(v.decodedBitErrors) +
                    " training bit errors, the MILP's loss term says " +
                    std::to_string(v.milpBitErrors) + "; first difference: " + first;
    else if (v.stepMismatches > 0)
        v.message = "loss terms agree, but " + std::to_string(v.stepMismatches) +
                    " steps differ; first: " + first;
    return v;
}

}  // namespace smip
