#include "core/sparsest/sparsest_config.h"

#include <cmath>

namespace smip {

const char* variantId(SparsestVariant v) {
    return v == SparsestVariant::Published ? "published" : "tight";
}

bool parseVariant(const std::string& id, SparsestVariant& out) {
    if (id == "published" || id == "seed") {
        out = SparsestVariant::Published;
        return true;
    }
    if (id == "tight") {
        out = SparsestVariant::Tight;
        return true;
    }
    return false;
}

int effectiveWidth(const SparsestConfig& config, int samples) {
    return config.width > 0 ? config.width : samples;
}

std::string validateSparsestInput(const Eigen::MatrixXd& X, const Eigen::VectorXd& y,
                                  const SparsestConfig& config) {
    if (X.rows() < 1 || X.cols() < 1) return "the data needs at least one sample and one feature";
    if (y.size() != X.rows())
        return "the data has " + std::to_string(X.rows()) + " samples but " +
               std::to_string(y.size()) + " targets";
    if (!X.allFinite()) return "the features contain NaN or infinite values";
    if (!y.allFinite()) return "the targets contain NaN or infinite values";
    if (config.width < 0) return "width must be positive (0 = number of samples)";
    if (!(config.wBound > 0.0) || !std::isfinite(config.wBound))
        return "weight bound w_B must be a positive finite number";
    if (!(config.bBound > 0.0) || !std::isfinite(config.bBound))
        return "bias bound b_B must be a positive finite number";
    if (!(config.epsilon >= 0.0) || !std::isfinite(config.epsilon))
        return "epsilon must be a finite number ≥ 0";
    if (!(config.rankBoundSeconds >= 0.0) || !std::isfinite(config.rankBoundSeconds))
        return "the rank bound's time budget must be a finite number ≥ 0";
    if (config.rankBoundThreads < 0) return "the rank bound's thread count must be ≥ 0";
    return {};
}

}  // namespace smip
