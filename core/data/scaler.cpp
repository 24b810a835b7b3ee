#include "core/data/scaler.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace smip {
namespace {

void requireColumns(const Scaler& s, Eigen::Index cols) {
    if (cols != s.offset.size())
        throw std::invalid_argument("Scaler fitted on " + std::to_string(s.offset.size()) +
                                    " features applied to " + std::to_string(cols));
}

// Offset and spread of the values `v` for a min-max or standardizing fit.
template <class Values>
void offsetAndSpread(const Values& v, ScalerKind kind, double& off, double& spread) {
    off = spread = 0.0;
    if (v.size() == 0 || kind == ScalerKind::None) return;
    if (kind == ScalerKind::Standardize) {
        off = v.mean();
        spread = std::sqrt((v.array() - off).square().mean());
    } else {
        off = v.minCoeff();
        spread = v.maxCoeff() - off;
    }
}

// A constant column has no spread: keep it centred at 0 instead of dividing by 0. The relative
// threshold also catches spreads that are pure rounding noise.
double usableScale(double off, double spread) {
    return spread > 1e-12 * std::max(1.0, std::abs(off)) ? spread : 1.0;
}

}  // namespace

const char* scalerKindId(ScalerKind kind) {
    switch (kind) {
        case ScalerKind::Standardize:
            return "standardize";
        case ScalerKind::MinMax:
            return "minmax";
        case ScalerKind::GlobalMinMax:
            return "global_minmax";
        case ScalerKind::None:
            return "none";
    }
    return "standardize";
}

bool parseScalerKind(const std::string& id, ScalerKind& kind) {
    for (ScalerKind k :
         {ScalerKind::Standardize, ScalerKind::MinMax, ScalerKind::GlobalMinMax, ScalerKind::None})
        if (id == scalerKindId(k)) {
            kind = k;
            return true;
        }
    return false;
}

Scaler Scaler::fit(const Eigen::MatrixXd& X, ScalerKind kind) {
    Scaler s;
    s.kind = kind;
    const Eigen::Index d = X.cols();
    s.offset.resize(d);
    s.scale.resize(d);
    if (kind == ScalerKind::GlobalMinMax) {
        double off = 0.0, spread = 0.0;
        offsetAndSpread(X.reshaped(), kind, off, spread);
        s.offset.setConstant(off);
        s.scale.setConstant(usableScale(off, spread));
        return s;
    }
    for (Eigen::Index j = 0; j < d; ++j) {
        double off = 0.0, spread = 0.0;
        offsetAndSpread(X.col(j), kind, off, spread);
        s.offset(j) = off;
        s.scale(j) = usableScale(off, spread);
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
