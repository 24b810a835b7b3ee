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
    const bool byClass = stratify && data.task == TaskKind::Classification && data.classes() > 0;
    const int groups = byClass ? data.classes() : 1;
    std::vector<std::vector<int>> members(static_cast<std::size_t>(groups));
    for (int i = 0; i < n; ++i) {
        const int g = byClass ? std::clamp(static_cast<int>(data.y(i)), 0, groups - 1) : 0;
        members[static_cast<std::size_t>(g)].push_back(i);
    }
    // Largest-remainder apportionment of nTest over the groups (ties: lower class id first).
    std::vector<int> quota(static_cast<std::size_t>(groups));
    std::vector<std::pair<double, int>> remainders;
    int assigned = 0;
    for (int g = 0; g < groups; ++g) {
        const double exact =
            n > 0 ? static_cast<double>(nTest) * static_cast<double>(members[g].size()) / n : 0.0;
        quota[g] = static_cast<int>(std::floor(exact));
        assigned += quota[g];
        remainders.emplace_back(-(exact - quota[g]), g);
    }
    std::sort(remainders.begin(), remainders.end());
    for (std::size_t k = 0; assigned < nTest && k < remainders.size(); ++k, ++assigned)
        ++quota[static_cast<std::size_t>(remainders[k].second)];

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
