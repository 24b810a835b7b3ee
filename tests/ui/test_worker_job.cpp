// The worker-job template's hand-over rule, on plain bodies and on the training job: every sample
// pushed before the body returns is drained before finished(); finished() comes exactly once; an
// exception becomes an error message, not a status; destroying a running job returns only after
// the body saw the stop. No clocks: each test waits for the k-th event and checks the outcome.
#include <QtTest>
#include <atomic>
#include <memory>
#include <stdexcept>
#include <thread>

#include "core/common/sample_buffer.h"
#include "core/train/trainer.h"
#include "ui/jobs/run_progress.h"
#include "ui/jobs/training_job.h"
#include "ui/jobs/worker_job.h"

using namespace smip;
using namespace smip::ui;

namespace {

struct Counts {
    SampleBuffer<int> samples;
};
using CountJob = WorkerJob<int, Counts>;

std::vector<int> drainCounts(CountJob& job) {
    return job.drain([](Counts& c) { return c.samples.drain(); });
}

/// Drains on every event-loop turn until finished() arrived; returns every sample drained.
/// `atFinished` receives how many samples had been drained when finished() was delivered.
std::vector<int> drainUntilFinished(CountJob& job, int* finishedCount, std::size_t* atFinished) {
    std::vector<int> all;
    QObject scope;  // disconnects the counter when this function returns
    QObject::connect(&job, &WorkerJobBase::finished, &scope, [&] {
        ++*finishedCount;
        *atFinished = all.size();
    });
    while (*finishedCount == 0) {
        for (int s : drainCounts(job))
            all.push_back(s);
        QCoreApplication::processEvents();
    }
    return all;
}

}  // namespace

class TestWorkerJob : public QObject {
    Q_OBJECT
  private slots:
    void everySampleIsDrainedBeforeFinished() {
        // Many short jobs, so that the body's last push lands right before, during and after
        // the GUI's drain in different rounds.
        constexpr int kRounds = 200;
        constexpr int kSamples = 500;
        for (int round = 0; round < kRounds; ++round) {
            CountJob job;
            job.start([](Counts& out, std::stop_token) {
                for (int i = 0; i < kSamples; ++i)
                    out.samples.push(i);
                return kSamples;
            });
            int finished = 0;
            std::size_t atFinished = 0;
            const std::vector<int> all = drainUntilFinished(job, &finished, &atFinished);
            QCOMPARE(atFinished, std::size_t(kSamples));
            QCOMPARE(all.size(), std::size_t(kSamples));
            for (int i = 0; i < kSamples; ++i)
                QCOMPARE(all[i], i);  // in order, none twice
            QCOMPARE(job.result(), kSamples);
            QVERIFY(!job.failed());
            QVERIFY(!job.isRunning());
        }
    }

    void aSamplePushedDuringTheDrainIsNotLost() {
        // The body pushes its last sample and returns while the GUI is inside drain(), after
        // the channel was emptied: that drain must not report "finished", or the sample is lost.
        auto pushLast = std::make_shared<std::atomic<bool>>(false);
        auto alive = std::make_shared<int>(0);  // owned by the body: expires when the thread ends
        const std::weak_ptr<int> bodyAlive = alive;
        CountJob job;
        job.start([pushLast, alive = std::move(alive)](Counts& out, std::stop_token) {
            out.samples.push(0);
            while (!pushLast->load())
                std::this_thread::yield();
            out.samples.push(1);
            return 2;
        });
        int finished = 0;
        std::size_t leftBehind = 0;
        QObject::connect(&job, &WorkerJobBase::finished, &job, [&] {
            ++finished;
            leftBehind = job.channels().samples.size();
        });
        std::vector<int> all = job.drain([&](Counts& c) {
            std::vector<int> batch = c.samples.drain();
            pushLast->store(true);
            while (!bodyAlive.expired())  // the worker thread has ended: `done` is set
                std::this_thread::yield();
            return batch;
        });
        QCoreApplication::processEvents();  // a finished() queued by that drain arrives here
        QCOMPARE(finished, 0);              // it must not have been: sample 1 was not handed out
        while (finished == 0) {
            for (int v : drainCounts(job))
                all.push_back(v);
            QCoreApplication::processEvents();
        }
        QCOMPARE(all, (std::vector<int>{0, 1}));
        QCOMPARE(leftBehind, std::size_t(0));
    }

    void finishedComesExactlyOnce() {
        CountJob job;
        QSignalSpy spy(&job, &WorkerJobBase::finished);
        job.start([](Counts& out, std::stop_token) {
            out.samples.push(1);
            return 1;
        });
        int finished = 0;
        std::size_t atFinished = 0;
        drainUntilFinished(job, &finished, &atFinished);
        for (int i = 0; i < 5; ++i) {  // draining after the end hands out nothing, emits nothing
            QVERIFY(drainCounts(job).empty());
            QCoreApplication::processEvents();
        }
        QCOMPARE(finished, 1);
        QCOMPARE(spy.count(), 1);
    }

    void exceptionBecomesAnError() {
        CountJob job;
        job.start([](Counts& out, std::stop_token) -> int {
            out.samples.push(7);
            throw std::runtime_error("bad input: no features");
        });
        int finished = 0;
        std::size_t atFinished = 0;
        const std::vector<int> all = drainUntilFinished(job, &finished, &atFinished);
        QCOMPARE(all, std::vector<int>{7});  // what came before the throw still arrives
        QVERIFY(job.failed());
        QCOMPARE(job.errorMessage(), QString("bad input: no features"));
        QCOMPARE(job.result(), 0);  // default-constructed: no made-up result
    }

    void nonStandardExceptionStillBecomesAnError() {
        CountJob job;
        job.start([](Counts&, std::stop_token) -> int { throw 42; });
        int finished = 0;
        std::size_t atFinished = 0;
        drainUntilFinished(job, &finished, &atFinished);
        QVERIFY(job.failed());
        QVERIFY(!job.errorMessage().isEmpty());
    }

    void trainingErrorIsNotATrainingStatus() {
        Dataset noFeatures;
        noFeatures.X = Eigen::MatrixXd(3, 0);
        noFeatures.y = Eigen::VectorXd::Zero(3);
        TrainingJob job(noFeatures, ShallowReluNet(), RegularizerSpec(), TrainConfig());
        QSignalSpy finished(&job, &WorkerJobBase::finished);
        job.start();
        while (finished.isEmpty()) {
            job.drain();
            QCoreApplication::processEvents();
        }
        QVERIFY(job.failed());
        QVERIFY2(job.errorMessage().contains("no features"), qPrintable(job.errorMessage()));
        QCOMPARE(job.result().epochsRun, 0);  // no fake "Diverged" run either
        QVERIFY(job.result().history.empty());
    }

    void destroyingARunningJobWaitsUntilTheBodySawTheStop() {
        auto sawStop = std::make_shared<std::atomic<bool>>(false);
        auto job = std::make_unique<CountJob>();
        job->start([sawStop](Counts& out, std::stop_token stop) {
            int i = 0;
            while (!stop.stop_requested())
                out.samples.push(i++);
            sawStop->store(true);
            return i;
        });
        // Running for sure: wait for the fifth sample.
        std::size_t received = 0;
        while (received < 5)
            received += drainCounts(*job).size();
        QVERIFY(job->isRunning());
        job.reset();  // stops and joins
        QVERIFY(sawStop->load());
    }

    void requestStopEndsTheBodyAndFinishes() {
        CountJob job;
        job.start([](Counts& out, std::stop_token stop) {
            int i = 0;
            while (!stop.stop_requested())
                out.samples.push(i++);
            return -1;  // "stopped"
        });
        std::size_t received = 0;
        while (received < 3)
            received += drainCounts(job).size();
        job.requestStop();
        int finished = 0;
        std::size_t atFinished = 0;
        drainUntilFinished(job, &finished, &atFinished);
        QCOMPARE(job.result(), -1);
        QCOMPARE(finished, 1);
    }

    // A chart fed by RunProgress never mixes two runs' clocks: a drain keeps the newest run's
    // samples and says when a run began, also one that has no sample yet.
    void runProgressKeepsTheNewestRun() {
        auto sample = [](double seconds) {
            MilpProgress p;
            p.seconds = seconds;
            return p;
        };
        RunProgress progress;
        progress.push(sample(1.0));
        progress.push(sample(2.0));
        RunProgress::Batch b = progress.drain();
        QVERIFY(!b.newRun);
        QCOMPARE(b.samples.size(), std::size_t(2));
        progress.push(sample(3.0));
        progress.startRun();  // e.g. the retry: its clock starts at zero
        progress.push(sample(0.5));
        b = progress.drain();
        QVERIFY(b.newRun);
        QCOMPARE(b.samples.size(), std::size_t(1));
        QCOMPARE(b.samples.front().seconds, 0.5);
        b = progress.drain();
        QVERIFY(!b.newRun);
        QVERIFY(b.samples.empty());
        progress.startRun();  // a study's baseline run: no MILP, no samples
        b = progress.drain();
        QVERIFY(b.newRun);
        QVERIFY(b.samples.empty());
    }
};

QTEST_GUILESS_MAIN(TestWorkerJob)
#include "test_worker_job.moc"
