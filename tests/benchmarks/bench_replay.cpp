// Frames per second of the Train page's replay: after the sparse-ReLU package's default run
// (N = 7, d = 5, five regularizers, 100 000 epochs, a sample every 100), each iteration moves the
// epoch slider to the next sample (the redraw of the four charts' cursors, the network drawing and
// the function view) and renders the page offscreen, as a frame on screen would be painted.
// frames/s = 1 / time per iteration; the replay's own clock asks for 30.
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QEventLoop>
#include <QImage>
#include <QSlider>
#include <QTimer>

#include "core/data/generators.h"
#include "ui/main/app_state.h"
#include "ui/train/train_page.h"

namespace {

void replayFrame(benchmark::State& state) {
    using namespace smip;
    using namespace smip::ui;
    AppState app;
    TrainPage page(&app);
    page.resize(1400, 860);
    page.show();
    app.setDataset(generateRandom(7, 5, 0), "random");
    page.setCheckedRegularizers({"none", "wd", "p0.4", "p0.7", "p1.0"});
    page.setEpochs(100000);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&page, &TrainPage::trainingFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit);
    page.start();
    loop.exec();
    if (!finished) {
        state.SkipWithError("training did not finish");
        return;
    }
    QSlider* slider = page.epochSlider();
    QImage frame(page.size(), QImage::Format_ARGB32_Premultiplied);
    int index = 0;
    for (auto _ : state) {
        index = (index + 1) % (slider->maximum() + 1);
        slider->setValue(index);
        page.render(&frame);
        benchmark::DoNotOptimize(frame.bits());
    }
    state.counters["samples"] = slider->maximum() + 1;
    state.counters["frames_per_second"] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(replayFrame)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
