#include "core/adversarial/nlp/smooth_relu.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace smip {

double SmoothRelu::value(double a) const {
    if (kind == SmoothReluKind::Sqrt) return 0.5 * (a + std::sqrt(a * a + delta));
    // Stable softplus: max(a,0) + log1p(e^{−β|a|})/β never overflows.
    return std::max(a, 0.0) + std::log1p(std::exp(-beta * std::abs(a))) / beta;
}

double SmoothRelu::d1(double a) const {
    if (kind == SmoothReluKind::Sqrt) {
        const double r = std::sqrt(a * a + delta);
        return r > 0.0 ? 0.5 * (1.0 + a / r) : 0.5;
    }
    const double e = std::exp(-beta * std::abs(a));  // logistic σ(βa), computed without overflow
    return a >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
}

double SmoothRelu::d2(double a) const {
    if (kind == SmoothReluKind::Sqrt) {
        const double s = a * a + delta;
        return s > 0.0 ? 0.5 * delta / (s * std::sqrt(s)) : 0.0;
    }
    const double p = d1(a);
    return beta * p * (1.0 - p);
}

std::string SmoothRelu::id() const {
    std::ostringstream os;
    if (kind == SmoothReluKind::Sqrt) {
        os << "sqrt";
        if (delta != 1e-6) os << ":" << delta;
    } else {
        os << "softplus:" << beta;
    }
    return os.str();
}

bool SmoothRelu::parse(const std::string& text, SmoothRelu& out) {
    const auto colon = text.find(':');
    const std::string head = text.substr(0, colon);
    double param = 0.0;
    const bool hasParam = colon != std::string::npos;
    if (hasParam) {
        const std::string num = text.substr(colon + 1);
        char* end = nullptr;
        param = std::strtod(num.c_str(), &end);
        if (num.empty() || end != num.c_str() + num.size() || !std::isfinite(param)) return false;
    }
    SmoothRelu r;
    if (head == "sqrt") {
        r.kind = SmoothReluKind::Sqrt;
        if (hasParam) r.delta = param;
        if (r.delta < 0.0) return false;
    } else if (head == "softplus") {
        r.kind = SmoothReluKind::Softplus;
        if (hasParam) r.beta = param;
        if (!(r.beta > 0.0)) return false;
    } else {
        return false;
    }
    out = r;
    return true;
}

}  // namespace smip
