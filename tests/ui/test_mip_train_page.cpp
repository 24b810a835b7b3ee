// Offscreen: the MIP training page trains on the parity benchmark, fills the results table (with
// the SGD reference row), charts the Lagrangian's dual bound from worker-process block solves,
// rejects a malformed architecture, and cancels promptly.
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include "ui/charts/live_line_chart.h"
#include "ui/miptrain/mip_train_page.h"

using namespace smip;
using namespace smip::ui;

class TestMipTrainPage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void layerwiseOnParity() {
        MipTrainPage page;
        page.setDatasetName("parity5");
        page.setArchitecture("5-5-2");
        page.setMethod(MipMethod::Layerwise);
        page.setTimeLimit(20);
        QSignalSpy done(&page, &MipTrainPage::trainingFinished);
        page.train();
        QVERIFY(done.wait(120000));
        QVERIFY(page.lastResult().has_value());
        QVERIFY2(page.lastResult()->ok, page.lastResult()->message.c_str());
        QVERIFY(page.resultsTable()->rowCount() >= 2);  // layer-wise + SGD from random init
    }

    void lagrangianChartsDualBound() {
        MipTrainPage page;
        page.setDatasetName("parity5");
        page.setArchitecture("5-3-2");
        QSignalSpy done(&page, &MipTrainPage::trainingFinished);
        // A full MIP first: its bound becomes the Lagrangian chart's reference line.
        page.setMethod(MipMethod::Full);
        page.setTimeLimit(8);
        page.train();
        QVERIFY(done.wait(120000));
        QCOMPARE(page.lagrangianChart()->pointCount("fullbound"), 0);
        page.setMethod(MipMethod::Lagrangian);
        page.setIterations(4);
        page.setTimeLimit(30);
        page.train();
        QVERIFY(done.wait(120000));
        QCOMPARE(page.lagrangianChart()->pointCount("fullbound"), 2);
        QVERIFY2(page.lastResult()->ok, page.lastResult()->message.c_str());
        QVERIFY(!page.lastResult()->lagrangian.empty());
        // Block MILPs really ran (in worker processes): the dual bound is a number below the
        // best primal network's objective.
        const LagrangianRecord& last = page.lastResult()->lagrangian.back();
        QVERIFY(std::isfinite(last.dualBound));
        QVERIFY(std::isfinite(last.bestPrimal));
        QVERIFY(last.dualBound <= last.bestPrimal + 1e-6);
        QCOMPARE(page.lagrangianChart()->receivedCount("dual"),
                 qint64(page.lastResult()->lagrangian.size()));
        // Documentation screenshots: SPARSEMIP_SCREENSHOT_DIR=docs ctest -R mip_train_page
        const QString shots = qEnvironmentVariable("SPARSEMIP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.resize(1400, 800);
            page.show();
            QTest::qWait(300);
            page.grab().save(shots + "/screenshot-miptrain.png");
        }
    }

    void badArchitectureIsRejected() {
        MipTrainPage page;
        page.setArchitecture("5--2");
        QSignalSpy done(&page, &MipTrainPage::trainingFinished);
        page.train();
        QVERIFY(!page.isRunning());
        QCOMPARE(done.count(), 0);
    }

    void cancelIsPrompt() {
        MipTrainPage page;
        page.setDatasetName("parity5");
        page.setArchitecture("5-8-8-2");
        page.setMethod(MipMethod::Full);
        page.setTimeLimit(300);
        QSignalSpy done(&page, &MipTrainPage::trainingFinished);
        page.train();
        QTest::qWait(1500);
        QElapsedTimer t;
        t.start();
        page.cancel();
        QVERIFY(done.wait(10000));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_MAIN(TestMipTrainPage)
#include "test_mip_train_page.moc"
