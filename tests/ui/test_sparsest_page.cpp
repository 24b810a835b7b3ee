// Offscreen: the Sparsest page solves a small instance in a worker process, charts the progress,
// decodes and verifies the network; the rank lower bound proves N = 7 from the page; cancel stops
// the rank enumeration at once; infeasible bounds get a message.
#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QtTest>

#include "core/data/generators.h"
#include "ui/charts/solver_chart.h"
#include "ui/main/app_state.h"
#include "ui/sparsest/sparsest_page.h"
#include "ui/train/train_page.h"

using namespace smip;
using namespace smip::ui;

class TestSparsestPage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariable("SPARSEMIP_CLI").isEmpty(), "SPARSEMIP_CLI not set");
    }

    void solvesSmallInstanceAndVerifies() {
        AppState state;
        TrainPage train(&state);
        SparsestPage page(&state, &train);
        page.setInteractive(false);
        state.setDataset(generateRandom(3, 2, 0), "random");
        page.setManualBounds(2.0, 2.0);
        page.setTimeLimit(60);
        QSignalSpy done(&page, &SparsestPage::solveFinished);
        page.solve();
        QVERIFY(done.wait(90000));
        QVERIFY(page.lastResult().has_value());
        const SparsestResult& r = *page.lastResult();
        QVERIFY2(r.milp.status == MilpStatus::Optimal, r.milp.message.c_str());
        QVERIFY(r.hasNetwork);
        QVERIFY2(r.verification.passed, r.verification.reason.c_str());
        QCOMPARE(double(r.verification.nonzeros), std::round(r.milp.objective));
        QVERIFY(page.solverChart()->sampleCount() > 0);
    }

    void rankBoundProvesSevenFromThePage() {
        AppState state;
        TrainPage train(&state);
        SparsestPage page(&state, &train);
        page.setInteractive(false);
        state.setDataset(generateRandom(7, 5, 0), "random");
        page.setManualBounds(2.0, 2.0);
        page.setTimeLimit(60);
        QSignalSpy done(&page, &SparsestPage::solveFinished);
        page.solve();
        QVERIFY(done.wait(90000));
        const SparsestResult& r = *page.lastResult();
        QVERIFY2(r.rankBound.computed, r.rankBound.reason.c_str());
        QCOMPARE(r.rankBound.bound, 7);
        QVERIFY2(r.milp.status == MilpStatus::Optimal, r.milp.message.c_str());
        QCOMPARE(std::lround(r.milp.objective), 7L);
        QVERIFY2(r.verification.passed, r.verification.reason.c_str());
        QCOMPARE(r.verification.nonzeros, 7);
        // The bound is charted from the moment it is proven, on the same clock as CBC's samples.
        QVERIFY(page.solverChart()->sampleCount() > 0);
        QVERIFY(r.milp.seconds >= r.rankBound.seconds);
        const QString status = page.findChild<QLabel*>("status")->text();
        QVERIFY2(status.contains("Rank bound"), qPrintable(status));
    }

    void withoutAStartRestartsOnCappedSlots() {
        // No trained model and no rank bound: CBC's first small incumbent caps the sign slots
        // and the solve continues on the smaller model, as in the CLI.
        AppState state;
        TrainPage train(&state);
        SparsestPage page(&state, &train);
        page.setInteractive(false);
        state.setDataset(generateRandom(4, 5, 0), "random");
        page.setManualBounds(2.0, 2.0);
        page.setRankBound(false);
        page.setTimeLimit(60);
        QSignalSpy done(&page, &SparsestPage::solveFinished);
        page.solve();
        QVERIFY(done.wait(90000));
        const SparsestResult& r = *page.lastResult();
        QVERIFY(!r.rankBound.computed);
        QVERIFY2(r.milp.status == MilpStatus::Optimal, r.milp.message.c_str());
        QCOMPARE(std::lround(r.milp.objective), 4L);
        QVERIFY2(r.verification.passed, r.verification.reason.c_str());
        QVERIFY2(r.positiveSlots + r.negativeSlots < 2 * 4,
                 qPrintable(QString("slots %1 + %2").arg(r.positiveSlots).arg(r.negativeSlots)));
        const QString status = page.findChild<QLabel*>("status")->text();
        QVERIFY(!status.contains("Cancel"));
    }

    void cancelStopsTheRankEnumeration() {
        AppState state;
        TrainPage train(&state);
        SparsestPage page(&state, &train);
        page.setInteractive(false);
        state.setDataset(generateRandom(9, 5, 0), "random");  // tens of seconds to enumerate
        page.setManualBounds(2.0, 2.0);
        page.setTimeLimit(120);
        page.solve();
        QTest::qWait(300);
        QVERIFY(page.isBusy());
        QElapsedTimer clock;
        clock.start();
        page.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 1500);
        QVERIFY(clock.elapsed() < 1500);
        QVERIFY(!page.lastResult().has_value());
    }

    void infeasibleBoundsGetAMessage() {
        AppState state;
        TrainPage train(&state);
        SparsestPage page(&state, &train);
        page.setInteractive(false);
        Dataset d = generateRandom(3, 2, 0);
        d.y *= 1000.0;  // unreachable with |w|, |b| ≤ 1e-3
        state.setDataset(d, "scaled");
        page.setManualBounds(1e-3, 1e-3);
        QSignalSpy done(&page, &SparsestPage::solveFinished);
        page.solve();
        // Either refused up front (reachability proof) or solved to Infeasible: never a network.
        if (page.isBusy()) QVERIFY(done.wait(60000));
        QVERIFY(!page.lastResult() || !page.lastResult()->hasNetwork);
        QVERIFY(!page.isBusy());
    }
};

QTEST_MAIN(TestSparsestPage)
#include "test_sparsest_page.moc"
