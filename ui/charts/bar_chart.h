#pragma once
// A small categorical bar chart (e.g. nonzeros per trained regularizer vs the MILP optimum),
// wrapped so panels never touch Qt Charts types directly.
#include <QChartView>
#include <QColor>
#include <QStringList>
#include <QVector>

namespace smip::ui {

class BarChart : public QChartView {
    Q_OBJECT
  public:
    explicit BarChart(QWidget* parent = nullptr);

    struct Bar {
        QString label;
        double value = 0.0;
        QColor color;
    };
    /// Replaces the bars. GUI thread.
    void setBars(const QString& title, const QString& valueLabel, const QVector<Bar>& bars);
    int barCount() const { return count_; }

  protected:
    /// Right-click: export as PNG or SVG.
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    int count_ = 0;
};

}  // namespace smip::ui
