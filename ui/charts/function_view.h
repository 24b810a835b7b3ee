#pragma once
// The function each network computes, drawn over its data. One input: the data points and one
// curve per network over x, its ReLU kinks (x = −b_k/w_k of the units with a path) marked on the
// curve. Two inputs: a heat map of the selected network's output with the contour at the mean of
// y and the data points on top. More inputs: a text saying the view needs one or two.
//
// Curves and the heat map are evaluated on fixed grids into buffers sized once per network
// (core/nn/net_function.h): a live view redrawn at the poll clock's rate does not allocate per
// point. Painted directly (like ScatterPlot) so a redraw is one polyline per network.
#include <QColor>
#include <QImage>
#include <QLineF>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <vector>

#include "core/data/dataset.h"
#include "core/nn/net_function.h"

namespace smip::ui {

class FunctionView : public QWidget {
    Q_OBJECT
  public:
    enum class Mode { Empty, Line, Plane, TooManyInputs };
    static constexpr int kCurvePoints = 400;  ///< grid points of every 1-D curve
    static constexpr int kGridSize = 160;     ///< heat map cells per side (2-D)

    explicit FunctionView(QWidget* parent = nullptr);

    /// The data drawn under the networks; its feature count picks the mode and its range the
    /// plotted box (padded). Networks are kept (re-evaluated on the new box). GUI thread.
    void setData(const Dataset& data);
    void setTitle(const QString& title);
    /// Adds the network under `key` or replaces its weights, and re-evaluates it. `eps` is the
    /// path threshold below which a unit adds no kink. GUI thread.
    void setNetwork(const QString& key, const QString& name, const QColor& color,
                    const ShallowReluNet& net, double eps, bool dashed = false);
    void removeNetworks();
    /// The network shown as the heat map (2-D); an unknown key shows the first network.
    void setSelected(const QString& key);

    // What is drawn, for tests.
    Mode mode() const { return mode_; }
    /// The text shown instead of a plot (Empty, TooManyInputs); empty otherwise.
    QString message() const;
    QStringList curveKeys() const;
    /// 1-D: f on the kCurvePoints grid over box() (x0…x1); nullptr for an unknown key.
    const Eigen::VectorXd* curve(const QString& key) const;
    /// 1-D: the kinks marked for `key` (sorted, inside box()); nullptr for an unknown key.
    const std::vector<double>* breakpoints(const QString& key) const;
    PlotBox box() const { return box_; }
    /// 2-D: the key shown, its output on the kGridSize² grid (row 0 = top = box().y1) and the
    /// heat map image (same layout, one pixel per cell).
    QString shownKey() const;
    const Eigen::MatrixXd& heatValues() const { return heat_; }
    const QImage& heatImage() const { return heatImage_; }
    double contourLevel() const { return level_; }
    /// The contour at contourLevel() as segments in data coordinates.
    const std::vector<QLineF>& contour() const { return contour_; }
    /// The heat map's colour of `value` on a scale from lo (blue) over level (white) to hi (red).
    static QRgb heatColor(double value, double lo, double level, double hi);
    double colorLow() const { return colorLo_; }
    double colorHigh() const { return colorHi_; }

  protected:
    void paintEvent(QPaintEvent* event) override;
    /// Right-click: export as PNG or SVG.
    void contextMenuEvent(QContextMenuEvent* event) override;

  private:
    struct Track {
        QString key, name;
        QColor color;
        bool dashed = false;
        double eps = 1e-6;
        ShallowReluNet net;      // kept for re-evaluation (new box, new selection)
        Eigen::VectorXd values;  // 1-D curve, kCurvePoints
        std::vector<double> kinks;
    };
    Track* find(const QString& key);
    const Track* find(const QString& key) const;
    void evaluate(Track& track);
    void evaluateHeatMap(const Track& track);
    void traceContour();
    QRectF plotArea() const;
    void paintMessage(QPainter& p, const QString& text);
    void paintAxes(QPainter& p, const QRectF& area, double ylo, double yhi);
    void paintLine(QPainter& p);
    void paintPlane(QPainter& p);
    void paintLegend(QPainter& p, const QRectF& area);

    Mode mode_ = Mode::Empty;
    int inputs_ = 0;
    Eigen::MatrixXd X_;
    Eigen::VectorXd y_;
    PlotBox box_;
    double yLo_ = -1.0, yHi_ = 1.0;  // 1-D value axis (from the data, fixed while training)
    QString title_;
    std::vector<Track> tracks_;
    QString selected_;
    Eigen::MatrixXd heat_;
    QImage heatImage_;
    double level_ = 0.0;
    double colorLo_ = 0.0, colorHi_ = 1.0;
    std::vector<QLineF> contour_;  // cleared, not freed, on each re-trace
    QPolygonF polyline_;           // reused by every curve at paint time
};

}  // namespace smip::ui
