#include "core/data/dataset_split.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>
#include <string>

#include "core/data/random_draws.h"

namespace smip {
namespace {

// Fisher–Yates with the portable uniform draw (std::shuffle's output differs between libraries).
void shuffle(std::vector<int>& v, std::mt19937_64& rng) {
    for (std::size_t i = v.size(); i > 1; --i) {
        const auto j = static_cast<std::size_t>(uniform01(rng) * static_cast<double>(i));
        std::swap(v[i - 1], v[std::min(j, i - 1)]);
    }
}

// Largest-remainder apportionment of nTest over groups of the given sizes (ties: lower group
// first). Then every group of two or more gets a sample on each side where the totals allow it,
// taking the slot from the group rounded furthest the other way, so each quota stays within one
// of its exact share whenever possible (a class missing from one side cannot be evaluated).
std::vector<int> testQuotas(const std::vector<int>& sizes, int nTest) {
    const int groups = static_cast<int>(sizes.size());
    const int n = std::accumulate(sizes.begin(), sizes.end(), 0);
    std::vector<int> quota(sizes.size());
    std::vector<double> exact(sizes.size());
    std::vector<std::pair<double, int>> remainders;
    int assigned = 0;
    for (int g = 0; g < groups; ++g) {
        exact[g] = n > 0 ? static_cast<double>(nTest) * sizes[g] / n : 0.0;
        quota[g] = static_cast<int>(std::floor(exact[g]));
        assigned += quota[g];
        remainders.emplace_back(-(exact[g] - quota[g]), g);
    }
    std::sort(remainders.begin(), remainders.end());
    for (std::size_t k = 0; assigned < nTest && k < remainders.size(); ++k, ++assigned)
        ++quota[static_cast<std::size_t>(remainders[k].second)];

    // Gives group g one test sample more (needsTest) or one less, trading with the group whose
    // quota is furthest off the other way and can spare it; nothing when no group can.
    auto moveSlot = [&](int g, bool needsTest) {
        int best = -1;
        double bestExcess = -1e300;
        for (int h = 0; h < groups; ++h) {
            if (h == g) continue;
            const int keep = sizes[h] >= 2 ? 1 : 0;  // h keeps its own sample on each side
            const bool ok = needsTest ? quota[h] - 1 >= keep : sizes[h] - quota[h] - 1 >= keep;
            const double excess = needsTest ? quota[h] - exact[h] : exact[h] - quota[h];
            if (ok && excess > bestExcess) best = h, bestExcess = excess;
        }
        if (best < 0) return;
        quota[g] += needsTest ? 1 : -1;
        quota[best] += needsTest ? -1 : 1;
    };
    for (int g = 0; g < groups && nTest > 0 && nTest < n; ++g) {
        if (sizes[g] < 2) continue;
        if (quota[g] == 0) moveSlot(g, true);
        if (quota[g] == sizes[g]) moveSlot(g, false);
    }
    return quota;
}

}  // namespace

SplitIndices splitIndices(const Dataset& data, double testFraction, std::uint64_t seed,
                          bool stratify) {
    if (!(testFraction >= 0.0 && testFraction <= 1.0))
        throw std::invalid_argument("test fraction must be in [0, 1], got " +
                                    std::to_string(testFraction));
    const int n = data.samples();
    int nTest = static_cast<int>(std::lround(testFraction * n));
    if (testFraction > 0.0 && testFraction < 1.0 && n >= 2) nTest = std::clamp(nTest, 1, n - 1);

    // Groups: one per class when stratifying, otherwise everything in one group.
    const int classes = data.classes();
    const bool byClass = stratify && data.task == TaskKind::Classification && classes > 0;
    const int groups = byClass ? classes : 1;
    std::vector<std::vector<int>> members(static_cast<std::size_t>(groups));
    for (int i = 0; i < n; ++i) {
        const int g = byClass ? std::clamp(static_cast<int>(data.y(i)), 0, groups - 1) : 0;
        members[static_cast<std::size_t>(g)].push_back(i);
    }
    std::vector<int> sizes;
    for (const auto& m : members)
        sizes.push_back(static_cast<int>(m.size()));
    const std::vector<int> quota = testQuotas(sizes, nTest);

    std::mt19937_64 rng(seed);
    SplitIndices out;
    for (int g = 0; g < groups; ++g) {
        auto& m = members[static_cast<std::size_t>(g)];
        shuffle(m, rng);
        out.test.insert(out.test.end(), m.begin(), m.begin() + quota[g]);
        out.train.insert(out.train.end(), m.begin() + quota[g], m.end());
    }
    std::sort(out.train.begin(), out.train.end());
    std::sort(out.test.begin(), out.test.end());
    return out;
}

Dataset selectRows(const Dataset& data, const std::vector<int>& rows) {
    Dataset out;
    out.name = data.name;
    out.task = data.task;
    out.featureNames = data.featureNames;
    out.targetName = data.targetName;
    out.classNames = data.classNames;
    out.X.resize(static_cast<Eigen::Index>(rows.size()), data.X.cols());
    out.y.resize(static_cast<Eigen::Index>(rows.size()));
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const int r = rows[k];
        if (r < 0 || r >= data.samples())
            throw std::out_of_range("selectRows: index " + std::to_string(r) + " outside 0.." +
                                    std::to_string(data.samples() - 1));
        out.X.row(static_cast<Eigen::Index>(k)) = data.X.row(r);
        out.y(static_cast<Eigen::Index>(k)) = data.y(r);
    }
    return out;
}

DatasetSplit splitDataset(const Dataset& data, double testFraction, std::uint64_t seed,
                          bool stratify) {
    DatasetSplit split;
    split.indices = splitIndices(data, testFraction, seed, stratify);
    split.train = selectRows(data, split.indices.train);
    split.test = selectRows(data, split.indices.test);
    split.train.name = data.name + " (train)";
    split.test.name = data.name + " (test)";
    return split;
}

}  // namespace smip
