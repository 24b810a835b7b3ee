// The main window starts with its pages, saves and reloads a session, and shows a clear error for
// a broken session file without losing the current data.
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

#include "core/data/generators.h"
#include "ui/main/app_state.h"
#include "ui/main/main_window.h"

using namespace smip;
using namespace smip::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hasPages() {
        MainWindow w;
        QVERIFY(w.tabs()->count() >= 3);
    }

    void sessionRoundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath("session.json");
        {
            MainWindow w;
            w.state()->setDataset(generateRandom(5, 3, 7), "random 5x3");
            QString error;
            QVERIFY2(w.saveSession(path, &error), qPrintable(error));
        }
        MainWindow w;
        QString error;
        QVERIFY2(w.loadSession(path, &error), qPrintable(error));
        QCOMPARE(w.state()->dataset().samples(), 5);
        QVERIFY(w.state()->dataset().X.isApprox(generateRandom(5, 3, 7).X));
        QCOMPARE(w.state()->datasetOrigin(), QString("random 5x3"));
    }

    void brokenSessionKeepsData() {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.json");
        std::ofstream(path.toStdString()) << "{\"format\": \"sparsemip-session\", \"version\": 1";
        MainWindow w;
        w.state()->setDataset(generateRandom(4, 2, 1), "mine");
        QString error;
        QVERIFY(!w.loadSession(path, &error));
        QVERIFY(error.contains("bad.json"));
        QCOMPARE(w.state()->datasetOrigin(), QString("mine"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
