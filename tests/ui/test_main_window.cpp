// The main window starts with its pages, saves and reloads a session, and shows a clear error for
// a broken session file without losing the current data, and exports the current page's MILP.
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <fstream>

#include "core/data/generators.h"
#include "core/milp/milp_solver.h"
#include "core/milp/milp_start_file.h"
#include "ui/data/data_page.h"
#include "ui/main/app_state.h"
#include "ui/main/main_window.h"
#include "ui/main/milp_exporter.h"
#include "ui/sparsest/sparsest_page.h"
#include "ui/train/train_page.h"

using namespace smip;
using namespace smip::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hasAllSevenPagesInOrder() {
        MainWindow w;
        QStringList titles;
        for (int i = 0; i < w.tabs()->count(); ++i)
            titles << w.tabs()->tabText(i);
        QCOMPARE(titles, QStringList({"Data", "Train", "Sparsest network", "Perceptron MILP",
                                      "Adversarial", "MIP training", "Compare"}));
    }

    void sessionRoundTrip() {
        QTemporaryDir dir;
        const QString path = dir.filePath("session.json");
        std::vector<TrainResult> trained;
        {
            MainWindow w;
            w.state()->setDataset(generateRandom(5, 3, 7), "random 5x3");
            // Real training results on the Train page, as a user would have them.
            w.trainPage()->setCheckedRegularizers({"none", "p0.4"});
            w.trainPage()->setEpochs(300);
            QSignalSpy done(w.trainPage(), &TrainPage::trainingFinished);
            w.trainPage()->start();
            QVERIFY(done.wait(60000));
            trained = w.state()->trainResults();
            QCOMPARE(trained.size(), std::size_t(2));
            QString error;
            QVERIFY2(w.saveSession(path, &error), qPrintable(error));
        }
        MainWindow w;
        QString error;
        QVERIFY2(w.loadSession(path, &error), qPrintable(error));
        QCOMPARE(w.state()->dataset().samples(), 5);
        QVERIFY(w.state()->dataset().X.isApprox(generateRandom(5, 3, 7).X));
        QCOMPARE(w.state()->datasetOrigin(), QString("random 5x3"));
        // The training results come back: same regularizers, epochs, histories, weights, metrics.
        const std::vector<TrainResult>& back = w.state()->trainResults();
        QCOMPARE(back.size(), trained.size());
        for (std::size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].regularizer.id(), trained[i].regularizer.id());
            QCOMPARE(back[i].status, trained[i].status);
            QCOMPARE(back[i].epochsRun, trained[i].epochsRun);
            QCOMPARE(back[i].history.size(), trained[i].history.size());
            QCOMPARE(back[i].final.nonzeros, trained[i].final.nonzeros);
            QVERIFY(std::abs(back[i].final.mse - trained[i].final.mse) <=
                    1e-12 * (1 + std::abs(trained[i].final.mse)));
            QVERIFY(back[i].net.W.isApprox(trained[i].net.W, 1e-12));
            QVERIFY(back[i].net.v.isApprox(trained[i].net.v, 1e-12));
        }
        // ...and are shown on the Train page.
        QCOMPARE(w.trainPage()->resultsTable()->rowCount(), int(trained.size()));
        QCOMPARE(w.trainPage()->checkedRegularizers().size(), trained.size());
    }

    // Two loads requested back to back (a lesson's data, then another request): the later one is
    // what ends up loaded, once, however fast the first finishes.
    // File → Export MILP… on a page without a MILP says so and writes nothing.
    void exportMilpRefusedWithoutMilp() {
        QTemporaryDir dir;
        MainWindow w;
        w.tabs()->setCurrentWidget(w.dataPage());
        const QString why = w.milpExporter()->exportTo(dir.filePath("m.mps"));
        QVERIFY(why.contains("solves no MILP"));
        QVERIFY(!QFileInfo::exists(dir.filePath("m.mps")));
    }

    // On the Sparsest page: the Solve button's model (rank bound row and its witness as the
    // start), prepared on the worker thread, written as MPS + start; CBC proves it as the page
    // would. And as LP by the extension.
    void exportMilpWritesTheSparsestModelAndStart() {
        QTemporaryDir dir;
        MainWindow w;
        w.state()->setDataset(generateRandom(5, 3, 0), "random 5x3");
        w.tabs()->setCurrentWidget(w.sparsestPage());
        QSignalSpy done(w.milpExporter(), &MilpExporter::finished);
        const QString mps = dir.filePath("s.mps");
        QCOMPARE(w.milpExporter()->exportTo(mps), QString());
        QVERIFY(done.wait(120000));
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        smip::MilpProblem read;
        QVERIFY(smip::readMps(mps.toStdString(), read).empty());
        QVERIFY(std::any_of(read.rows.begin(), read.rows.end(),
                            [](const smip::MilpRow& r) { return r.name == "rank_floor"; }));
        std::vector<std::pair<std::string, double>> start;
        const QString message = done.at(0).at(1).toString();
        QVERIFY2(smip::readMipStart(dir.filePath("s.mst").toStdString(), start).empty(),
                 qPrintable(message));
        QCOMPARE(start.size(), read.columns.size());
        smip::MilpOptions o;
        o.logLevel = 0;
        QCOMPARE(smip::solveMilp(read, o).status, smip::MilpStatus::Optimal);
        QCOMPARE(w.milpExporter()->exportTo(dir.filePath("s.lp")), QString());
        QVERIFY(done.wait(120000));
        QVERIFY(done.at(1).at(0).toBool());
        QVERIFY(QFileInfo::exists(dir.filePath("s.lp")));
    }

    // File → Export MILP… cancels an export whose preparation still runs (N = 8: the rank bound
    // takes seconds): nothing is written, and the message says so.
    void exportMilpMenuCancelsAPreparation() {
        QTemporaryDir dir;
        MainWindow w;
        w.state()->setDataset(generateRandom(8, 5, 0), "random 8x5");
        w.tabs()->setCurrentWidget(w.sparsestPage());
        QAction* action = nullptr;
        for (QAction* a : w.menuBar()->actions().front()->menu()->actions())
            if (a->text() == MainWindow::tr("Export &MILP…")) action = a;
        QVERIFY(action);
        QSignalSpy done(w.milpExporter(), &MilpExporter::finished);
        const QString mps = dir.filePath("s.mps");
        QCOMPARE(w.milpExporter()->exportTo(mps), QString());
        QVERIFY(w.milpExporter()->isRunning());
        action->trigger();  // running: the entry cancels instead of asking for a file
        QVERIFY(done.wait(120000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QVERIFY(!QFileInfo::exists(mps));
        QVERIFY(!QFileInfo::exists(dir.filePath("s.mst")));
    }

    void laterLoadRequestWins() {
        MainWindow w;
        QSignalSpy changed(w.state(), &AppState::datasetChanged);
        for (int n : {9, 4}) {
            DatasetSpec spec;
            spec.source = "random";
            spec.n = n;
            spec.d = 2;
            w.dataPage()->load(spec, QString("random %1").arg(n));
        }
        QVERIFY(w.dataPage()->isLoading());
        QVERIFY(changed.wait(30000));
        QCOMPARE(w.state()->datasetOrigin(), QString("random 4"));
        QCOMPARE(w.state()->dataset().samples(), 4);
        QVERIFY(!w.dataPage()->isLoading());
        QCOMPARE(changed.count(), 1);
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
