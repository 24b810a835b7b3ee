#pragma once
// The true minimum and maximum of a long series per column of x, kept as points arrive (a
// chart's own list is thinned by dropping points, which loses the extremes of an oscillating run).
// A fixed number of bins over [x0, x0 + width·bins); when a point falls beyond, neighbouring bins
// merge pairwise and the width doubles, so memory stays fixed and nothing is lost.
#include <cmath>
#include <limits>
#include <vector>

namespace smip::ui {

class ColumnEnvelope {
  public:
    explicit ColumnEnvelope(int bins = 256) : low_(bins, kNone), high_(bins, -kNone) {}

    void clear() {
        std::fill(low_.begin(), low_.end(), kNone);
        std::fill(high_.begin(), high_.end(), -kNone);
        x0_ = std::numeric_limits<double>::quiet_NaN();
        width_ = 1.0;
    }

    /// Adds one point; non-finite y (and, with `positiveOnly`, y ≤ 0) is ignored.
    void add(double x, double y, bool positiveOnly) {
        if (!std::isfinite(x) || !std::isfinite(y) || (positiveOnly && y <= 0.0)) return;
        if (std::isnan(x0_)) x0_ = x;
        if (x < x0_) return;  // series arrive in x order; an earlier x has no column
        int i = static_cast<int>((x - x0_) / width_);
        while (i >= static_cast<int>(low_.size())) {
            mergePairs();
            i = static_cast<int>((x - x0_) / width_);
        }
        low_[i] = std::min(low_[i], y);
        high_[i] = std::max(high_[i], y);
    }

    struct Column {
        double x0, x1, low, high;
    };
    /// The columns that hold points, in x order.
    std::vector<Column> columns() const {
        std::vector<Column> out;
        for (std::size_t i = 0; i < low_.size(); ++i)
            if (low_[i] <= high_[i])
                out.push_back(
                    {x0_ + width_ * double(i), x0_ + width_ * double(i + 1), low_[i], high_[i]});
        return out;
    }

  private:
    static constexpr double kNone = std::numeric_limits<double>::infinity();

    void mergePairs() {
        const std::size_t n = low_.size();
        for (std::size_t i = 0; i < n / 2; ++i) {
            low_[i] = std::min(low_[2 * i], low_[2 * i + 1]);
            high_[i] = std::max(high_[2 * i], high_[2 * i + 1]);
        }
        std::fill(low_.begin() + static_cast<long>(n / 2), low_.end(), kNone);
        std::fill(high_.begin() + static_cast<long>(n / 2), high_.end(), -kNone);
        width_ *= 2.0;
    }

    std::vector<double> low_, high_;
    double x0_ = std::numeric_limits<double>::quiet_NaN();
    double width_ = 1.0;
};

}  // namespace smip::ui
