#include "ui/widgets/solve_controls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "ui/charts/solver_chart.h"

namespace smip::ui {

SolveControls::SolveControls(const QString& startText, const QString& cancelText, QWidget* parent)
    : QWidget(parent) {
    start_ = new QPushButton(startText);
    cancel_ = new QPushButton(cancelText.isEmpty() ? tr("Cancel") : cancelText);
    cancel_->setEnabled(false);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);  // lays out like the bare button row it replaces
    row->addWidget(start_);
    row->addWidget(cancel_);
    // Parented here until the page puts it into its own layout (which reparents it).
    status_ = new QLabel(tr("Ready."), this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    clock_.setInterval(34);  // ≤ 30 redraws per second; a coarse timer may fire early, so:
    clock_.setTimerType(Qt::PreciseTimer);
    connect(&clock_, &QTimer::timeout, this, &SolveControls::tick);
    connect(start_, &QPushButton::clicked, this, &SolveControls::startRequested);
    connect(cancel_, &QPushButton::clicked, this, &SolveControls::cancelRequested);
}

void SolveControls::setBusy(bool busy, bool canStart) {
    start_->setEnabled(!busy && canStart);
    cancel_->setEnabled(busy);
    for (const QPointer<QWidget>& w : lockWhileBusy_)
        if (w) w->setEnabled(!busy);
    emit busyChanged(busy);
}

void SolveControls::disableWhileBusy(QWidget* widget) {
    lockWhileBusy_.append(widget);
}

void SolveControls::setStatus(const QString& text, bool error) {
    status_->setText(text);
    if (error != error_)
        status_->setStyleSheet(error ? QStringLiteral("color: #b2182b;") : QString());
    error_ = error;
}

QString SolveControls::statusText() const {
    return status_->text();
}

void SolveControls::addChart(SolverChart* chart) {
    charts_.append(chart);
}

void SolveControls::resetCharts() {
    for (const QPointer<SolverChart>& c : charts_)
        if (c) c->reset();
}

void SolveControls::begin(const QString& status) {
    resetCharts();
    setBusy(true);
    setStatus(status);
}

void SolveControls::startPolling() {
    if (!clock_.isActive()) clock_.start();
}

void SolveControls::stopPolling() {
    clock_.stop();
}

}  // namespace smip::ui
