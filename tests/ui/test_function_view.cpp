// Offscreen: the function view on the Train page. After a short training on 1-D data it holds one
// curve per regularizer on its fixed grid, equal to the trained network's output there, with the
// kinks −b_k/w_k of the units that have a path; it follows the weights while training; on 2-D
// data the heat map's cells are the selected network's output (value and colour) and the contour
// lies on the level; with more inputs it says it needs one or two. After a run the epoch slider
// shows the weight snapshot of its sample (also for results loaded from JSON) and Replay runs
// through the samples to the end.
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "core/data/generators.h"
#include "core/data/line_generators.h"
#include "core/train/train_json.h"
#include "ui/charts/function_view.h"
#include "ui/charts/live_line_chart.h"
#include "ui/main/app_state.h"
#include "ui/train/train_page.h"

using namespace smip;
using namespace smip::ui;

namespace {

Eigen::VectorXd predictOnLine(const ShallowReluNet& net, const PlotBox& box, int count) {
    Eigen::MatrixXd X(count, 1);
    for (int i = 0; i < count; ++i)
        X(i, 0) = box.x0 + (box.x1 - box.x0) * i / (count - 1);
    return predict(net, X);
}

// The kinks worked out from the weights, independently of reluBreakpoints.
std::vector<double> kinksOf(const ShallowReluNet& net, double eps, const PlotBox& box) {
    std::vector<double> kinks;
    for (int k = 0; k < net.width(); ++k) {
        if (std::abs(net.v(k) * net.W(k, 0)) <= eps) continue;
        const double x = -net.b(k) / net.W(k, 0);
        if (x >= box.x0 && x <= box.x1) kinks.push_back(x);
    }
    std::sort(kinks.begin(), kinks.end());
    return kinks;
}

double predictAt(const ShallowReluNet& net, double x, double y) {
    Eigen::MatrixXd p(1, 2);
    p << x, y;
    return predict(net, p)(0);
}

}  // namespace

class TestFunctionView : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void oneCurvePerRegularizerWithItsKinks() {
        AppState state;
        TrainPage page(&state);
        page.show();
        state.setDataset(generateLine(Line1D::Kinks, 20, 0.0, 1), "kinks");
        const QStringList ids{"none", "p0.4", "p1.0"};
        page.setCheckedRegularizers(ids);
        page.setEpochs(3000);
        QSignalSpy done(&page, &TrainPage::trainingFinished);
        page.start();
        QVERIFY(done.wait(60000));
        const FunctionView* view = page.functionView();
        QCOMPARE(view->mode(), FunctionView::Mode::Line);
        QCOMPARE(view->curveKeys(), ids);
        const PlotBox box = view->box();
        QVERIFY(box.x0 < state.dataset().X.minCoeff() && box.x1 > state.dataset().X.maxCoeff());
        const double eps = state.trainConfig().eps;
        std::size_t kinkTotal = 0;
        for (int i = 0; i < ids.size(); ++i) {
            const ShallowReluNet& net = state.trainResults()[std::size_t(i)].net;
            const Eigen::VectorXd* curve = view->curve(ids[i]);
            QVERIFY(curve);
            QCOMPARE(curve->size(), Eigen::Index(FunctionView::kCurvePoints));
            const Eigen::VectorXd expected = predictOnLine(net, box, FunctionView::kCurvePoints);
            QVERIFY((*curve - expected).cwiseAbs().maxCoeff() < 1e-9);
            const std::vector<double> kinks = kinksOf(net, eps, box);
            QCOMPARE(*view->breakpoints(ids[i]), kinks);
            kinkTotal += kinks.size();
        }
        QVERIFY(kinkTotal > 0);  // the comparison above is not between empty lists only
    }

    void curvesFollowTheWeightsWhileTraining() {
        // Stop once the 5th sample of the run is on the chart: by then the curve has left the
        // shared initial network (the page redraws it from the job's newest weights).
        AppState state;
        TrainPage page(&state);
        state.setDataset(generateLine(Line1D::Sine, 30, 0.0, 2), "sine");
        page.setCheckedRegularizers({"p0.4"});
        page.setEpochs(100000000);
        QSignalSpy done(&page, &TrainPage::trainingFinished);
        page.start();
        const FunctionView* view = page.functionView();
        QVERIFY(view->curve("p0.4"));
        const ShallowReluNet init = initShallowNet(1, 30, page.initSeed());
        const Eigen::VectorXd initial =
            predictOnLine(init, view->box(), FunctionView::kCurvePoints);
        QVERIFY((*view->curve("p0.4") - initial).cwiseAbs().maxCoeff() < 1e-12);
        QTRY_VERIFY_WITH_TIMEOUT(page.mseChart()->receivedCount("p0.4") >= 5, 60000);
        QTRY_VERIFY_WITH_TIMEOUT((*view->curve("p0.4") - initial).cwiseAbs().maxCoeff() > 1e-6,
                                 60000);
        QVERIFY(page.isRunning());
        page.stop();
        QVERIFY(done.wait(60000));
        const Eigen::VectorXd last =
            predictOnLine(state.trainResults()[0].net, view->box(), FunctionView::kCurvePoints);
        QVERIFY((*view->curve("p0.4") - last).cwiseAbs().maxCoeff() < 1e-9);
    }

    void heatMapIsTheSelectedNetsOutput() {
        AppState state;
        TrainPage page(&state);
        state.setDataset(generateTeacher(30, 2, 5), "teacher");
        page.setCheckedRegularizers({"none", "p0.4"});
        page.setEpochs(2000);
        QSignalSpy done(&page, &TrainPage::trainingFinished);
        page.start();
        QVERIFY(done.wait(60000));
        const FunctionView* view = page.functionView();
        QCOMPARE(view->mode(), FunctionView::Mode::Plane);
        QVERIFY(view->curveKeys().contains(view->shownKey()));
        const int index = view->curveKeys().indexOf(view->shownKey());
        const ShallowReluNet& net = state.trainResults()[std::size_t(index)].net;
        const PlotBox box = view->box();
        const int n = FunctionView::kGridSize;
        QCOMPARE(view->heatImage().size(), QSize(n, n));
        for (auto [r, c] : {std::pair{0, 0}, {37, 101}, {n - 1, n / 2}, {n / 3, n - 1}}) {
            const double x = gridCoordinate(box.x0, box.x1, c, n);
            const double y = gridCoordinate(box.y1, box.y0, r, n);
            const double f = predictAt(net, x, y);
            QVERIFY(std::abs(view->heatValues()(r, c) - f) < 1e-9);
            QCOMPARE(view->heatImage().pixel(c, r),
                     FunctionView::heatColor(f, view->colorLow(), view->contourLevel(),
                                             view->colorHigh()));
        }
        QCOMPARE(view->contourLevel(), state.dataset().y.mean());
        // Choosing the other regularizer redraws the heat map from its network.
        const QString other = view->curveKeys()[1 - index];
        const_cast<FunctionView*>(view)->setSelected(other);
        QCOMPARE(view->shownKey(), other);
        const ShallowReluNet& otherNet = state.trainResults()[std::size_t(1 - index)].net;
        QVERIFY(std::abs(view->heatValues()(37, 101) -
                         predictAt(otherNet, gridCoordinate(box.x0, box.x1, 101, n),
                                   gridCoordinate(box.y1, box.y0, 37, n))) < 1e-9);
    }

    void contourLiesOnTheLevel() {
        // A hand-made net f(x, y) = relu(x) − relu(−y) on a square: wherever the contour at the
        // data's mean is drawn, the net's value there is that level (up to the grid's linear
        // interpolation, exact for a function linear within each cell away from kinks).
        Dataset data = generateRandom(40, 2, 3);
        data.y = data.X.col(0).cwiseMax(0.0) - (-data.X.col(1)).cwiseMax(0.0);
        FunctionView view;
        view.setData(data);
        ShallowReluNet net;
        net.W.resize(2, 2);
        net.W << 1.0, 0.0, 0.0, -1.0;
        net.b = Eigen::Vector2d::Zero();
        net.v = Eigen::Vector2d(1.0, -1.0);
        view.setNetwork("hand", "hand", Qt::black, net, 1e-6);
        QCOMPARE(view.contourLevel(), data.y.mean());
        // The colour scale: white at the level, blue below, red above.
        const double lo = view.colorLow(), level = view.contourLevel(), hi = view.colorHigh();
        QCOMPARE(FunctionView::heatColor(level, lo, level, hi), qRgb(242, 242, 242));
        QVERIFY(qBlue(FunctionView::heatColor(lo, lo, level, hi)) > 200);
        QVERIFY(qRed(FunctionView::heatColor(hi, lo, level, hi)) > 200);
        QVERIFY(qBlue(FunctionView::heatColor(hi, lo, level, hi)) < 60);
        QVERIFY(view.contour().size() > 10);
        // Along a cell edge f changes by at most its slope (1) times the cell size.
        const double cell = (view.box().x1 - view.box().x0) / (FunctionView::kGridSize - 1);
        for (const QLineF& s : view.contour())
            for (const QPointF& p : {s.p1(), s.p2()})
                QVERIFY(std::abs(predictAt(net, p.x(), p.y()) - view.contourLevel()) < cell);
    }

    void sliderShowsTheSnapshotOfItsSample() {
        AppState state;
        TrainPage page(&state);
        state.setDataset(generateLine(Line1D::Bump, 6, 0.0, 0), "bump");
        const QStringList ids{"none", "p0.4"};
        page.setCheckedRegularizers(ids);
        page.setEpochs(2000);
        QSignalSpy done(&page, &TrainPage::trainingFinished);
        page.start();
        QVERIFY(!page.epochSlider()->isEnabled());
        QVERIFY(done.wait(60000));
        const auto& results = state.trainResults();
        QCOMPARE(results[0].snapshots.size(), std::size_t(21));  // epochs 0, 100, …, 2000
        QVERIFY(page.epochSlider()->isEnabled());
        QCOMPARE(page.epochSlider()->maximum(), 20);
        const FunctionView* view = page.functionView();
        const int n = FunctionView::kCurvePoints;
        const auto showsSnapshot = [&](const QString& id, const ShallowReluNet& net) {
            return (*view->curve(id) - predictOnLine(net, view->box(), n)).cwiseAbs().maxCoeff() <
                   1e-9;
        };
        page.epochSlider()->setValue(3);
        for (int i = 0; i < ids.size(); ++i) {
            QVERIFY(showsSnapshot(ids[i], results[std::size_t(i)].snapshots[3]));
            QVERIFY(!showsSnapshot(ids[i], results[std::size_t(i)].net));  // not the final one
        }
        QCOMPARE(page.mseChart()->xCursor(), 300.0);
        QCOMPARE(page.nonzeroChart()->xCursor(), 300.0);

        // Replay runs from the first sample to the last, then stops.
        page.setReplaySeconds(1.0);
        QSignalSpy moved(page.epochSlider(), &QSlider::valueChanged);
        page.replayButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            page.epochSlider()->value() == 20 && page.replayButton()->text() == "Replay", 30000);
        QVERIFY(moved.count() >= 2);  // to 0, then on through the samples
        QCOMPARE(moved.first().first().toInt(), 0);
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY(showsSnapshot(ids[i], results[std::size_t(i)].snapshots.back()));
        QCOMPARE(page.mseChart()->xCursor(), 2000.0);

        // Results loaded from a file (the session's JSON) replay the same way.
        AppState loadedState;
        TrainPage loaded(&loadedState);
        loadedState.setDataset(state.dataset(), "bump");
        std::vector<TrainResult> fromFile;
        for (const TrainResult& r : results) {
            TrainResult back;
            std::string error;
            QVERIFY2(trainResultFromJson(nlohmann::json(r), back, error), error.c_str());
            fromFile.push_back(std::move(back));
        }
        loadedState.setTrainResults(fromFile, state.trainConfig());
        QVERIFY(loaded.epochSlider()->isEnabled());
        loaded.epochSlider()->setValue(5);
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY((*loaded.functionView()->curve(ids[i]) -
                     predictOnLine(results[std::size_t(i)].snapshots[5], view->box(), n))
                        .cwiseAbs()
                        .maxCoeff() < 1e-9);
    }

    void tooManyInputsSaysSo() {
        AppState state;
        TrainPage page(&state);
        state.setDataset(generateRandom(7, 5, 0), "random");
        QCOMPARE(page.functionView()->mode(), FunctionView::Mode::TooManyInputs);
        QVERIFY(page.functionView()->message().contains("1 or 2 inputs"));
        QVERIFY(page.functionView()->message().contains("5"));
        state.setDataset(generateLine(Line1D::Bump, 6, 0.0, 0), "bump");
        QCOMPARE(page.functionView()->mode(), FunctionView::Mode::Line);
        QVERIFY(page.functionView()->message().isEmpty());
    }
};

QTEST_MAIN(TestFunctionView)
#include "test_function_view.moc"
