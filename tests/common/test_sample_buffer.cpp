// Tests of SampleBuffer (core/common/sample_buffer.h): order, drain semantics, and a producer
// thread handing every sample to a consumer thread exactly once, in order.
#include <QtTest>

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "core/common/sample_buffer.h"

using namespace smip;

class TestSampleBuffer : public QObject {
    Q_OBJECT
  private slots:
    void emptyBufferDrainsNothing() {
        SampleBuffer<int> b;
        QCOMPARE(b.size(), std::size_t(0));
        QVERIFY(b.drain().empty());
    }

    void drainTakesEverythingOldestFirst() {
        SampleBuffer<std::string> b;
        b.push("a");
        b.push("b");
        b.push("c");
        QCOMPARE(b.size(), std::size_t(3));
        const std::vector<std::string> got = b.drain();
        QCOMPARE(got, (std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(b.size(), std::size_t(0));
        QVERIFY(b.drain().empty());  // taken once only
        b.push("d");
        QCOMPARE(b.drain(), std::vector<std::string>{"d"});
    }

    void moveOnlySamples() {
        SampleBuffer<std::unique_ptr<int>> b;
        b.push(std::make_unique<int>(7));
        auto got = b.drain();
        QCOMPARE(got.size(), std::size_t(1));
        QCOMPARE(*got[0], 7);
    }

    void producerToConsumerLosesNothing() {
        // One producer pushes 0..n-1 while the consumer drains concurrently: the concatenation
        // of all drains is exactly 0..n-1 (none lost, none twice, order kept).
        constexpr int n = 200000;
        SampleBuffer<int> b;
        std::atomic<bool> producerDone{false};
        std::vector<int> received;
        received.reserve(n);
        int drains = 0;
        {
            std::jthread consumer([&] {
                for (;;) {
                    const bool done = producerDone.load(std::memory_order_acquire);
                    const std::vector<int> part = b.drain();
                    drains += !part.empty();
                    received.insert(received.end(), part.begin(), part.end());
                    if (done) break;  // read `done` before draining: nothing can follow it
                }
            });
            std::jthread producer([&] {
                for (int i = 0; i < n; ++i)
                    b.push(i);
                producerDone.store(true, std::memory_order_release);
            });
        }
        QCOMPARE(int(received.size()), n);
        for (int i = 0; i < n; ++i)
            if (received[std::size_t(i)] != i)
                QFAIL(qPrintable(QString("position %1 holds %2").arg(i).arg(received[i])));
        QVERIFY(drains >= 1);
        QCOMPARE(b.size(), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestSampleBuffer)
#include "test_sample_buffer.moc"
