#include "core/data/scaler.h"

#include <stdexcept>
#include <string>

namespace smip {
namespace {

void requireColumns(const Scaler& s, Eigen::Index cols) {
    if (cols != s.offset.size())
        throw std::invalid_argument("Scaler fitted on " + std::to_string(s.offset.size()) +
                                    " features applied to " + std::to_string(cols));
}

}  // namespace

Scaler Scaler::fit(const Eigen::MatrixXd& X, ScalerKind kind) {
    Scaler s;
    s.kind = kind;
    const Eigen::Index d = X.cols();
    s.offset.resize(d);
    s.scale.resize(d);
    for (Eigen::Index j = 0; j < d; ++j) {
        const auto col = X.col(j);
        double off = 0.0, spread = 0.0;
        if (X.rows() > 0) {
            if (kind == ScalerKind::Standardize) {
                off = col.mean();
                spread = std::sqrt((col.array() - off).square().mean());
            } else {
                off = col.minCoeff();
                spread = col.maxCoeff() - off;
            }
        }
        s.offset(j) = off;
        // A constant column has no spread: keep it centred at 0 instead of dividing by 0. The
        // relative threshold also catches spreads that are pure rounding noise.
        s.scale(j) = spread > 1e-12 * std::max(1.0, std::abs(off)) ? spread : 1.0;
    }
    return s;
}

Eigen::MatrixXd Scaler::transform(const Eigen::MatrixXd& X) const {
    requireColumns(*this, X.cols());
    return ((X.rowwise() - offset.transpose()).array().rowwise() / scale.transpose().array())
        .matrix();
}

Eigen::MatrixXd Scaler::inverse(const Eigen::MatrixXd& Z) const {
    requireColumns(*this, Z.cols());
    return ((Z.array().rowwise() * scale.transpose().array()).matrix().rowwise() +
            offset.transpose());
}

Dataset Scaler::transform(const Dataset& data) const {
    Dataset out = data;
    out.X = transform(data.X);
    return out;
}

}  // namespace smip
