#include "core/miptrain/mip_train_config.h"

#include <cmath>
#include <string>

namespace smip {

const char* lossId(MipLoss l) {
    return l == MipLoss::Nll ? "nll" : "errors";
}

const char* methodId(MipMethod m) {
    switch (m) {
        case MipMethod::Full:
            return "full";
        case MipMethod::Layerwise:
            return "layerwise";
        case MipMethod::Hybrid:
            return "hybrid";
        case MipMethod::Lagrangian:
            return "lagrangian";
    }
    return "full";
}

const char* activationId(MipActivation a) {
    return a == MipActivation::Binary ? "binary" : "relu";
}

bool lossFromId(const std::string& id, MipLoss& out) {
    if (id == "nll")
        out = MipLoss::Nll;
    else if (id == "errors")
        out = MipLoss::Errors;
    else
        return false;
    return true;
}

bool methodFromId(const std::string& id, MipMethod& out) {
    for (MipMethod m :
         {MipMethod::Full, MipMethod::Layerwise, MipMethod::Hybrid, MipMethod::Lagrangian}) {
        if (id == methodId(m)) {
            out = m;
            return true;
        }
    }
    return false;
}

bool activationFromId(const std::string& id, MipActivation& out) {
    if (id == "binary" || id == "step")
        out = MipActivation::Binary;
    else if (id == "relu")
        out = MipActivation::Relu;
    else
        return false;
    return true;
}

std::string checkFormulation(const MipFormulation& f) {
    if (!(f.weightBound > 0.0) || !std::isfinite(f.weightBound))
        return "the weight bound must be a positive number";
    if (f.activation == MipActivation::Binary && !(f.margin > 0.0 && f.margin < f.weightBound))
        return "the binary margin must be in (0, weight bound)";
    if (!(f.classMargin >= 0.0) || !std::isfinite(f.classMargin))
        return "the class margin must be non-negative";
    if (!(f.sparsity >= 0.0) || !std::isfinite(f.sparsity))
        return "the sparsity cost must be non-negative";
    if (f.partitions < 1 || f.partitions > 16) return "McCormick partitions must be in 1..16";
    return {};
}

}  // namespace smip
