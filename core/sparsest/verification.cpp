#include "core/sparsest/verification.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace smip {

SparsestDecoded decodeSparsestSolution(const SparsestModel& model,
                                       const std::vector<double>& solution) {
    SparsestDecoded out;
    const std::size_t cols = model.problem.columns.size();
    if (solution.size() != cols) {
        out.error = "solution has " + std::to_string(solution.size()) +
                    " values but the model has " + std::to_string(cols) + " columns";
        return out;
    }
    for (std::size_t i = 0; i < cols; ++i) {
        if (!std::isfinite(solution[i])) {
            out.error =
                "solution value of column " + model.problem.columns[i].name + " is not finite";
            return out;
        }
    }
    const int d = model.inputs;
    const auto val = [&](int col) { return solution[static_cast<std::size_t>(col)]; };
    std::vector<Eigen::VectorXd> rows;
    std::vector<double> biases, signs;
    for (int k = 0; k < model.units; ++k) {
        const auto ku = static_cast<std::size_t>(k);
        Eigen::VectorXd w(d);
        for (int j = 0; j < d; ++j)
            w(j) = val(model.t(k, j)) >= 0.5 ? val(model.w(k, j)) : 0.0;
        double b = val(model.bCol[ku]);
        if (model.sCol[ku] >= 0 && val(model.sCol[ku]) < 0.5) b = 0.0;
        if (model.uCol[ku] >= 0 && val(model.uCol[ku]) < 0.5) b = 0.0;  // unused slot
        double v = model.fixedSign[ku];
        if (model.sigmaCol[ku] >= 0) v = val(model.sigmaCol[ku]) >= 0.5 ? 1.0 : -1.0;
        if (w.cwiseAbs().maxCoeff() == 0.0 && b == 0.0) continue;  // unused: drop
        rows.push_back(w);
        biases.push_back(b);
        signs.push_back(v);
    }
    const int width = std::max<int>(model.config.width, static_cast<int>(rows.size()));
    out.net.W = Eigen::MatrixXd::Zero(width, d);
    out.net.b = Eigen::VectorXd::Zero(width);
    out.net.v = Eigen::VectorXd::Ones(width);  // padding units are all-zero: output 0 either way
    for (std::size_t k = 0; k < rows.size(); ++k) {
        out.net.W.row(static_cast<Eigen::Index>(k)) = rows[k].transpose();
        out.net.b(static_cast<Eigen::Index>(k)) = biases[k];
        out.net.v(static_cast<Eigen::Index>(k)) = signs[k];
    }
    return out;
}

double exactFitLimit(const Eigen::VectorXd& y, double epsilon) {
    return epsilon + 1e-9 * (1.0 + (y.size() > 0 ? y.cwiseAbs().maxCoeff() : 0.0));
}

int countSparsestNonzeros(const ShallowReluNet& net, bool countBiases, double zeroTol) {
    int n = static_cast<int>((net.W.array().abs() > zeroTol).count());
    if (countBiases) n += static_cast<int>((net.b.array().abs() > zeroTol).count());
    return n;
}

SparsestVerification verifySparsestNetwork(const SparsestModel& model, const ShallowReluNet& net,
                                           double claimedObjective, double zeroTol,
                                           double tolerance) {
    SparsestVerification v;
    v.claimedObjective = claimedObjective;
    if (net.inputs() != model.inputs || net.b.size() != net.width() ||
        net.v.size() != net.width()) {
        v.message = "network shape does not match the data";
        return v;
    }
    const double maxAbsY = model.y.size() > 0 ? model.y.cwiseAbs().maxCoeff() : 0.0;
    v.tolerance = tolerance >= 0.0 ? tolerance : 1e-6 * (1.0 + maxAbsY);
    v.checked = true;
    const Eigen::MatrixXd pre = (model.X * net.W.transpose()).rowwise() + net.b.transpose();
    const Eigen::VectorXd f = pre.cwiseMax(0.0) * net.v;
    v.maxResidual = (f - model.y).cwiseAbs().maxCoeff();
    v.weightNonzeros = static_cast<int>((net.W.array().abs() > zeroTol).count());
    v.biasNonzeros = static_cast<int>((net.b.array().abs() > zeroTol).count());
    v.nonzeros = v.weightNonzeros + (model.config.countBiases ? v.biasNonzeros : 0);
    for (int k = 0; k < net.width(); ++k)
        if ((net.W.row(k).array().abs() > zeroTol).any() || std::abs(net.b(k)) > zeroTol)
            ++v.activeUnits;
    const double maxW = net.W.size() > 0 ? net.W.cwiseAbs().maxCoeff() : 0.0;
    const double maxB = net.b.size() > 0 ? net.b.cwiseAbs().maxCoeff() : 0.0;
    const bool signsOk = (net.v.array().abs() - 1.0).abs().maxCoeff() <= 1e-12;

    std::ostringstream why;
    if (!std::isfinite(v.maxResidual) || v.maxResidual > model.config.epsilon + v.tolerance)
        why << "max residual " << v.maxResidual << " exceeds epsilon " << model.config.epsilon
            << " + tolerance " << v.tolerance << "; ";
    if (!std::isfinite(claimedObjective))
        why << "no solver objective to compare with; ";
    else if (v.nonzeros > static_cast<int>(std::lround(claimedObjective)))
        why << "network has " << v.nonzeros << " nonzeros but the solver claimed "
            << std::lround(claimedObjective) << "; ";
    if (v.activeUnits > model.config.width)
        why << v.activeUnits << " active units exceed the width " << model.config.width << "; ";
    if (maxW > model.config.wBound * (1.0 + 1e-6) + 1e-7)
        why << "a weight (" << maxW << ") exceeds w_B = " << model.config.wBound << "; ";
    if (maxB > model.config.bBound * (1.0 + 1e-6) + 1e-7)
        why << "a bias (" << maxB << ") exceeds b_B = " << model.config.bBound << "; ";
    if (!signsOk) why << "output weights are not ±1; ";
    v.message = why.str();
    if (v.message.size() >= 2) v.message.resize(v.message.size() - 2);  // trailing "; "
    v.passed = v.message.empty();
    return v;
}

}  // namespace smip
