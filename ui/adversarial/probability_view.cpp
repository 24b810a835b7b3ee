#include "ui/adversarial/probability_view.h"

#include <QPainter>
#include <algorithm>

namespace smip::ui {

namespace {
const QColor kBefore(150, 150, 150);
const QColor kAfter(214, 39, 40);
}  // namespace

ProbabilityView::ProbabilityView(QWidget* parent) : QWidget(parent) {
    beforeName_ = tr("before");
    afterName_ = tr("after");
    setToolTip(
        tr("Softmax of the logits. Bold: the true class; underlined: the class the real "
           "network predicts after the perturbation."));
}

void ProbabilityView::setProbabilities(const QVector<double>& before, const QVector<double>& after,
                                       int trueClass, int predictedAfter) {
    before_ = before;
    after_ = after;
    trueClass_ = trueClass;
    predictedAfter_ = predictedAfter;
    update();
}

void ProbabilityView::clear() {
    setProbabilities({}, {}, -1, -1);
}

void ProbabilityView::setNames(const QString& before, const QString& after) {
    beforeName_ = before;
    afterName_ = after;
    update();
}

void ProbabilityView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int lineH = fm.height();
    const QColor text = palette().color(QPalette::WindowText);
    const QRect all = rect().adjusted(4, 2, -4, -2);
    p.setPen(text);
    p.drawText(QRect(all.left(), all.top(), all.width(), lineH), Qt::AlignCenter,
               tr("Class probabilities"));
    const int classes = int(std::max(before_.size(), after_.size()));
    const int axisW = fm.horizontalAdvance(QStringLiteral("100%")) + 4;
    const QRect plot(all.left() + axisW, all.top() + lineH + 4, all.width() - axisW,
                     all.height() - 3 * lineH - 12);
    if (plot.height() < 10 || plot.width() < 20) return;
    p.setPen(palette().color(QPalette::Mid));
    for (double f : {0.0, 0.5, 1.0}) {
        const int y = plot.bottom() - int(f * plot.height());
        p.drawLine(plot.left(), y, plot.right(), y);
        p.drawText(QRect(all.left(), y - lineH / 2, axisW - 4, lineH), Qt::AlignRight,
                   QString::number(int(f * 100)) + QStringLiteral("%"));
    }
    if (classes == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No sample selected"));
        return;
    }
    const double slot = double(plot.width()) / classes;
    const double barW = std::max(2.0, slot * 0.36);
    auto bar = [&](double value, double x, const QColor& c) {
        const int h = int(std::clamp(value, 0.0, 1.0) * plot.height());
        p.fillRect(QRectF(x, plot.bottom() - h, barW, h), c);
    };
    for (int k = 0; k < classes; ++k) {
        const double x = plot.left() + k * slot + slot / 2;
        if (k < before_.size()) bar(before_[k], x - barW, kBefore);
        if (k < after_.size()) bar(after_[k], x, kAfter);
        QFont f = font();
        // Bold = the true class; underlined = the class the real network predicts after.
        f.setBold(k == trueClass_);
        f.setUnderline(k == predictedAfter_ && !after_.isEmpty());
        p.setFont(f);
        p.setPen(text);
        p.drawText(QRectF(x - slot / 2, plot.bottom() + 2, slot, lineH), Qt::AlignCenter,
                   QString::number(k));
    }
    p.setFont(font());
    // Legend row.
    const int y = plot.bottom() + lineH + 6;
    int x = plot.left();
    for (const auto& [name, color] : {std::pair{beforeName_, kBefore}, {afterName_, kAfter}}) {
        p.fillRect(QRect(x, y + lineH / 4, lineH / 2, lineH / 2), color);
        x += lineH / 2 + 4;
        p.setPen(text);
        p.drawText(QRect(x, y, fm.horizontalAdvance(name) + 2, lineH), Qt::AlignLeft, name);
        x += fm.horizontalAdvance(name) + 14;
    }
}

}  // namespace smip::ui
