#include "core/miptrain/weighted_samples.h"

#include <cmath>
#include <map>

namespace smip {

WeightedSamples unitSamples(const Eigen::MatrixXd& X, const std::vector<int>& label, int classes) {
    WeightedSamples s;
    s.X = X;
    s.label = label;
    s.weight = Eigen::VectorXd::Ones(X.rows());
    s.classes = classes;
    return s;
}

WeightedSamples aggregateSamples(const Eigen::MatrixXd& X, const std::vector<int>& label,
                                 int classes, const Eigen::VectorXd& weight) {
    // Keyed by the exact bit pattern of the row (no tolerance: merging must stay exact).
    std::map<std::pair<std::vector<double>, int>, int> index;
    std::vector<int> first;
    std::vector<double> w;
    for (Eigen::Index n = 0; n < X.rows(); ++n) {
        std::vector<double> key(static_cast<std::size_t>(X.cols()));
        for (Eigen::Index j = 0; j < X.cols(); ++j)
            key[static_cast<std::size_t>(j)] = X(n, j);
        const double wn = weight.size() ? weight(n) : 1.0;
        auto [it, inserted] = index.try_emplace(
            {std::move(key), label[static_cast<std::size_t>(n)]}, static_cast<int>(first.size()));
        if (inserted) {
            first.push_back(static_cast<int>(n));
            w.push_back(wn);
        } else {
            w[static_cast<std::size_t>(it->second)] += wn;
        }
    }
    WeightedSamples s;
    s.classes = classes;
    s.X.resize(static_cast<Eigen::Index>(first.size()), X.cols());
    s.weight.resize(static_cast<Eigen::Index>(first.size()));
    for (std::size_t r = 0; r < first.size(); ++r) {
        s.X.row(static_cast<Eigen::Index>(r)) = X.row(first[r]);
        s.label.push_back(label[static_cast<std::size_t>(first[r])]);
        s.weight(static_cast<Eigen::Index>(r)) = w[r];
    }
    return s;
}

WeightedSamples aggregateDataset(const Dataset& data) {
    std::vector<int> y(static_cast<std::size_t>(data.samples()));
    for (int n = 0; n < data.samples(); ++n)
        y[static_cast<std::size_t>(n)] = static_cast<int>(std::lround(data.y(n)));
    return aggregateSamples(data.X, y, data.classes());
}

WeightedSamples selectSamples(const WeightedSamples& s, const std::vector<int>& rows) {
    WeightedSamples out;
    out.classes = s.classes;
    out.X.resize(static_cast<Eigen::Index>(rows.size()), s.X.cols());
    out.weight.resize(static_cast<Eigen::Index>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out.X.row(static_cast<Eigen::Index>(r)) = s.X.row(rows[r]);
        out.weight(static_cast<Eigen::Index>(r)) = s.weight(rows[r]);
        out.label.push_back(s.label[static_cast<std::size_t>(rows[r])]);
    }
    return out;
}

}  // namespace smip
