#include "core/data/shape_generators.h"

#include <cmath>
#include <numbers>
#include <random>

#include "core/data/random_draws.h"

namespace smip {
namespace {

constexpr double kPi = std::numbers::pi;

int classCount(Shape2D shape) {
    return shape == Shape2D::Blobs ? 3 : 2;
}

// One sample: writes the point into (x1, x2) and returns its class.
int drawSample(Shape2D shape, int i, double noise, std::mt19937_64& rng, double& x1, double& x2) {
    switch (shape) {
        case Shape2D::Corner:
        case Shape2D::Xor: {
            x1 = uniformIn(rng, -1.0, 1.0);
            x2 = uniformIn(rng, -1.0, 1.0);
            // Label noise: the class is read at a jittered copy of the point, so labels flip only
            // near the boundary and the features stay inside the unit square.
            const double p1 = x1 + noise * standardNormal(rng);
            const double p2 = x2 + noise * standardNormal(rng);
            if (shape == Shape2D::Corner) return (p1 < 0.0 && p2 > 0.0) ? 1 : 0;  // upper left
            return (p1 * p2 < 0.0) ? 1 : 0;
        }
        case Shape2D::Spiral: {
            // Two interleaved arms of 1.75 turns; arm c is arm 0 rotated by π.
            const int c = i % 2;
            const double t = 0.1 + 0.9 * uniform01(rng);
            const double angle = 3.5 * kPi * t + c * kPi;
            x1 = t * std::cos(angle) + noise * standardNormal(rng);
            x2 = t * std::sin(angle) + noise * standardNormal(rng);
            return c;
        }
        case Shape2D::Circles: {
            const int c = i % 2;  // 0 = outer circle (radius 1), 1 = inner circle (radius 0.5)
            const double angle = 2.0 * kPi * uniform01(rng);
            const double radius = c == 0 ? 1.0 : 0.5;
            x1 = radius * std::cos(angle) + noise * standardNormal(rng);
            x2 = radius * std::sin(angle) + noise * standardNormal(rng);
            return c;
        }
        case Shape2D::Moons: {
            // scikit-learn's make_moons layout, shifted so the pair is centred at the origin.
            const int c = i % 2;
            const double angle = kPi * uniform01(rng);
            const double bx = c == 0 ? std::cos(angle) : 1.0 - std::cos(angle);
            const double by = c == 0 ? std::sin(angle) : 0.5 - std::sin(angle);
            x1 = bx - 0.5 + noise * standardNormal(rng);
            x2 = by - 0.25 + noise * standardNormal(rng);
            return c;
        }
        case Shape2D::Blobs: {
            const int c = i % 3;
            const double angle = kPi / 2.0 + c * 2.0 * kPi / 3.0;
            x1 = 0.6 * std::cos(angle) + noise * standardNormal(rng);
            x2 = 0.6 * std::sin(angle) + noise * standardNormal(rng);
            return c;
        }
    }
    return 0;
}

}  // namespace

std::optional<Shape2D> shapeFromName(const std::string& name) {
    for (Shape2D s : {Shape2D::Corner, Shape2D::Spiral, Shape2D::Xor, Shape2D::Circles,
                      Shape2D::Moons, Shape2D::Blobs})
        if (shapeName(s) == name) return s;
    return std::nullopt;
}

std::string shapeName(Shape2D shape) {
    switch (shape) {
        case Shape2D::Corner:
            return "corner";
        case Shape2D::Spiral:
            return "spiral";
        case Shape2D::Xor:
            return "xor";
        case Shape2D::Circles:
            return "circles";
        case Shape2D::Moons:
            return "moons";
        case Shape2D::Blobs:
            return "blobs";
    }
    return "corner";
}

Dataset generateShape(Shape2D shape, int n, double noise, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Dataset data;
    data.name = shapeName(shape);
    data.task = TaskKind::Classification;
    data.featureNames = {"x1", "x2"};
    data.targetName = "label";
    for (int c = 0; c < classCount(shape); ++c)
        data.classNames.push_back(std::to_string(c));
    data.X.resize(n, 2);
    data.y.resize(n);
    for (int i = 0; i < n; ++i) {
        double x1 = 0.0, x2 = 0.0;
        data.y(i) = drawSample(shape, i, noise, rng, x1, x2);
        data.X(i, 0) = x1;
        data.X(i, 1) = x2;
    }
    return data;
}

}  // namespace smip
