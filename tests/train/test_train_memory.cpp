// The training memory guard: the estimate grows with samples × width, a run over the limit is
// refused with a message naming its size before it allocates, and runs at the same time are
// counted together (the GUI trains one regularizer per thread).
#include <QtTest>

#include <stdexcept>

#include "core/data/generators.h"
#include "core/train/train_memory.h"
#include "core/train/trainer.h"

using namespace smip;

class TestTrainMemory : public QObject {
    Q_OBJECT

    // trainShallow's error message, empty when it trained.
    static QString refusal(const Dataset& data, int width, std::uint64_t limit) {
        TrainConfig c;
        c.epochs = 10;
        c.memoryLimitBytes = limit;
        try {
            trainShallow(data, initShallowNet(data.features(), width, 1), {}, c);
        } catch (const std::invalid_argument& e) {
            return QString::fromUtf8(e.what());
        }
        return {};
    }

  private slots:
    void estimateGrowsWithSamplesTimesWidth() {
        const TrainConfig c;
        const double small = double(estimateTrainingBytes(1000, 5, 1000, c));
        const double big = double(estimateTrainingBytes(2000, 5, 2000, c));
        // Five K × N buffers of doubles dominate: 40 MB at N = K = 1000.
        QVERIFY(small > 40e6 && small < 45e6);
        QVERIFY(big / small > 3.9 && big / small < 4.1);
        // Sizes the CLI accepts (N, K up to 10⁶) do not overflow.
        QVERIFY(estimateTrainingBytes(1000000, 1000, 1000000, c) > std::uint64_t(4e13));
    }

    void messageNamesSizeAndRemedy() {
        const std::string m =
            trainingMemoryProblem(1000000, 5, 1000000, 5, TrainConfig{}, std::uint64_t(12e9));
        QVERIFY2(m.find("1000000 samples x width 1000000 x 5 runs") != std::string::npos,
                 m.c_str());
        QVERIFY2(m.find("200 TB") != std::string::npos, m.c_str());
        QVERIFY2(m.find("limit of 12 GB") != std::string::npos, m.c_str());
        QVERIFY2(m.find("smaller width") != std::string::npos, m.c_str());
        QVERIFY(trainingMemoryProblem(100, 5, 100, 5, TrainConfig{}, std::uint64_t(12e9)).empty());
        QVERIFY(trainingMemoryProblem(1000000, 5, 1000000, 5, TrainConfig{}, 0).empty());
    }

    void trainShallowRefusesOverTheLimit() {
        const Dataset data = generateRandom(300, 2, 1);
        const QString why = refusal(data, 300, 100000);  // needs ~3.6 MB
        QVERIFY2(why.contains("training needs about 3.") && why.contains("MB"), qPrintable(why));
        QVERIFY2(why.contains("300 samples x width 300"), qPrintable(why));
        QVERIFY2(refusal(data, 300, 0).isEmpty(), "the default limit refused 3.6 MB");
    }

    void runsAtTheSameTimeCountTogether() {
        const Dataset data = generateRandom(300, 2, 1);
        TrainConfig c;
        c.epochs = 10;  // as refusal() trains
        const std::uint64_t one = estimateTrainingBytes(300, 2, 300, c);
        const std::uint64_t limit = one + one / 2;
        {
            const TrainingMemoryReservation running(one, limit);  // another run, still going
            QVERIFY(running.ok());
            const QString why = refusal(data, 300, limit);
            QVERIFY2(why.contains("trainings running now already hold"), qPrintable(why));
        }
        QVERIFY2(refusal(data, 300, limit).isEmpty(), "the reservation was not released");
    }

    void reservationsAddUpAndRelease() {
        const TrainingMemoryReservation a(600, 1000);
        QVERIFY(a.ok());
        {
            const TrainingMemoryReservation b(600, 1000);
            QVERIFY(!b.ok());
            QCOMPARE(b.reservedByOthers(), std::uint64_t(600));
            const TrainingMemoryReservation c(400, 1000);
            QVERIFY(c.ok());
        }
        const TrainingMemoryReservation d(400, 1000);
        QVERIFY(d.ok());
        QVERIFY(TrainingMemoryReservation(std::uint64_t(-1), 0).ok());  // 0: no limit
    }
};

QTEST_APPLESS_MAIN(TestTrainMemory)
#include "test_train_memory.moc"
