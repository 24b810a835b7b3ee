#include "ui/lessons/lesson_panel.h"

#include <QEvent>
#include <QFrame>
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

// The widget's page becomes the current tab, and an orange frame on top of the widget marks it (a
// child that lets the mouse through and follows the widget's size).
void LessonPanel::highlight(QWidget* widget) {
    delete frame_;
    highlighted_ = widget;
    if (!widget) return;
    QTabWidget* tabs = window_->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) == widget || tabs->widget(i)->isAncestorOf(widget))
            tabs->setCurrentIndex(i);
    frame_ = new QFrame(widget);
    frame_->setObjectName("lessonHighlight");
    frame_->setAttribute(Qt::WA_TransparentForMouseEvents);
    frame_->setStyleSheet(
        "#lessonHighlight { border: 4px solid rgb(230, 126, 34); border-radius: 6px; "
        "background: transparent; }");
    frame_->setGeometry(widget->rect());
    frame_->show();
    frame_->raise();
    widget->installEventFilter(this);
}

bool LessonPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == highlighted_ && frame_ && event->type() == QEvent::Resize)
        frame_->setGeometry(highlighted_->rect());
    return QDockWidget::eventFilter(watched, event);
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
