#include "ui/lessons/lesson_panel.h"

#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/lessons/lesson_catalog.h"
#include "ui/main/main_window.h"

namespace smip::ui {

LessonPanel::LessonPanel(MainWindow* window) : QDockWidget(window), window_(window) {
    setObjectName("lessonPanel");
    setWindowTitle(tr("Lesson"));
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    auto* body = new QWidget();
    lessonTitle_ = new QLabel();
    lessonTitle_->setWordWrap(true);
    QFont big = lessonTitle_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    lessonTitle_->setFont(big);
    stepTitle_ = new QLabel();
    stepTitle_->setWordWrap(true);
    QFont bold = stepTitle_->font();
    bold.setBold(true);
    stepTitle_->setFont(bold);
    text_ = new QLabel();
    text_->setWordWrap(true);
    text_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    position_ = new QLabel();
    waiting_ = new QLabel();
    waiting_->setWordWrap(true);
    back_ = new QPushButton(tr("Back"));
    next_ = new QPushButton(tr("Next"));
    next_->setDefault(true);
    connect(back_, &QPushButton::clicked, this, &LessonPanel::back);
    connect(next_, &QPushButton::clicked, this, &LessonPanel::next);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(back_);
    buttons->addWidget(next_);
    auto* layout = new QVBoxLayout(body);
    layout->addWidget(lessonTitle_);
    layout->addWidget(position_);
    layout->addWidget(stepTitle_);
    layout->addWidget(text_, 1);
    layout->addWidget(waiting_);
    layout->addLayout(buttons);
    body->setMinimumWidth(260);
    body->setMaximumWidth(340);
    setWidget(body);
    clock_ = new QTimer(this);
    clock_->setInterval(200);
    connect(clock_, &QTimer::timeout, this, &LessonPanel::updateButtons);
}

bool LessonPanel::start(int index) {
    std::vector<Lesson> all = lessonCatalog();
    if (index < 0 || index >= static_cast<int>(all.size())) return false;
    current_ = std::move(all[static_cast<std::size_t>(index)]);
    lesson_ = index;
    step_ = 0;
    lessonTitle_->setText(current_.title);
    show();
    enterStep();
    return true;
}

void LessonPanel::next() {
    if (!nextEnabled()) return;
    if (step_ + 1 >= stepCount()) {  // the last step's Next closes the lesson
        highlight(nullptr);
        clock_->stop();
        hide();
        return;
    }
    ++step_;
    enterStep();
}

void LessonPanel::back() {
    if (step_ == 0) return;
    --step_;
    enterStep();
}

bool LessonPanel::nextEnabled() const {
    if (lesson_ < 0 || step_ >= stepCount()) return false;
    const LessonStep& s = current_.steps[static_cast<std::size_t>(step_)];
    return !s.ready || s.ready(*window_);
}

bool LessonPanel::stepShowsData() const {
    if (lesson_ < 0 || step_ >= stepCount()) return false;
    const LessonStep& s = current_.steps[static_cast<std::size_t>(step_)];
    return !s.shows || s.shows(*window_);
}

void LessonPanel::enterStep() {
    const LessonStep& s = current_.steps[static_cast<std::size_t>(step_)];
    position_->setText(tr("Step %1 of %2").arg(step_ + 1).arg(stepCount()));
    stepTitle_->setText(s.title);
    text_->setText(s.text);
    readyNotified_ = false;
    if (s.enter) s.enter(*window_);
    highlight(s.focus ? s.focus(*window_) : nullptr);
    clock_->start();
    updateButtons();
}

// The widget's page becomes the current tab (and, inside the Sparsest page, its sub-tab), and a
// coloured glow marks the widget itself.
void LessonPanel::highlight(QWidget* widget) {
    if (highlighted_) highlighted_->setGraphicsEffect(nullptr);
    highlighted_ = widget;
    if (!widget) return;
    QTabWidget* tabs = window_->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
            tabs->setCurrentIndex(i);
    auto* glow = new QGraphicsDropShadowEffect();
    glow->setColor(QColor(230, 126, 34));
    glow->setBlurRadius(28.0);
    glow->setOffset(0.0, 0.0);
    widget->setGraphicsEffect(glow);
}

void LessonPanel::updateButtons() {
    const bool ready = nextEnabled();
    back_->setEnabled(step_ > 0);
    next_->setEnabled(ready);
    next_->setText(step_ + 1 >= stepCount() ? tr("Finish") : tr("Next"));
    waiting_->setText(ready ? QString() : tr("Running… Next is enabled when the run is done."));
    if (ready && !readyNotified_) {
        readyNotified_ = true;
        emit stepReady();
    }
}

}  // namespace smip::ui
