#pragma once
// The Study view's chart: nonzeros against N, one line per method (the mean over the instances
// of each N) with a min–max bar at every N, the MILP's optimum as its own heavier series, and in
// each legend entry how often that regularizer reached the proven optimum.
#include <QChartView>
#include <vector>

#include "core/sweep/sweep_result.h"

namespace smip::ui {

class SweepSummaryChart : public QChartView {
    Q_OBJECT
  public:
    explicit SweepSummaryChart(QWidget* parent = nullptr);

    /// Redraws from every result so far (any order; one kind and d mixed are grouped by N only).
    /// GUI thread.
    void setResults(const std::vector<SweepInstanceResult>& results);
    /// Methods drawn (legend order) and, per method, the N values with a mean.
    int methodCount() const { return static_cast<int>(methods_.size()); }
    int pointCount(int method) const;

  protected:
    /// Right-click: export as PNG or SVG.
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    std::vector<std::vector<double>> methods_;  // per method, the N values drawn
};

}  // namespace smip::ui
