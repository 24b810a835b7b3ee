// Tests of LatestValue (core/common/latest_value.h): freshness, peek, overwrite, and a two-thread
// hand-over where the reader never sees a value twice or an older value after a newer one.
#include <QtTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/common/latest_value.h"

using namespace smip;

class TestLatestValue : public QObject {
    Q_OBJECT
  private slots:
    void emptyHasNothing() {
        LatestValue<int> v;
        QVERIFY(!v.take().has_value());
        QVERIFY(!v.peek().has_value());
    }

    void takeOnlyWhenFresh() {
        LatestValue<std::string> v;
        v.set("one");
        QCOMPARE(v.peek().value(), std::string("one"));  // peek does not consume
        QCOMPARE(v.take().value(), std::string("one"));
        QVERIFY(!v.take().has_value());                  // not new any more
        QCOMPARE(v.peek().value(), std::string("one"));  // but still the newest
        v.set("two");
        v.set("three");  // overwrites: only the newest matters
        QCOMPARE(v.take().value(), std::string("three"));
        QVERIFY(!v.take().has_value());
        v.set("three");  // setting the same value again is news
        QCOMPARE(v.take().value(), std::string("three"));
    }

    void handOverBetweenThreadsInLockstep() {
        // Writer sets 1..n one at a time and waits until the reader has taken each: every value
        // arrives, exactly once, in order.
        constexpr int n = 2000;
        LatestValue<int> v;
        std::mutex m;
        std::condition_variable cv;
        int taken = 0;
        std::vector<int> seen;
        {
            std::jthread reader([&](std::stop_token stop) {
                while (!stop.stop_requested()) {
                    if (auto x = v.take()) {
                        std::lock_guard lock(m);
                        seen.push_back(*x);
                        taken = *x;
                        cv.notify_all();
                        if (*x == n) return;
                    } else {
                        std::this_thread::yield();
                    }
                }
            });
            std::jthread writer([&] {
                for (int i = 1; i <= n; ++i) {
                    v.set(i);
                    std::unique_lock lock(m);
                    cv.wait(lock, [&] { return taken == i; });
                }
            });
        }
        QCOMPARE(int(seen.size()), n);
        for (int i = 0; i < n; ++i)
            QCOMPARE(seen[std::size_t(i)], i + 1);
    }

    void freeRunningReaderSeesIncreasingValuesAndTheLast() {
        // Writer overwrites freely: the reader may skip values but never sees one twice or an
        // older one after a newer one, and once the writer is done the last value is there.
        constexpr int n = 200000;
        LatestValue<int> v;
        std::atomic<bool> writerDone{false};
        std::vector<int> seen;
        {
            std::jthread reader([&] {
                for (;;) {
                    const bool done = writerDone.load(std::memory_order_acquire);
                    if (auto x = v.take()) seen.push_back(*x);
                    if (done) break;
                }
            });
            std::jthread writer([&] {
                for (int i = 1; i <= n; ++i)
                    v.set(i);
                writerDone.store(true, std::memory_order_release);
            });
        }
        QVERIFY(!seen.empty());
        for (std::size_t i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i] > seen[i - 1],
                     qPrintable(QString("%1 after %2").arg(seen[i]).arg(seen[i - 1])));
        QCOMPARE(seen.back(), n);
        QVERIFY(!v.take().has_value());
    }
};

QTEST_APPLESS_MAIN(TestLatestValue)
#include "test_latest_value.moc"
