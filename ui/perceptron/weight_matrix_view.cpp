#include "ui/perceptron/weight_matrix_view.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace smip::ui {

WeightMatrixView::WeightMatrixView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(260, 200);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void WeightMatrixView::setWeights(const Eigen::MatrixXd& W, const QStringList& featureNames,
                                  const QVector<bool>& usedRows) {
    W_ = W;
    names_ = featureNames;
    used_ = usedRows;
    update();
}

void WeightMatrixView::setTitle(const QString& title) {
    title_ = title;
    update();
}

void WeightMatrixView::clear() {
    W_.resize(0, 0);
    names_.clear();
    used_.clear();
    update();
}

QColor WeightMatrixView::signedColor(double v, double maxAbs) {
    if (!(maxAbs > 0.0) || v == 0.0) return Qt::white;
    // sqrt keeps small nonzero weights visibly tinted: "uses the feature" matters more than size.
    const double t = std::sqrt(std::min(1.0, std::abs(v) / maxAbs));
    const QColor end = v > 0 ? QColor(200, 30, 40) : QColor(30, 90, 200);
    auto mix = [t](int e) {
        return static_cast<int>(std::lround(255 + (e - 255) * (0.15 + 0.85 * t)));
    };
    return QColor(mix(end.red()), mix(end.green()), mix(end.blue()));
}

void WeightMatrixView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(0, 2, width(), fm.height() + 4), Qt::AlignCenter, title_);
    p.setFont(font());
    const int n = static_cast<int>(W_.rows()), m = static_cast<int>(W_.cols());
    if (n == 0 || m == 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("No network yet."));
        return;
    }
    // Margins: unit labels on the left, rotated feature names below, a color bar on the right.
    int nameWidth = 0;
    for (const QString& s : names_)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(s));
    nameWidth = std::min(nameWidth, 140);
    const int left = fm.horizontalAdvance(tr("unit %1 ✕").arg(n)) + 12;
    const QRect area = rect().adjusted(left, fm.height() * 2 + 6, -70, -(nameWidth + 14));
    if (area.width() < 20 || area.height() < 20) return;
    const double cw = std::min(60.0, double(area.width()) / m);
    const double ch = std::min(56.0, double(area.height()) / n);
    const QRectF grid(area.left(), area.top(), cw * m, ch * n);
    const double maxAbs = W_.cwiseAbs().maxCoeff();
    const bool numbers =
        cw >= fm.horizontalAdvance(QStringLiteral("-0.00")) + 4 && ch >= fm.height();
    for (int i = 0; i < n; ++i) {
        const bool used = used_.isEmpty() || (i < used_.size() && used_[i]);
        for (int j = 0; j < m; ++j) {
            const QRectF cell(grid.left() + j * cw, grid.top() + i * ch, cw, ch);
            QColor c = signedColor(W_(i, j), maxAbs);
            if (!used) c = QColor::fromHsv(c.hue(), c.saturation() / 4, c.value());
            p.fillRect(cell, c);
            if (numbers && W_(i, j) != 0.0) {
                p.setPen(used ? text : QColor(150, 150, 150));
                p.drawText(cell, Qt::AlignCenter, QString::number(W_(i, j), 'g', 2));
            }
        }
        p.setPen(used ? text : QColor(150, 150, 150));
        p.drawText(QRectF(0, grid.top() + i * ch, left - 6, ch), Qt::AlignRight | Qt::AlignVCenter,
                   used ? tr("unit %1").arg(i + 1) : tr("unit %1 ✕").arg(i + 1));
    }
    // Cell borders keep zero (white) cells visible as cells.
    p.setPen(QPen(QColor(0, 0, 0, 45), 1));
    for (int i = 0; i <= n; ++i)
        p.drawLine(QPointF(grid.left(), grid.top() + i * ch),
                   QPointF(grid.right(), grid.top() + i * ch));
    for (int j = 0; j <= m; ++j)
        p.drawLine(QPointF(grid.left() + j * cw, grid.top()),
                   QPointF(grid.left() + j * cw, grid.bottom()));
    // Feature names, rotated so long names and many columns fit.
    p.setPen(text);
    for (int j = 0; j < m; ++j) {
        const QString name = j < names_.size() ? names_[j] : QStringLiteral("x%1").arg(j + 1);
        p.save();
        p.translate(grid.left() + (j + 0.5) * cw + fm.ascent() / 2.0, grid.bottom() + 4);
        p.rotate(-90);
        p.drawText(QRectF(-nameWidth, -fm.ascent(), nameWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(name, Qt::ElideRight, nameWidth));
        p.restore();
    }
    // Color bar.
    const QRectF bar(grid.right() + 16, grid.top(), 14, std::max(60.0, grid.height()));
    for (int k = 0; k < int(bar.height()); ++k) {
        const double v = maxAbs * (1.0 - 2.0 * k / bar.height());
        p.fillRect(QRectF(bar.left(), bar.top() + k, bar.width(), 1), signedColor(v, maxAbs));
    }
    p.setPen(QColor(0, 0, 0, 90));
    p.drawRect(bar);
    p.setPen(text);
    const QString hi = QString::number(maxAbs, 'g', 3), lo = QString::number(-maxAbs, 'g', 3);
    p.drawText(QPointF(bar.right() + 4, bar.top() + fm.ascent()), hi);
    p.drawText(QPointF(bar.right() + 4, bar.center().y() + fm.ascent() / 2.0), QStringLiteral("0"));
    p.drawText(QPointF(bar.right() + 4, bar.bottom()), lo);
}

}  // namespace smip::ui
