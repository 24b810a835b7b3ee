#include "core/data/line_generators.h"

#include <cmath>
#include <numbers>
#include <random>

#include "core/data/random_draws.h"

namespace smip {
namespace {

Dataset lineShell(const char* name, int n) {
    Dataset data;
    data.name = name;
    data.task = TaskKind::Regression;
    data.featureNames = {"x1"};
    data.X.resize(n, 1);
    data.y.resize(n);
    return data;
}

void addNoise(Dataset& data, double noise, std::mt19937_64& rng) {
    for (Eigen::Index i = 0; i < data.y.size(); ++i)
        data.y(i) += noise * standardNormal(rng);
}

Dataset kinks(int n, double noise, std::uint64_t seed, TeacherNet* planted) {
    std::mt19937_64 rng(seed);
    Dataset data = lineShell("kinks", n);
    for (int i = 0; i < n; ++i)
        data.X(i, 0) = uniformIn(rng, -1.0, 1.0);
    // Unit slopes ±1 and output weights of size 0.5…1.5 keep every kink visible; kinks stay inside
    // (-0.8, 0.8) so random samples land on both sides of each.
    TeacherNet net;
    net.W.resize(1, kKinkUnits);
    net.b.resize(kKinkUnits);
    net.v.resize(kKinkUnits);
    for (int k = 0; k < kKinkUnits; ++k) {
        const double slope = uniform01(rng) < 0.5 ? -1.0 : 1.0;
        const double kink = uniformIn(rng, -0.8, 0.8);
        const double size = uniformIn(rng, 0.5, 1.5);
        net.W(0, k) = slope;
        net.b(k) = -slope * kink;
        net.v(k) = uniform01(rng) < 0.5 ? -size : size;
    }
    data.y = evaluateTeacher(net, data.X);
    addNoise(data, noise, rng);
    if (planted) *planted = std::move(net);
    return data;
}

Dataset sine(int n, double noise, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    Dataset data = lineShell("sine", n);
    for (int i = 0; i < n; ++i) {
        data.X(i, 0) = uniformIn(rng, -1.0, 1.0);
        data.y(i) = std::sin(std::numbers::pi * data.X(i, 0));
    }
    addNoise(data, noise, rng);
    return data;
}

Dataset bump() {
    // The smallest data on which the sparsest exact fit needs several kinks: flat, up, flat, down.
    Dataset data = lineShell("bump", 6);
    const double y[] = {0, 0, 1, 1, 0, 0};
    for (int i = 0; i < 6; ++i) {
        data.X(i, 0) = i - 2;
        data.y(i) = y[i];
    }
    return data;
}

}  // namespace

std::optional<Line1D> lineFromName(const std::string& name) {
    if (name == "random1d") return Line1D::Random;
    if (name == "kinks") return Line1D::Kinks;
    if (name == "sine") return Line1D::Sine;
    if (name == "bump") return Line1D::Bump;
    return std::nullopt;
}

Dataset generateLine(Line1D kind, int n, double noise, std::uint64_t seed, TeacherNet* planted) {
    switch (kind) {
        case Line1D::Random: {
            Dataset data = generateRandom(n, 1, seed);
            data.name = "random1d";
            return data;
        }
        case Line1D::Kinks:
            return kinks(n, noise, seed, planted);
        case Line1D::Sine:
            return sine(n, noise, seed);
        case Line1D::Bump:
            return bump();
    }
    return {};
}

}  // namespace smip
