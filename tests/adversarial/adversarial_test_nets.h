#pragma once
// Networks shared by the tests of core/adversarial and core/adversarial/nlp (the attack
// formulations).
#include <Eigen/Dense>
#include <cstdint>
#include <random>
#include <vector>

#include "core/mlp/mlp_classifier.h"

namespace smip::test {

/// A seeded random classifier with biases uniform in [−biasRange, biasRange] (randomInit's are
/// zero), so that ReLUs are active on some inputs and inactive on others.
inline MlpClassifier randomNet(const std::vector<int>& sizes, std::uint64_t seed,
                               double biasRange = 0.3) {
    MlpClassifier net = MlpClassifier::randomInit(sizes, seed);
    std::mt19937_64 rng(seed + 100);
    std::uniform_real_distribution<double> u(-biasRange, biasRange);
    for (auto& b : net.biases)
        for (Eigen::Index i = 0; i < b.size(); ++i)
            b(i) = u(rng);
    return net;
}

}  // namespace smip::test
