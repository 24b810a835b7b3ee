#pragma once
// A scripted lesson for a class (issue #14): a few steps, each with two or three sentences, that
// set up data and parameters through the pages' public APIs, may start a run, and point at the
// widget that matters. The LessonPanel shows them with Back/Next; the lesson catalogue
// (lesson_catalog.h) holds the four lessons. GUI thread.
#include <QString>
#include <QWidget>
#include <functional>
#include <vector>

namespace smip::ui {

class MainWindow;

struct LessonStep {
    QString title;
    QString text;  ///< two or three sentences, translated
    /// Sets up the step (data, parameters, a run). Runs each time the step is entered.
    std::function<void(MainWindow&)> enter;
    /// The widget the step is about: its page is shown and it is highlighted.
    std::function<QWidget*(MainWindow&)> focus;
    /// Next is enabled once this holds (e.g. the step's run has finished); empty = at once.
    std::function<bool(MainWindow&)> ready;
    /// The step's chart or table got what it should show (checked by the lesson test).
    std::function<bool(MainWindow&)> shows;
};

struct Lesson {
    QString title;
    std::vector<LessonStep> steps;
};

}  // namespace smip::ui
