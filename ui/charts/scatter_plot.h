#pragma once
// A painted 2-D scatter plot: points colored by class (legend) or by a continuous value (color
// bar), with optional background image (decision regions) and line segments (perceptron lines).
// Painted directly rather than with Qt Charts so per-point colors and heatmaps stay cheap.
#include <QImage>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace smip::ui {

class ScatterPlot : public QWidget {
    Q_OBJECT
  public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    /// Points with a class id each (0..classNames.size()-1). GUI thread.
    void setClassPoints(const QVector<QPointF>& points, const QVector<int>& classes,
                        const QStringList& classNames);
    /// Points colored by a continuous value (a blue→red color bar is drawn).
    void setValuePoints(const QVector<QPointF>& points, const QVector<double>& values);
    /// A second point set drawn hollow (e.g. test samples), same class coloring.
    void setHollowPoints(const QVector<QPointF>& points, const QVector<int>& classes);
    void setAxisLabels(const QString& x, const QString& y);
    void setTitle(const QString& title);
    /// Background image covering `extent` in data coordinates (computed off the GUI thread).
    void setBackground(const QImage& image, const QRectF& extent);
    void setLines(const QVector<QLineF>& lines);
    void clear();

    /// Color used for class `c` (shared with legends elsewhere).
    static QColor classColor(int c);

  protected:
    void paintEvent(QPaintEvent* event) override;
    /// Right-click: export as PNG or SVG.
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    QRectF dataBounds() const;
    QVector<QPointF> points_, hollow_;
    QVector<int> classes_, hollowClasses_;
    QVector<double> values_;
    QStringList classNames_;
    QString xLabel_, yLabel_, title_;
    QImage background_;
    QRectF backgroundExtent_;
    QVector<QLineF> lines_;
};

}  // namespace smip::ui
