#pragma once
// A line chart for live data. Panels never touch QLineSeries directly: Qt Charts is deprecated from
// Qt 6.10, and its per-point append() emits a signal per point (far slower than one replace() per
// tick; see docs/benchmarks/README.md). Points are kept in our own lists and pushed with one
// replace() per series per flush(); long histories are thinned so a whole run stays visible.
#include <QChartView>
#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <limits>
#include <vector>

#include "ui/charts/column_envelope.h"

class QChart;
class QAreaSeries;
class QLineSeries;
class QValueAxis;
class QLogValueAxis;
class QAbstractAxis;
class QGraphicsLineItem;

namespace smip::ui {

class LiveLineChart : public QChartView {
    Q_OBJECT
  public:
    enum class YScale { Linear, Log };
    enum class Style { Line, Step };

    explicit LiveLineChart(QWidget* parent = nullptr);

    /// Sets the title and axis labels (already translated). GUI thread.
    void setLabels(const QString& title, const QString& xLabel, const QString& yLabel);
    void setYScale(YScale scale);
    /// Adds (or renames) a series with a stable key. GUI thread.
    void addSeries(const QString& key, const QString& name, const QColor& color,
                   Style style = Style::Line, bool dashed = false);
    void removeAllSeries();
    /// Queues points for a series; they are shown at the next flush(). GUI thread.
    void appendPoints(const QString& key, const QList<QPointF>& points);
    /// Replaces all points of a series (shown at the next flush()).
    void setPoints(const QString& key, const QList<QPointF>& points);
    /// Pushes queued points to the chart: one replace() per changed series, axes rescaled.
    void flush();
    /// Clears every series' points (series stay).
    void clearPoints();
    /// Number of points currently held for a series (after thinning).
    int pointCount(const QString& key) const;
    /// Total points ever appended to a series (before thinning): nothing is lost silently.
    qint64 receivedCount(const QString& key) const;
    /// Horizontal reference line (e.g. a known optimum); NaN removes it.
    void setReferenceLine(const QString& key, const QString& name, double y, const QColor& color);

    /// A vertical cursor at x (e.g. the replayed epoch) over the plot; NaN hides it. GUI thread.
    void setXCursor(double x);
    double xCursor() const { return cursorX_; }

    /// Envelope mode, for series that oscillate over orders of magnitude (the ℓp runs' MSE): each
    /// series is drawn as a band from the true minimum to the true maximum per column of x (all
    /// points ever received, not the thinned ones) and a line through the median of its kept
    /// points per column. GUI thread.
    void setEnvelope(bool on);
    bool envelope() const { return envelope_; }
    /// The band's columns of a series: x range, minimum and maximum (empty when none).
    std::vector<ColumnEnvelope::Column> envelopeColumns(const QString& key) const;

    /// Renders the chart to PNG or SVG. Returns an empty string on success, else an error.
    QString exportImage(const QString& path) const;

  protected:
    /// Right-click: export as PNG or SVG.
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    struct Track {
        QLineSeries* series = nullptr;
        QList<QPointF> points;  // what is shown (thinned); step style expanded at flush
        qint64 received = 0;
        bool dirty = false;
        Style style = Style::Line;
        ColumnEnvelope extremes;      // every received point, per column of x
        QAreaSeries* band = nullptr;  // envelope mode: minimum to maximum
    };
    QList<QPointF> medianLine(const Track& track) const;
    void drawBand(Track& track);
    void thin(Track& track);
    void rescaleAxes();
    void rebuildYAxis();
    void placeCursor();

    QChart* chart_ = nullptr;
    QValueAxis* xAxis_ = nullptr;
    QAbstractAxis* yAxis_ = nullptr;
    YScale yScale_ = YScale::Linear;
    QHash<QString, Track> tracks_;
    QStringList order_;
    QString yLabel_;
    QGraphicsLineItem* cursor_ = nullptr;  // a child of the chart: drawn and exported with it
    double cursorX_ = std::numeric_limits<double>::quiet_NaN();
    bool envelope_ = false;
};

}  // namespace smip::ui
