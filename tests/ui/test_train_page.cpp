// Offscreen: the Train page trains two regularizers side by side; the live charts receive points
// for both, the results table fills, and Stop ends a long run quickly.
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "core/common/memory_budget.h"
#include "core/data/generators.h"
#include "core/onnx/onnx_reader.h"
#include "ui/charts/live_line_chart.h"
#include "ui/main/app_state.h"
#include "ui/train/train_page.h"
#include "ui/widgets/config_issue_prompt.h"

using namespace smip;
using namespace smip::ui;

class TestTrainPage : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The Train page asks core's validateTraining before it allocates: on data whose default
    // width (N) needs more than half of this machine's memory the user is asked, and "No"
    // starts nothing. N is chosen from the machine's memory so the run is large everywhere.
    void aLargeRunIsAskedAboutAndNoStartsNothing() {
        AppState state;
        TrainPage page(&state);
        const double physical = double(physicalMemoryBytes());
        QVERIFY(physical > 0);
        const int n = int(std::sqrt(physical / 40.0)) + 1000;  // 5 runs × 5·N² doubles > RAM
        state.setDataset(generateRandom(n, 1, 0), "random");
        QStringList questions;
        ConfigIssuePrompt::setAnswerForTests([&](const QString& q) {
            questions << q;
            return false;
        });
        page.start();
        ConfigIssuePrompt::setAnswerForTests({});
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions[0].contains("training needs about"), qPrintable(questions[0]));
        QVERIFY(!page.isRunning());
        QCOMPARE(page.resultsTable()->rowCount(), 0);
    }

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
        QVERIFY(!page.exportOnnxButton()->isEnabled());
        QVERIFY(done.wait(60000));
        QCOMPARE(page.resultsTable()->rowCount(), 2);
        // 4000 epochs sampled every 100 plus first and last: 41 points per series, none lost.
        QCOMPARE(page.mseChart()->receivedCount("none"), qint64(41));
        QCOMPARE(page.mseChart()->receivedCount("p0.4"), qint64(41));
        QCOMPARE(page.nonzeroChart()->receivedCount("p0.4"), qint64(41));
        QCOMPARE(state.trainResults().size(), std::size_t(2));
        QVERIFY(state.trainResults()[1].final.nonzeros <= state.trainResults()[0].final.nonzeros);

        // Export ONNX… writes the network drawn ("Network of"); core/onnx reads it back (float32).
        QVERIFY(page.exportOnnxButton()->isEnabled());
        const TrainResult* chosen = page.chosenResult();
        QVERIFY(chosen);
        QTemporaryDir onnxDir;
        QCOMPARE(page.exportChosenOnnx(onnxDir.filePath("net.onnx")), QString());
        OnnxNetwork file;
        std::string error;
        QVERIFY2(readOnnxModel(onnxDir.filePath("net.onnx").toStdString(), file, error),
                 error.c_str());
        QCOMPARE(file.net.weights[0], chosen->net.W.cast<float>().cast<double>().eval());
        QCOMPARE(file.net.biases[0], chosen->net.b.cast<float>().cast<double>().eval());

        // The replay as frames: K numbered PNG files, the slider left at the end.
        QTemporaryDir dir;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(page.exportReplayFrames(dir.filePath("frames"), 12).isEmpty());
        qInfo("replay frames: %.1f per second (the whole page rendered)",
              12000.0 / std::max<qint64>(1, clock.elapsed()));
        const QStringList files = QDir(dir.filePath("frames")).entryList({"frame_*.png"});
        QCOMPARE(files.size(), 12);
        QCOMPARE(files.first(), QString("frame_0001.png"));
        QImage first(QDir(dir.filePath("frames")).filePath("frame_0001.png"));
        QVERIFY(!first.isNull());
        QCOMPARE(first.size(), page.size());
        QCOMPARE(page.epochSlider()->value(), page.epochSlider()->maximum());
    }

    void stopAtTheKthChartPointKeepsTheResults() {
        // Stop once the 5th point (epoch 400) of every series is on the chart: every run ends
        // Cancelled long before its 100,000,000 epochs, keeps what it trained, and every sample
        // up to the last epoch run reaches the chart (none lost after the stop). That the trainer
        // stops within one sample interval of the request is asserted in test_trainer; seconds are
        // measured by bench_cancel.
        AppState state;
        TrainPage page(&state);
        state.setDataset(generateRandom(50, 10, 1), "random");
        const QStringList ids{"none", "wd", "p0.7"};
        page.setCheckedRegularizers(ids);
        page.setEpochs(100000000);
        QSignalSpy done(&page, &TrainPage::trainingFinished);
        page.start();
        const auto received = [&](const QString& id) { return page.mseChart()->receivedCount(id); };
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.begin(), ids.end(),
                                             [&](const QString& id) { return received(id) >= 5; }),
                                 60000);
        QVERIFY(page.isRunning());
        page.stop();
        QVERIFY(done.wait(60000));  // liveness only: an ignored stop runs for hours
        QVERIFY(!page.isRunning());
        const std::vector<TrainResult>& results = state.trainResults();
        QCOMPARE(results.size(), std::size_t(3));
        for (int i = 0; i < 3; ++i) {
            const TrainResult& r = results[std::size_t(i)];
            QCOMPARE(QString::fromStdString(r.regularizer.id()), ids[i]);
            QCOMPARE(r.status, TrainStatus::Cancelled);
            QVERIFY(r.epochsRun >= 400 && r.epochsRun < 100000000);
            QCOMPARE(r.history.back().epoch, r.epochsRun);
            QVERIFY(std::isfinite(r.final.mse));
            QCOMPARE(received(ids[i]), qint64(r.history.size()));
        }
        QCOMPARE(page.resultsTable()->rowCount(), 3);
    }

    void destroyingPageDuringTrainingIsClean() {
        // Deleting the page stops and joins its workers: with a stop that is ignored this never
        // returns (100,000,000 epochs) and ctest's timeout fails the test.
        AppState state;
        state.setDataset(generateRandom(20, 5, 2), "random");
        auto* page = new TrainPage(&state);
        page->setCheckedRegularizers({"none"});
        page->setEpochs(100000000);
        page->start();
        QTRY_VERIFY_WITH_TIMEOUT(page->mseChart()->receivedCount("none") >= 2, 60000);
        QVERIFY(page->isRunning());
        delete page;
        QVERIFY(state.trainResults().empty());  // a destroyed page publishes nothing
    }
};

QTEST_MAIN(TestTrainPage)
#include "test_train_page.moc"
