// The Sparsest page's Study view (ui/sweep): a tiny sweep run from the form through the same core
// as `sparsemip sweep`, its MILPs in worker processes; the chart and table fill in, the CSV export
// holds every row, a second run resumes (nothing is run twice), a cancel at the first finished
// instance keeps what was stored, and a bad field is named. Runs through ctest (SPARSEMIP_CLI).
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/sweep/sweep_table.h"
#include "ui/sweep/sweep_study_view.h"
#include "ui/sweep/sweep_summary_chart.h"

using namespace smip;
using namespace smip::ui;

namespace {

SweepGrid tinyGrid(std::vector<std::uint64_t> seeds) {
    SweepGrid g;
    g.kinds = {"random"};
    g.n = {4};
    g.d = {2};
    g.seeds = std::move(seeds);
    std::string error;
    parseRegularizerList("p1.0,wd", 0.005, g.settings.regularizers, error);
    g.settings.epochs = 2000;
    g.settings.timeLimitSeconds = 10;
    return g;
}

}  // namespace

class TestSweepStudy : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void runsFillsExportsAndResumes() {
        QTemporaryDir dir;
        SweepStudyView view;
        view.resize(1200, 400);
        view.setGrid(tinyGrid({0, 1}));
        view.setOutputDirectory(dir.path());
        view.setWorkers(2);
        QSignalSpy done(&view, &SweepStudyView::studyFinished);
        view.run();
        QVERIFY(view.isRunning());
        QVERIFY(done.wait(180000));
        QCOMPARE(view.resultCount(), 2);
        // p1.0, wd and the MILP, each with its one N.
        QCOMPARE(view.chart()->methodCount(), 3);
        for (int m = 0; m < 3; ++m)
            QCOMPARE(view.chart()->pointCount(m), 1);
        QCOMPARE(view.table()->rowCount(), 3);
        std::vector<SweepInstanceResult> stored;
        std::string error;
        QVERIFY2(collectSweep(dir.path().toStdString(), stored, error), error.c_str());
        QCOMPARE(int(stored.size()), 2);

        const QString csv = dir.filePath("table.csv.out");
        QVERIFY(view.exportCsv(csv).isEmpty());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 2 * 3);  // header + instance × (2 regularizers + MILP)

        // Run again over the same folder: both are already stored, nothing runs.
        view.run();
        QVERIFY(done.wait(60000));
        QCOMPARE(view.resultCount(), 2);
        QVERIFY2(view.statusText().contains("0 run, 2 already stored"),
                 qPrintable(view.statusText()));
    }

    void cancelAtTheFirstFinishedInstanceKeepsIt() {
        QTemporaryDir dir;
        SweepStudyView view;
        view.setGrid(tinyGrid({0, 1, 2, 3, 4, 5}));
        view.setOutputDirectory(dir.path());
        view.setWorkers(1);
        QSignalSpy done(&view, &SweepStudyView::studyFinished);
        view.run();
        QTRY_VERIFY_WITH_TIMEOUT(view.resultCount() >= 1, 180000);
        view.cancel();
        QVERIFY(done.wait(60000));
        std::vector<SweepInstanceResult> stored;
        std::string error;
        QVERIFY2(collectSweep(dir.path().toStdString(), stored, error), error.c_str());
        QVERIFY(!stored.empty());
        QVERIFY(int(stored.size()) < 6);
        QCOMPARE(view.resultCount(), int(stored.size()));
    }

    void badFieldIsNamed() {
        SweepStudyView view;
        SweepGrid g = tinyGrid({0});
        view.setGrid(g);
        view.setOutputDirectory(QDir::tempPath());
        QSignalSpy done(&view, &SweepStudyView::studyFinished);
        auto* n = view.findChild<QLineEdit*>("studyN");
        QVERIFY(n);
        n->setText("4,x");
        view.run();
        QVERIFY(!view.isRunning());
        QVERIFY2(view.statusText().startsWith("Cannot start: N"), qPrintable(view.statusText()));
    }
};

QTEST_MAIN(TestSweepStudy)
#include "test_sweep_study.moc"
