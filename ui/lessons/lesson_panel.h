#pragma once
// The side panel of a running lesson: its title, the step's title and text, "Step k of n",
// Back/Next. Entering a step runs its set-up, shows the page of the widget that matters and
// highlights it; Next waits (enabled on a short clock) until the step's run has finished.
#include <QDockWidget>
#include <QFrame>
#include <QPointer>
#include <vector>

#include "ui/lessons/lesson.h"

class QLabel;
class QPushButton;
class QTimer;

namespace smip::ui {

class MainWindow;

class LessonPanel : public QDockWidget {
    Q_OBJECT
  public:
    explicit LessonPanel(MainWindow* window);

    /// Opens lesson `index` of lessonCatalog() at its first step. False for an unknown index.
    bool start(int index);
    void next();
    void back();
    int lessonIndex() const { return lesson_; }
    int stepIndex() const { return step_; }
    int stepCount() const { return static_cast<int>(current_.steps.size()); }
    /// The current step's `shows` check (true when it has none).
    bool stepShowsData() const;
    bool nextEnabled() const;
    QPushButton* nextButton() const { return next_; }
    QPushButton* backButton() const { return back_; }
    QWidget* highlighted() const { return highlighted_; }
    /// The frame drawn over the highlighted widget (null when none).
    QWidget* highlightFrame() const { return frame_.data(); }

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  signals:
    /// The current step is ready (its run finished): Next is enabled.
    void stepReady();

  private:
    void enterStep();
    void highlight(QWidget* widget);
    void updateButtons();

    MainWindow* window_;
    QLabel* lessonTitle_;
    QLabel* stepTitle_;
    QLabel* text_;
    QLabel* position_;
    QLabel* waiting_;
    QPushButton* back_;
    QPushButton* next_;
    QTimer* clock_;
    Lesson current_;
    int lesson_ = -1;
    int step_ = 0;
    bool readyNotified_ = false;
    QPointer<QWidget> highlighted_;
    QPointer<QFrame> frame_;
};

}  // namespace smip::ui
