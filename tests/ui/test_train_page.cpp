// Offscreen: the Train page trains two regularizers side by side; the live charts receive points
// for both, the results table fills, and Stop ends a long run quickly.
#include <QCheckBox>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include "core/data/generators.h"
#include "ui/charts/live_line_chart.h"
#include "ui/main/app_state.h"
#include "ui/train/train_page.h"

using namespace smip;
using namespace smip::ui;

class TestTrainPage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void trainsTwoRegularizersLive() {
        AppState state;
        TrainPage page(&state);
        page.show();
        state.setDataset(generateRandom(7, 5, 0), "random");
        page.setCheckedRegularizers({"none", "p0.4"});
        page.setEpochs(4000);
        QSignalSpy done(&page, &TrainPage::trainingFinished);
        page.start();
        QVERIFY(page.isRunning());
        QVERIFY(done.wait(60000));
        QCOMPARE(page.resultsTable()->rowCount(), 2);
        // 4000 epochs sampled every 100 plus first and last: 41 points per series, none lost.
        QCOMPARE(page.mseChart()->receivedCount("none"), qint64(41));
        QCOMPARE(page.mseChart()->receivedCount("p0.4"), qint64(41));
        QCOMPARE(page.nonzeroChart()->receivedCount("p0.4"), qint64(41));
        QCOMPARE(state.trainResults().size(), std::size_t(2));
        QVERIFY(state.trainResults()[1].final.nonzeros <= state.trainResults()[0].final.nonzeros);
    }

    void stopEndsLongRunQuickly() {
        AppState state;
        TrainPage page(&state);
        state.setDataset(generateRandom(50, 10, 1), "random");
        page.setCheckedRegularizers({"none", "wd", "p0.7"});
        page.setEpochs(5000000);
        QSignalSpy done(&page, &TrainPage::trainingFinished);
        page.start();
        QTest::qWait(300);
        QElapsedTimer t;
        t.start();
        page.stop();
        QVERIFY(done.wait(5000));
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(state.trainResults().size(), std::size_t(3));
        QVERIFY(state.trainResults()[0].status == TrainStatus::Cancelled);
    }

    void destroyingPageDuringTrainingIsClean() {
        AppState state;
        state.setDataset(generateRandom(20, 5, 2), "random");
        auto* page = new TrainPage(&state);
        page->setEpochs(5000000);
        page->start();
        QTest::qWait(100);
        QElapsedTimer t;
        t.start();
        delete page;  // like closing the window: workers stop and are joined
        QVERIFY(t.elapsed() < 2000);
    }
};

QTEST_MAIN(TestTrainPage)
#include "test_train_page.moc"
