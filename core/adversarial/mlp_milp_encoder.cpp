#include "core/adversarial/mlp_milp_encoder.h"

#include <algorithm>
#include <cmath>

namespace smip {

MlpEncoding encodeMlp(const MlpClassifier& net, const NetworkBounds& bounds,
                      const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi,
                      MilpProblem& problem, const MlpEncodeOptions& options) {
    MlpEncoding enc;
    const std::string& p = options.prefix;
    for (int i = 0; i < net.inputSize(); ++i)
        enc.inputCols.push_back(problem.addColumn(p + "x" + std::to_string(i), inLo(i), inHi(i)));
    const int hidden = options.hiddenLayers < 0
                           ? net.hiddenLayerCount()
                           : std::min(options.hiddenLayers, net.hiddenLayerCount());
    std::vector<int> prev = enc.inputCols;
    std::vector<int> idx;
    std::vector<double> coef;
    // Collects W_l,i·h_{l−1} over the previous layer's non-constant columns into idx/coef.
    auto gather = [&](const Eigen::MatrixXd& W, int i) {
        idx.clear();
        coef.clear();
        for (std::size_t k = 0; k < prev.size(); ++k) {
            const double w = W(i, static_cast<Eigen::Index>(k));
            if (prev[k] < 0 || w == 0.0) continue;
            idx.push_back(prev[k]);
            coef.push_back(-w);  // rows are written as y − W·h
        }
    };
    for (int l = 0; l < hidden; ++l) {
        const Eigen::MatrixXd& W = net.weights[l];
        const int n = static_cast<int>(W.rows());
        std::vector<int> cols(n, -1), bins(n, -1);
        for (int i = 0; i < n; ++i) {
            const double lo = bounds.lower[l](i), hi = bounds.upper[l](i), b = net.biases[l](i);
            const std::string tag = std::to_string(l + 1) + "_" + std::to_string(i);
            if (hi <= 0.0) continue;  // stably inactive: y ≡ 0, no column at all
            gather(W, i);
            if (lo >= 0.0) {
                // Stably active: y = z exactly.
                cols[i] = problem.addColumn(p + "y" + tag, lo, hi);
                idx.push_back(cols[i]);
                coef.push_back(1.0);
                problem.addRow(p + "act" + tag, idx, coef, b, b);
                continue;
            }
            // Unstable: y ≥ z, y ≤ z − lo·(1 − a), y ≤ hi·a, y ≥ 0 (Tjeng et al. 2019, eq. 6);
            // the second row reads y − W·h − lo·a ≤ b − lo.
            cols[i] = problem.addColumn(p + "y" + tag, 0.0, hi);
            bins[i] = options.relaxBinaries ? problem.addColumn(p + "a" + tag, 0.0, 1.0)
                                            : problem.addBinary(p + "a" + tag);
            idx.push_back(cols[i]);
            coef.push_back(1.0);
            problem.addRow(p + "ge" + tag, idx, coef, b, kInf);
            idx.push_back(bins[i]);
            coef.push_back(-lo);
            problem.addRow(p + "le" + tag, idx, coef, -kInf, b - lo);
            problem.addRow(p + "on" + tag, {cols[i], bins[i]}, {1.0, -hi}, -kInf, 0.0);
        }
        enc.hiddenCols.push_back(cols);
        enc.binaryCols.push_back(bins);
        prev = std::move(cols);
    }
    if (options.hiddenLayers >= 0 && options.hiddenLayers < net.layerCount()) return enc;
    const int L = net.layerCount() - 1;
    const Eigen::MatrixXd& W = net.weights[L];
    for (int i = 0; i < W.rows(); ++i) {
        gather(W, i);
        const int c = problem.addColumn(p + "out" + std::to_string(i), bounds.lower[L](i),
                                        bounds.upper[L](i));
        idx.push_back(c);
        coef.push_back(1.0);
        problem.addRow(p + "logit" + std::to_string(i), idx, coef, net.biases[L](i),
                       net.biases[L](i));
        enc.outputCols.push_back(c);
    }
    return enc;
}

NetworkBounds globalBigMBounds(const NetworkBounds& from) {
    NetworkBounds out = from;
    const int hidden = static_cast<int>(from.lower.size()) - 1;
    double M = 0.0;
    for (int l = 0; l < hidden; ++l)
        M = std::max({M, from.lower[l].cwiseAbs().maxCoeff(), from.upper[l].cwiseAbs().maxCoeff()});
    // Round up so the "naive" M looks like the round number a modeller would type.
    M = std::max(1.0, std::pow(10.0, std::ceil(std::log10(M))));
    for (int l = 0; l < hidden; ++l) {
        out.lower[l].setConstant(-M);
        out.upper[l].setConstant(M);
    }
    return out;
}

Eigen::VectorXd decodeInput(const MlpEncoding& enc, const std::vector<double>& solution,
                            const Eigen::VectorXd& inLo, const Eigen::VectorXd& inHi) {
    Eigen::VectorXd x(static_cast<Eigen::Index>(enc.inputCols.size()));
    for (std::size_t i = 0; i < enc.inputCols.size(); ++i) {
        const auto c = static_cast<std::size_t>(enc.inputCols[i]);
        const double v = c < solution.size() ? solution[c] : 0.0;
        const auto k = static_cast<Eigen::Index>(i);
        x(k) = std::clamp(v, inLo(k), inHi(k));
    }
    return x;
}

}  // namespace smip
