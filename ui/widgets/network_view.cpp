#include "ui/widgets/network_view.h"

#include <QContextMenuEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "ui/charts/chart_export.h"

namespace smip::ui {

namespace {
const QColor kPositive(33, 102, 172);
const QColor kNegative(200, 60, 50);
}  // namespace

NetworkView::NetworkView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(240, 200);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void NetworkView::setNetwork(const ShallowReluNet& net, double eps) {
    net_ = net;
    eps_ = eps;
    update();
}

void NetworkView::setCaption(const QString& caption) {
    caption_ = caption;
    update();
}

void NetworkView::clear() {
    net_ = ShallowReluNet();
    update();
}

void NetworkView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(0, 2, width(), fm.height() + 2), Qt::AlignCenter, caption_);
    const int K = net_.width(), d = net_.inputs();
    if (K == 0 || d == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("No network yet"));
        return;
    }
    const QRectF area = QRectF(rect()).adjusted(36, fm.height() + 14, -36, -12);
    const double xIn = area.left(), xHid = area.center().x(), xOut = area.right();
    auto yAt = [&](int i, int n) {
        return n == 1 ? area.center().y() : area.top() + area.height() * i / double(n - 1);
    };
    // Path products v_k·w_kj decide what is drawn: the function depends only on them.
    const Eigen::MatrixXd paths = net_.v.asDiagonal() * net_.W;
    const double maxIn = std::max(paths.cwiseAbs().maxCoeff(), 1e-12);
    const double maxOut = std::max(net_.v.cwiseAbs().maxCoeff(), 1e-12);
    std::vector<bool> alive(K);
    for (int k = 0; k < K; ++k)
        alive[k] =
            paths.row(k).cwiseAbs().maxCoeff() > eps_ || std::abs(net_.v(k) * net_.b(k)) > eps_;
    const double rNode = std::clamp(area.height() / (2.6 * std::max(K, d)), 3.0, 12.0);

    for (int k = 0; k < K; ++k) {
        const QPointF h(xHid, yAt(k, K));
        for (int j = 0; j < d; ++j) {
            const double pj = paths(k, j);
            if (std::abs(pj) <= eps_) continue;  // zero path: hidden
            QColor c = net_.W(k, j) >= 0 ? kPositive : kNegative;
            c.setAlphaF(0.35 + 0.65 * std::abs(pj) / maxIn);
            p.setPen(QPen(c, 0.6 + 4.4 * std::abs(pj) / maxIn));
            p.drawLine(QPointF(xIn, yAt(j, d)), h);
        }
        if (alive[k] && std::abs(net_.v(k)) > eps_) {
            QColor c = net_.v(k) >= 0 ? kPositive : kNegative;
            c.setAlphaF(0.35 + 0.65 * std::abs(net_.v(k)) / maxOut);
            p.setPen(QPen(c, 0.6 + 4.4 * std::abs(net_.v(k)) / maxOut));
            p.drawLine(h, QPointF(xOut, area.center().y()));
        }
    }
    p.setPen(QPen(palette().color(QPalette::Text), 1.2));
    for (int j = 0; j < d; ++j) {
        p.setBrush(QColor(230, 230, 230));
        p.drawEllipse(QPointF(xIn, yAt(j, d)), rNode, rNode);
        if (d <= 24)
            p.drawText(QRectF(0, yAt(j, d) - fm.height() / 2.0, xIn - rNode - 2, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("x%1").arg(j + 1));
    }
    for (int k = 0; k < K; ++k) {
        const QPointF h(xHid, yAt(k, K));
        p.setBrush(alive[k] ? QColor(255, 210, 120) : Qt::NoBrush);
        p.setPen(QPen(alive[k] ? palette().color(QPalette::Text) : QColor(160, 160, 160), 1.2));
        p.drawEllipse(h, rNode, rNode);
        if (!alive[k]) {  // dead unit: crossed out
            const double s = rNode * 0.7;
            p.drawLine(h + QPointF(-s, -s), h + QPointF(s, s));
            p.drawLine(h + QPointF(-s, s), h + QPointF(s, -s));
        }
    }
    p.setPen(QPen(palette().color(QPalette::Text), 1.2));
    p.setBrush(QColor(150, 200, 150));
    p.drawEllipse(QPointF(xOut, area.center().y()), rNode + 2, rNode + 2);
    p.drawText(QRectF(xOut + rNode + 4, area.center().y() - fm.height() / 2.0, 30, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("ŷ"));
}

void NetworkView::contextMenuEvent(QContextMenuEvent* event) {
    runChartExportMenu(this, windowTitle(), event->globalPos());
}

}  // namespace smip::ui
