#include "ui/adversarial/digit_view.h"

#include <QLinearGradient>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace smip::ui {

namespace {
const QColor kBlue(33, 102, 172);  // RdBu's ends: colour-blind safe, readable in print
const QColor kRed(178, 24, 43);

QColor mix(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QString shortNumber(double v) {
    return QString::number(v, 'g', 2);
}
}  // namespace

DigitView::DigitView(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void DigitView::setImage(const QVector<double>& values, int width, int height) {
    if (!values.isEmpty() && values.size() != width * height) {
        values_.clear();  // a wrong shape is a caller bug; show nothing rather than garbage
    } else {
        values_ = values;
        width_ = width;
        height_ = height;
    }
    update();
}

void DigitView::clear() {
    values_.clear();
    update();
}

void DigitView::setMode(Mode mode) {
    mode_ = mode;
    update();
}

void DigitView::setGreyRange(double lower, double upper) {
    greyLower_ = lower;
    greyUpper_ = upper > lower ? upper : lower + 1.0;
    update();
}

void DigitView::setSignedRange(double m) {
    signedRange_ = m;
    update();
}

void DigitView::setCaption(const QString& caption) {
    caption_ = caption;
    update();
}

void DigitView::setPlaceholder(const QString& text) {
    placeholder_ = text;
    update();
}

double DigitView::signedMax() const {
    if (signedRange_ > 0.0) return signedRange_;
    double m = 0.0;
    for (double v : values_)
        if (std::isfinite(v)) m = std::max(m, std::abs(v));
    return m > 1e-12 ? m : 1.0;
}

QColor DigitView::colorFor(double value) const {
    if (!std::isfinite(value)) return QColor(255, 0, 255);  // NaN must not look like data
    if (mode_ == Mode::Grey) {
        const double t = (value - greyLower_) / (greyUpper_ - greyLower_);
        return mix(Qt::white, Qt::black, t);
    }
    const double t = value / signedMax();
    return t >= 0 ? mix(Qt::white, kRed, t) : mix(Qt::white, kBlue, -t);
}

QSize DigitView::sizeHint() const {
    return {170, 220};
}
QSize DigitView::minimumSizeHint() const {
    return {110, 150};
}

void DigitView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    const int lineH = fm.height();
    const QRect all = rect().adjusted(2, 2, -2, -2);
    // Caption on top, legend (bar + labels) at the bottom, the square image in between.
    const QRect captionRect(all.left(), all.top(), all.width(), lineH);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(captionRect, Qt::AlignCenter | Qt::TextSingleLine,
               fm.elidedText(caption_, Qt::ElideRight, captionRect.width()));
    const int legendH = 10 + lineH + 4;
    const int avail = std::max(10, all.height() - lineH - 4 - legendH - 4);
    const int side = std::max(10, std::min(all.width(), avail));
    const QRect img(all.left() + (all.width() - side) / 2, captionRect.bottom() + 4, side, side);

    if (values_.isEmpty()) {
        p.fillRect(img, palette().color(QPalette::Base));
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        p.drawRect(img.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(img.adjusted(4, 4, -4, -4), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
    } else {
        for (int r = 0; r < height_; ++r)
            for (int c = 0; c < width_; ++c) {
                const int x0 = img.left() + c * img.width() / width_;
                const int x1 = img.left() + (c + 1) * img.width() / width_;
                const int y0 = img.top() + r * img.height() / height_;
                const int y1 = img.top() + (r + 1) * img.height() / height_;
                p.fillRect(QRect(x0, y0, x1 - x0, y1 - y0), colorFor(values_[r * width_ + c]));
            }
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(img.adjusted(0, 0, -1, -1));
    }

    // Legend: a gradient bar with its end (and, for signed, middle) values.
    const QRect bar(img.left(), img.bottom() + 6, img.width(), 10);
    QLinearGradient g(bar.topLeft(), bar.topRight());
    QString lo, mid, hi;
    if (mode_ == Mode::Grey) {
        g.setColorAt(0.0, Qt::white);
        g.setColorAt(1.0, Qt::black);
        lo = shortNumber(greyLower_);
        hi = shortNumber(greyUpper_);
    } else {
        g.setColorAt(0.0, kBlue);
        g.setColorAt(0.5, Qt::white);
        g.setColorAt(1.0, kRed);
        const double m = signedMax();
        lo = QStringLiteral("−") + shortNumber(m);
        mid = QStringLiteral("0");
        hi = QStringLiteral("+") + shortNumber(m);
    }
    p.fillRect(bar, g);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::WindowText));
    const QRect labels(bar.left(), bar.bottom() + 2, bar.width(), lineH);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, lo);
    if (!mid.isEmpty()) p.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, mid);
    p.drawText(labels, Qt::AlignRight | Qt::AlignTop, hi);
}

}  // namespace smip::ui
