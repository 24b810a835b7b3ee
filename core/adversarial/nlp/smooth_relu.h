#pragma once
// Smooth stand-ins for ReLU used by the local (Ipopt) attack formulations of the ReLU-formulation
// notebook (004, "ReLU Formulation Comparison"), with first and second derivatives for an exact
// Hessian.
#include <string>

namespace smip {

enum class SmoothReluKind {
    /// (a + √(a² + δ))/2. The seed (gurobi-ml "smooth") uses δ = 0, i.e. exactly ReLU and not
    /// differentiable at 0; we use δ = 1e-6 by default: error ≤ √δ/2 = 5e-4, curvature ≤ 1/(2√δ).
    Sqrt,
    /// log(1 + e^{βa})/β (the notebook's "soft" ReLU, β = 1 and 5): smooth, always above ReLU by
    /// up to log(2)/β, so a solution of the surrogate need not flip the real network.
    Softplus
};

struct SmoothRelu {
    SmoothReluKind kind = SmoothReluKind::Softplus;
    double beta = 1.0;    ///< Softplus sharpness (> 0)
    double delta = 1e-6;  ///< Sqrt smoothing (≥ 0; 0 = the notebook's non-smooth √(a²))

    double value(double a) const;
    double d1(double a) const;  ///< first derivative
    double d2(double a) const;  ///< second derivative (0 at a = 0 when δ = 0: a subgradient choice)

    /// Stable id: "sqrt" (default δ), "sqrt:<δ>", "softplus:<β>".
    std::string id() const;
    /// Parses "sqrt", "sqrt:1e-4", "softplus", "softplus:5"; false for anything else.
    static bool parse(const std::string& text, SmoothRelu& out);
};

}  // namespace smip
