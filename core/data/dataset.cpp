#include "core/data/dataset.h"

#include <algorithm>
#include <cmath>

namespace smip {

int Dataset::classes() const {
    if (!classNames.empty() || task != TaskKind::Classification) return int(classNames.size());
    double top = -1.0;
    for (Eigen::Index i = 0; i < y.size(); ++i)
        if (std::isfinite(y(i))) top = std::max(top, y(i));
    return top >= 0.0 ? static_cast<int>(top) + 1 : 0;
}

Eigen::VectorXi classLabels(const Dataset& data) {
    return data.y.cast<int>();
}

std::string validateDataset(const Dataset& data) {
    const Eigen::Index n = data.X.rows(), d = data.X.cols();
    if (n < 1) return "the dataset has no samples";
    if (d < 1) return "the dataset has no features";
    if (data.y.size() != n)
        return "the dataset has " + std::to_string(n) + " samples but " +
               std::to_string(data.y.size()) + " targets";
    if (static_cast<Eigen::Index>(data.featureNames.size()) != d)
        return "the dataset has " + std::to_string(d) + " features but " +
               std::to_string(data.featureNames.size()) + " feature names";
    for (Eigen::Index j = 0; j < d; ++j)
        for (Eigen::Index i = 0; i < n; ++i)
            if (!std::isfinite(data.X(i, j)))
                return "sample " + std::to_string(i + 1) + ", feature " + std::to_string(j + 1) +
                       " is not a finite number";
    for (Eigen::Index i = 0; i < n; ++i)
        if (!std::isfinite(data.y(i)))
            return "the target of sample " + std::to_string(i + 1) + " is not a finite number";
    if (data.task == TaskKind::Regression) {
        if (!data.classNames.empty()) return "a regression dataset has class names";
        return {};
    }
    const int classes = data.classes();
    if (classes < 1) return "a classification dataset needs at least one class name";
    for (Eigen::Index i = 0; i < n; ++i) {
        const double c = data.y(i);
        if (c != std::floor(c) || c < 0 || c >= classes)
            return "the class id of sample " + std::to_string(i + 1) + " is not an integer in 0.." +
                   std::to_string(classes - 1);
    }
    return {};
}

}  // namespace smip
