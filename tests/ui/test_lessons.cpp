// The Lessons menu (ui/lessons): lesson (a) driven the way a teacher would — the menu, then Next
// until the end — counting the clicks (the bound: 10) and checking at every step that the
// chart or table the step points at got its data; every lesson of the catalogue is complete.
#include <QElapsedTimer>
#include <QMenuBar>
#include <QPushButton>
#include <QtTest>

#include "ui/lessons/lesson_catalog.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/main/main_window.h"

using namespace smip::ui;

class TestLessons : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void catalogueIsComplete() {
        const auto lessons = lessonCatalog();
        QCOMPARE(int(lessons.size()), 4);
        for (const Lesson& l : lessons) {
            QVERIFY(!l.title.isEmpty());
            QVERIFY(l.steps.size() >= 2);
            for (const LessonStep& s : l.steps) {
                QVERIFY(!s.title.isEmpty());
                QVERIFY(s.text.count('.') >= 1);
                QVERIFY(s.focus);
                QVERIFY(s.shows);
            }
        }
    }

    void lessonAReachesItsPunchLineInTenClicks() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        int clicks = 0;
        // Click 1: the Lessons menu; click 2: lesson (a).
        QAction* menu = nullptr;
        for (QAction* a : w.menuBar()->actions())
            if (a->text().contains("Lessons")) menu = a;
        QVERIFY(menu && menu->menu());
        ++clicks;
        QAction* lessonA = menu->menu()->actions().value(0);
        QVERIFY(lessonA);
        lessonA->trigger();
        ++clicks;
        LessonPanel* panel = w.lessonPanel();
        QVERIFY(panel && panel->isVisible());
        QCOMPARE(panel->lessonIndex(), 0);
        QElapsedTimer clock;
        clock.start();
        for (int step = 0; step < panel->stepCount(); ++step) {
            QCOMPARE(panel->stepIndex(), step);
            // Waits for the step's run (a generous bound for a loaded machine; the time a class
            // waits is measured below, not asserted).
            QTRY_VERIFY_WITH_TIMEOUT(panel->nextButton()->isEnabled(), 180000);
            QTRY_VERIFY_WITH_TIMEOUT(panel->stepShowsData(), 30000);
            QVERIFY(panel->highlighted() != nullptr);
            QVERIFY(panel->highlightFrame() != nullptr);
            QCOMPARE(panel->highlightFrame()->parentWidget(), panel->highlighted());
            QTest::mouseClick(panel->nextButton(), Qt::LeftButton);
            ++clicks;
        }
        QVERIFY(!panel->isVisible());  // Finish closes it
        QVERIFY2(clicks <= 10, qPrintable(QString("%1 clicks").arg(clicks)));
        qInfo("lesson (a): %d clicks, %.1f s from the first step to the punch line", clicks,
              clock.elapsed() / 1000.0);
    }

    void backReturnsToTheStepBefore() {
        MainWindow w;
        QVERIFY(w.startLesson(0));
        LessonPanel* panel = w.lessonPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->nextEnabled(), 60000);
        panel->next();
        QCOMPARE(panel->stepIndex(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(panel->nextEnabled(), 180000);
        panel->back();
        QCOMPARE(panel->stepIndex(), 0);
        QVERIFY(!w.startLesson(7));
    }
};

QTEST_MAIN(TestLessons)
#include "test_lessons.moc"
