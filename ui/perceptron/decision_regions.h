#pragma once
// Pictures of a decoded 2-D perceptron network in the original data coordinates: the predicted
// class on a grid (decision regions, as a QImage for ScatterPlot's background) and each hidden
// unit's line ω·u(x) + b = 0, mapped back through the network's input transform u(x).
#include <QImage>
#include <QLineF>
#include <QRectF>
#include <QSize>
#include <QVector>

#include "core/perceptron/perceptron_net.h"

namespace smip::ui {

struct DecisionRegions {
    QImage image;           ///< row 0 = top of `extent` (largest y); Format_RGB32
    QRectF extent;          ///< data rectangle covered (left/top = x/y minimum)
    QVector<QLineF> lines;  ///< one long segment per hidden unit with nonzero weights
};

/// Evaluates `net` (2 inputs) on a `size` grid over `extent` and colors each pixel by the predicted
/// class (light class colors). Pure computation: call it off the GUI thread. A net with another
/// input count gives an empty result.
DecisionRegions computeDecisionRegions(const PerceptronNet& net, const QRectF& extent, QSize size);

/// Hidden unit lines in data coordinates as segments spanning `extent` (clipped by the plot).
/// Integer networks round their inputs, so their true boundaries are staircases: the line drawn
/// is the unrounded one through the steps' middle.
QVector<QLineF> perceptronLines(const PerceptronNet& net, const QRectF& extent);

/// Bounding rectangle of the rows of X (2 columns) with `pad` (fraction) of padding on each side.
QRectF paddedBounds(const Eigen::MatrixXd& X, double pad = 0.06);

}  // namespace smip::ui
