// The Compare page (ui/compare): a small run from the form through core's runPareto (training on
// both cores, each MILP in a worker process) fills the chart with one path per regularizer and the
// frontier, and the table with one proven row per tolerance; a stop during the frontier keeps the
// trained paths; bad fields are named. Runs through ctest (SPARSEMIP_CLI).
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/data/generators.h"
#include "ui/charts/chart_export.h"
#include "ui/compare/compare_page.h"
#include "ui/compare/pareto_chart.h"
#include "ui/main/app_state.h"

using namespace smip;
using namespace smip::ui;

namespace {

ParetoConfig tinyConfig() {
    ParetoConfig c;
    c.regularizers = {"p0.7", "l1"};
    c.lambdas = 2;
    c.lambdaMin = 1e-3;
    c.lambdaMax = 1e-2;
    c.epsilons = {0.0, 0.1};
    c.train.epochs = 5000;
    c.timeLimitSeconds = 60;
    return c;
}

}  // namespace

class TestComparePage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runFillsPathsAndFrontier() {
        AppState state;
        state.setDataset(generateRandom(4, 2, 1), "test");
        ComparePage page(&state);
        page.setConfig(tinyConfig());
        QSignalSpy done(&page, &ComparePage::runFinished);
        page.run();
        QVERIFY(page.isBusy());
        QVERIFY(done.wait(240000));
        QVERIFY(!page.isBusy());
        QVERIFY(page.lastResult().has_value());
        const ParetoResult& r = *page.lastResult();
        QCOMPARE(int(r.trained.size()), 4);
        QCOMPARE(int(r.frontier.size()), 2);
        QCOMPARE(page.chart()->pathCount(), 2);
        QCOMPARE(page.chart()->frontierPointCount(), 2);
        QCOMPARE(page.frontierTable()->rowCount(), 2);
        for (const auto& f : r.frontier)
            QVERIFY2(f.proven, f.status.c_str());
        QVERIFY2(page.statusText().contains("2 of 2 frontier points proven"),
                 qPrintable(page.statusText()));
        // The chart exports like every chart: PNG and SVG, written whole.
        QTemporaryDir dir;
        for (const char* name : {"pareto.png", "pareto.svg"}) {
            const QString path = dir.filePath(name);
            QVERIFY(exportViewImage(page.chart(), "pareto", path).isEmpty());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(8);
            QVERIFY(QString(name).endsWith("png") ? head.startsWith("\x89PNG")
                                                  : head.startsWith("<?xml"));
        }
    }

    void cancelDuringTheFrontierKeepsThePaths() {
        AppState state;
        state.setDataset(generateRandom(6, 3, 2), "test");
        ComparePage page(&state);
        ParetoConfig c = tinyConfig();
        c.epsilons = {0.0, 0.001, 0.01, 0.02, 0.05, 0.1, 0.2};
        page.setConfig(c);
        QSignalSpy done(&page, &ComparePage::runFinished);
        page.run();
        // Stop once the first frontier point is in (the chart got it from a drained batch).
        QTRY_VERIFY_WITH_TIMEOUT(page.chart()->frontierPointCount() >= 1, 240000);
        page.cancel();
        QVERIFY(done.wait(60000));
        const ParetoResult& r = *page.lastResult();
        QVERIFY(r.cancelled);
        QCOMPARE(int(r.trained.size()), 4);
        QVERIFY(!r.frontier.empty());
        QVERIFY(int(r.frontier.size()) < 7);
        QCOMPARE(page.chart()->pathCount(), 2);
    }

    void badFieldsAreNamed() {
        AppState state;
        state.setDataset(generateRandom(4, 2, 1), "test");
        ComparePage page(&state);
        page.setConfig(tinyConfig());
        auto edits = page.findChildren<QLineEdit*>();
        QLineEdit* eps = nullptr;
        for (QLineEdit* e : edits)
            if (e->text() == "0,0.1") eps = e;
        QVERIFY(eps);
        eps->setText("0,abc");
        page.run();
        QVERIFY(!page.isBusy());
        QVERIFY2(page.statusText().contains("abc"), qPrintable(page.statusText()));
        eps->setText("0,-1");
        page.run();
        QVERIFY(!page.isBusy());
        QVERIFY2(page.statusText().contains("fit tolerance"), qPrintable(page.statusText()));
    }
};

QTEST_MAIN(TestComparePage)
#include "test_compare_page.moc"
