// RegularizerSpec ids (core/train/trainer.h): "none", "wd", "p<p>", "l1", "group".
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/train/trainer.h"

namespace smip {

std::string RegularizerSpec::id() const {
    switch (kind) {
        case RegularizerKind::None:
            return "none";
        case RegularizerKind::WeightDecay:
            return "wd";
        case RegularizerKind::L1:
            return "l1";
        case RegularizerKind::GroupLasso:
            return "group";
        case RegularizerKind::PathNorm: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%g", p);
            std::string text(buf);
            // "p1.0" rather than "p1", matching the sparse-ReLU package's list
            // none,wd,p0.4,p0.7,p1.0.
            if (text.find_first_of(".e") == std::string::npos) text += ".0";
            return "p" + text;
        }
    }
    return "none";
}

bool RegularizerSpec::parse(const std::string& id, RegularizerSpec& out, double lambda) {
    RegularizerSpec spec;
    spec.lambda = lambda;
    if (id == "none") {
        spec.kind = RegularizerKind::None;
    } else if (id == "wd") {
        spec.kind = RegularizerKind::WeightDecay;
    } else if (id == "l1") {
        spec.kind = RegularizerKind::L1;
    } else if (id == "group") {
        spec.kind = RegularizerKind::GroupLasso;
    } else if (id.size() >= 2 && id[0] == 'p') {
        const std::string num = id.substr(1);
        if (!std::isdigit(static_cast<unsigned char>(num[0])) && num[0] != '.') return false;
        char* end = nullptr;
        const double p = std::strtod(num.c_str(), &end);
        if (end != num.c_str() + num.size() || !std::isfinite(p) || !(p > 0.0) || p > 1.0)
            return false;
        spec.kind = RegularizerKind::PathNorm;
        spec.p = p;
    } else {
        return false;
    }
    out = spec;
    return true;
}

}  // namespace smip
