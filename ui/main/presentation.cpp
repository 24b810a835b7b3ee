#include "ui/main/presentation.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <cmath>
#include <functional>

namespace smip::ui {

namespace {

// Chart fonts are scaled from the size they had before the first zoom, kept on the object.
constexpr const char* kBaseSize = "smipBasePointSize";

void scaleFont(QObject* owner, const char* which, QFont font, double zoom,
               const std::function<void(const QFont&)>& set) {
    const QByteArray key = QByteArray(kBaseSize) + which;
    QVariant base = owner->property(key.constData());
    if (!base.isValid()) {
        base = font.pointSizeF();
        owner->setProperty(key.constData(), base);
    }
    const double want = base.toDouble() * zoom;
    if (std::abs(font.pointSizeF() - want) < 0.01) return;  // unchanged: no relayout
    font.setPointSizeF(want);
    set(font);
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(90, 160, 240));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    return p;
}

}  // namespace

Presentation::Presentation(QWidget* root)
    : QObject(root),
      root_(root),
      baseFont_(QApplication::font()),
      systemPalette_(QApplication::palette()),
      systemStyle_(QApplication::style()->name()) {
    QSettings settings;
    zoom_ = std::clamp(settings.value("view/zoom", 1.0).toDouble(), 0.5, 3.0);
    const QString t = settings.value("view/theme", "system").toString();
    theme_ = t == "dark" ? Theme::Dark : t == "light" ? Theme::Light : Theme::System;
    clock_ = new QTimer(this);
    clock_->setInterval(500);
    connect(clock_, &QTimer::timeout, this, &Presentation::restyleCharts);
    clock_->start();
    applyApplicationFont();
    applyPalette();
    restyleCharts();
}

QString Presentation::themeId(Theme theme) {
    return theme == Theme::Dark ? "dark" : theme == Theme::Light ? "light" : "system";
}

bool Presentation::dark() const {
    if (theme_ == Theme::Dark) return true;
    if (theme_ == Theme::Light) return false;
    return systemPalette_.color(QPalette::Window).lightness() < 128;
}

void Presentation::setZoom(double factor, bool store) {
    zoom_ = std::clamp(factor, 0.5, 3.0);
    if (store) QSettings().setValue("view/zoom", zoom_);
    applyApplicationFont();
    restyleCharts();
}

void Presentation::setTheme(Theme theme, bool store) {
    theme_ = theme;
    if (store) QSettings().setValue("view/theme", themeId(theme));
    applyPalette();
    restyleCharts();
}

void Presentation::applyApplicationFont() {
    QFont f = baseFont_;
    f.setPointSizeF(baseFont_.pointSizeF() * zoom_);
    QApplication::setFont(f);
}

void Presentation::applyPalette() {
    if (theme_ == Theme::Dark) {
        QApplication::setStyle(QStyleFactory::create("Fusion"));
        QApplication::setPalette(darkPalette());
    } else if (theme_ == Theme::Light && systemPalette_.color(QPalette::Window).lightness() < 128) {
        QApplication::setStyle(QStyleFactory::create("Fusion"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(systemStyle_));
        QApplication::setPalette(systemPalette_);
    }
}

void Presentation::restyleCharts() {
    if (!root_) return;
    for (QChartView* view : root_->findChildren<QChartView*>())
        if (view->chart()) styleChart(view->chart());
}

// Fonts scaled by the zoom; background, texts, axes and grid in the palette's colours. Series
// keep their own colours (they carry meaning: one colour per regularizer everywhere).
void Presentation::styleChart(QChart* chart) const {
    const bool isDark = dark();
    const QColor background = isDark ? QColor(38, 38, 40) : QColor(Qt::white);
    const QColor text = isDark ? QColor(225, 225, 225) : QColor(40, 40, 40);
    const QColor grid = isDark ? QColor(80, 80, 84) : QColor(225, 225, 225);
    if (chart->backgroundBrush().color() != background) chart->setBackgroundBrush(background);
    if (chart->titleBrush().color() != text) chart->setTitleBrush(text);
    scaleFont(chart, "title", chart->titleFont(), zoom_,
              [chart](const QFont& f) { chart->setTitleFont(f); });
    QLegend* legend = chart->legend();
    if (legend->labelColor() != text) legend->setLabelColor(text);
    scaleFont(legend, "legend", legend->font(), zoom_,
              [legend](const QFont& f) { legend->setFont(f); });
    for (QAbstractAxis* axis : chart->axes()) {
        if (axis->labelsColor() != text) axis->setLabelsColor(text);
        if (axis->titleBrush().color() != text) axis->setTitleBrush(text);
        if (axis->gridLineColor() != grid) axis->setGridLineColor(grid);
        scaleFont(axis, "labels", axis->labelsFont(), zoom_,
                  [axis](const QFont& f) { axis->setLabelsFont(f); });
        scaleFont(axis, "title", axis->titleFont(), zoom_,
                  [axis](const QFont& f) { axis->setTitleFont(f); });
    }
}

}  // namespace smip::ui
