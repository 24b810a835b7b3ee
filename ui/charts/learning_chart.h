#pragma once
// Live view of what a MILP's incumbents have learned: train and test accuracy of each incumbent
// network (re-evaluated in double precision, not the solver's claim) and its size (nonzero weights,
// used units) against elapsed seconds, as step lines beside the solver's incumbent and bound. The
// first point is the start the search begins from.
#include <QWidget>
#include <vector>

namespace smip::ui {

class LiveLineChart;

/// One incumbent network's numbers; NaN test accuracy = no test data.
struct LearningPoint {
    double seconds = 0.0;
    double trainAccuracy = 0.0;  ///< 0..1
    double testAccuracy = 0.0;   ///< 0..1 or NaN
    int nonzeroWeights = 0;
    int usedUnits = 0;
};

class LearningChart : public QWidget {
    Q_OBJECT
  public:
    explicit LearningChart(QWidget* parent = nullptr);

    /// Clears both charts for a new solve. GUI thread.
    void reset();
    /// Adds incumbents in time order and redraws once.
    void addPoints(const std::vector<LearningPoint>& points);
    /// Extends every step line to `seconds` (the solve is still holding the last network).
    void extendTo(double seconds);
    int pointCount() const { return static_cast<int>(points_.size()); }
    const std::vector<LearningPoint>& points() const { return points_; }
    LiveLineChart* accuracyChart() const { return accuracy_; }
    LiveLineChart* sizeChart() const { return size_; }

  private:
    void redraw();
    LiveLineChart* accuracy_;
    LiveLineChart* size_;
    std::vector<LearningPoint> points_;
    double end_ = 0.0;
};

}  // namespace smip::ui
