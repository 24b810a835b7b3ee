// Every page implements the Page interface: its settings round-trip through saveState() and
// restoreState(), a saved session restores every page (and still loads files written before pages
// saved their state), and closing the main window stops a running training.
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <map>

#include "core/data/generators.h"
#include "core/miptrain/mip_train_config.h"
#include "core/session/session_file.h"
#include "ui/charts/live_line_chart.h"
#include "ui/main/app_state.h"
#include "ui/main/main_window.h"
#include "ui/main/page.h"
#include "ui/train/train_page.h"

using namespace smip;
using namespace smip::ui;
using nlohmann::json;

namespace {

json stateOf(const Page* page) {
    json state = json::object();
    page->saveState(state);
    return state;
}

/// Settings that differ from each page's defaults and lie inside its inputs' ranges.
json changes() {
    return {{"data",
             {{"generator", "moons"},
              {"samples", 11},
              {"noise", 0.25},
              {"seed", 42},
              {"target_column", "y"}}},
            {"train", {{"width", 3}, {"seed", 9}, {"config", {{"epochs", 1234}, {"lr", 0.5}}}}},
            {"sparsest",
             {{"variant", "1"},
              {"time_limit", 7.0},
              {"threads", 3},
              {"warm_start", false},
              {"w_bound", 1.5}}},
            {"perceptron",
             {{"dataset", "iris"}, {"hidden", 3}, {"time_limit", 12.0}, {"integer", true}}},
            {"adversarial",
             {{"hidden", "16-8"}, {"epochs", 7}, {"time_limit", 9.0}, {"use_sqrt_relu", false}}},
            {"miptrain",
             {{"dataset", "xor"},
              {"architecture", "2-3-2"},
              {"method", std::to_string(int(MipMethod::Lagrangian))},
              {"iterations", 5}}},
            {"compare",
             {{"regularizers", "p0.4,l1"},
              {"lambdas", 5},
              {"epsilons", "0,0.2"},
              {"time_limit", 7.0}}}};
}

/// The page's current state with changes() applied; for the Train page also one more checked
/// regularizer and an edited λ.
json changedState(const Page* page) {
    json state = stateOf(page);
    state.merge_patch(changes().at(page->pageId()));
    if (page->pageId() == "train") {
        json& rows = state.at("regularizer_rows");
        rows[5][0] = !rows[5][0].get<bool>();
        rows[2][2] = "0.02";
    }
    return state;
}

void changeEveryPage(MainWindow& w) {
    for (Page* page : w.pages())
        page->restoreState(changedState(page));
}

}  // namespace

class TestPageState : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sevenPagesWithDistinctIds() {
        MainWindow w;
        std::map<std::string, int> ids;
        for (const Page* page : w.pages())
            ++ids[page->pageId()];
        QCOMPARE(int(w.pages().size()), 7);
        QCOMPARE(int(ids.size()), 7);
        const json all = changes();
        for (const auto& [id, change] : all.items())
            QVERIFY2(ids.count(id) == 1, id.c_str());
    }

    void everyPageRoundTripsItsState() {
        MainWindow w;
        for (Page* page : w.pages()) {
            const json before = stateOf(page);
            const json wanted = changedState(page);
            QVERIFY2(wanted != before, page->pageId().c_str());
            page->restoreState(wanted);
            const json after = stateOf(page);
            QVERIFY2(after == wanted, (page->pageId() + ": " + after.dump()).c_str());
        }
    }

    void restoreIgnoresMissingAndMistypedKeys() {
        MainWindow w;
        for (Page* page : w.pages()) {
            const json before = stateOf(page);
            page->restoreState(json::object());
            page->restoreState({{"samples", "many"}, {"time_limit", "long"}, {"seed", true}});
            QVERIFY2(stateOf(page) == before, page->pageId().c_str());
        }
    }

    void sessionRestoresEveryPageAndTheResults() {
        QTemporaryDir dir;
        const QString path = dir.filePath("session.json");
        std::map<std::string, json> saved;
        {
            MainWindow w;
            const Dataset data = generateRandom(6, 2, 3);
            w.state()->setDataset(data, "random 6x2");
            TrainConfig config;
            config.epochs = 50;
            const TrainResult r =
                trainShallow(data, initShallowNet(2, 6, 1), RegularizerSpec(), config);
            w.state()->setTrainResults({r}, config);
            changeEveryPage(w);
            for (const Page* page : w.pages())
                saved[page->pageId()] = stateOf(page);
            QString error;
            QVERIFY2(w.saveSession(path, &error), qPrintable(error));
        }
        MainWindow w;
        QString error;
        QVERIFY2(w.loadSession(path, &error), qPrintable(error));
        for (const Page* page : w.pages())
            QVERIFY2(stateOf(page) == saved.at(page->pageId()), page->pageId().c_str());
        QCOMPARE(w.state()->trainResults().size(), std::size_t(1));
        QCOMPARE(w.state()->trainResults()[0].epochsRun, 50);
        QCOMPARE(w.state()->trainConfig().epochs, 50);
        QCOMPARE(w.trainPage()->resultsTable()->rowCount(), 1);
    }

    void sessionWithoutPageStateStillLoads() {
        // As written before pages saved their own state: the Train form at the top level, and
        // the never-used "width" and "init_seed".
        SessionSnapshot old;
        old.dataset = generateRandom(4, 2, 5);
        old.trainConfig.epochs = 777;
        RegularizerSpec::parse("l1", old.regularizers.emplace_back());
        json j = sessionToJson(old);
        j.erase("pages");
        j["width"] = 0;
        j["init_seed"] = 0;
        QTemporaryDir dir;
        const QString path = dir.filePath("old.json");
        std::ofstream(path.toStdString()) << j.dump();
        MainWindow w;
        QString error;
        QVERIFY2(w.loadSession(path, &error), qPrintable(error));
        QCOMPARE(w.trainPage()->config().epochs, 777);
        const auto checked = w.trainPage()->checkedRegularizers();
        QCOMPARE(checked.size(), std::size_t(1));
        QCOMPARE(checked[0].id(), std::string("l1"));
    }

    void closingTheWindowStopsTheTraining() {
        MainWindow w;
        w.show();
        w.state()->setDataset(generateRandom(50, 10, 1), "random");
        TrainPage* train = w.trainPage();
        train->setCheckedRegularizers({"none", "p0.7"});
        train->setEpochs(5000000);
        train->start();
        // Running for sure: the first samples have reached the chart.
        while (train->mseChart()->receivedCount("none") == 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QVERIFY(w.close());
        while (train->isBusy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        for (const Page* page : w.pages())
            QVERIFY2(!page->isBusy(), page->pageId().c_str());
        // Both jobs saw the stop: they ended as Cancelled, long before their last epoch.
        const auto& results = w.state()->trainResults();
        QCOMPARE(results.size(), std::size_t(2));
        for (const TrainResult& r : results) {
            QCOMPARE(r.status, TrainStatus::Cancelled);
            QVERIFY(r.epochsRun < 5000000);
        }
    }
};

QTEST_MAIN(TestPageState)
#include "test_page_state.moc"
