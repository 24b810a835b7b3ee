#pragma once
// The Compare page's chart: fit error (max residual, log scale) against nonzeros. One path per
// regularizer (its λ sweep, in the regularizer's colour), and over them the exact frontier from the
// MILP as a step line — filled markers where proven, a dashed bar from bound to incumbent where
// the time limit ended first. ε = 0 is drawn at the axis floor (labelled in the legend).
#include <QChartView>
#include <vector>

#include "core/pareto/pareto.h"

namespace smip::ui {

class ParetoChart : public QChartView {
    Q_OBJECT
  public:
    explicit ParetoChart(QWidget* parent = nullptr);

    /// Redraws from the trained points and the frontier points so far. GUI thread.
    void setData(const std::vector<ParetoTrainedPoint>& trained,
                 const std::vector<ParetoFrontierPoint>& frontier);
    int pathCount() const { return paths_; }
    int frontierPointCount() const { return frontierPoints_; }
    /// Where ε = 0 and exact fits are drawn on the log axis.
    double floorX() const { return floor_; }

  protected:
    /// Right-click: export as PNG or SVG.
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    int paths_ = 0;
    int frontierPoints_ = 0;
    double floor_ = 1e-9;
};

}  // namespace smip::ui
