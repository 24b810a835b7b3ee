#include "core/miptrain/parity5.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace smip {

namespace {

Dataset draw(int n, double flip, std::mt19937_64& rng, const char* name) {
    Dataset d;
    d.name = name;
    d.task = TaskKind::Classification;
    d.classNames = {"even", "odd"};
    d.featureNames = {"b1", "b2", "b3", "b4", "b5"};
    d.targetName = "parity135";
    d.X.resize(n, 5);
    d.y.resize(n);
    std::uniform_int_distribution<int> pattern(0, 31);
    for (int r = 0; r < n; ++r) {
        const int p = pattern(rng);
        for (int j = 0; j < 5; ++j)
            d.X(r, j) = (p >> (4 - j)) & 1;
        d.y(r) = static_cast<int>(d.X(r, 0) + d.X(r, 2) + d.X(r, 4)) % 2;
    }
    std::vector<int> idx(static_cast<std::size_t>(n));
    std::iota(idx.begin(), idx.end(), 0);
    std::shuffle(idx.begin(), idx.end(), rng);
    const auto flips = static_cast<std::size_t>(std::lround(flip * n));
    for (std::size_t i = 0; i < flips; ++i)
        d.y(idx[i]) = 1.0 - d.y(idx[i]);
    return d;
}

}  // namespace

Parity5Data generateParity5(int trainSize, int testSize, double flipFraction, std::uint64_t seed) {
    if (trainSize < 0 || testSize < 0) throw std::invalid_argument("sizes must be non-negative");
    if (!(flipFraction >= 0.0 && flipFraction <= 1.0))
        throw std::invalid_argument("the flip fraction must be in [0, 1]");
    std::mt19937_64 rng(seed);
    Parity5Data out;
    out.train = draw(trainSize, flipFraction, rng, "parity5 (train)");
    out.test = draw(testSize, flipFraction, rng, "parity5 (test)");
    return out;
}

}  // namespace smip
