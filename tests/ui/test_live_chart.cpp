// LiveLineChart: queued points appear only at flush, long histories are thinned but keep their
// first and last points, non-finite values do not break the chart, exports produce real files;
// LiveLineChart and BarChart free every QObject they create (no orphaned default chart).
#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/charts/bar_chart.h"
#include "ui/charts/live_line_chart.h"

using smip::ui::BarChart;
using smip::ui::LiveLineChart;

// Qt's hook table for tools such as GammaRay (qhooks_p.h, not installed by Debian): entry 3 is
// called for every QObject constructed, entry 4 for every QObject destroyed.
extern "C" Q_DECL_IMPORT quintptr qtHookData[];

namespace {
constexpr int kAddQObjectHook = 3, kRemoveQObjectHook = 4;
long gLiveObjects = 0;  // GUI thread only
quintptr gPreviousAdd = 0, gPreviousRemove = 0;
void countAdded(QObject* o) {
    ++gLiveObjects;
    if (gPreviousAdd) reinterpret_cast<void (*)(QObject*)>(gPreviousAdd)(o);
}
void countRemoved(QObject* o) {
    --gLiveObjects;
    if (gPreviousRemove) reinterpret_cast<void (*)(QObject*)>(gPreviousRemove)(o);
}

// QObjects that `run` creates and leaves alive (pending deleteLater()s processed first).
template <class F>
long objectsLeftAlive(F run) {
    gLiveObjects = 0;
    gPreviousAdd = qtHookData[kAddQObjectHook];
    gPreviousRemove = qtHookData[kRemoveQObjectHook];
    qtHookData[kAddQObjectHook] = reinterpret_cast<quintptr>(&countAdded);
    qtHookData[kRemoveQObjectHook] = reinterpret_cast<quintptr>(&countRemoved);
    run();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    qtHookData[kAddQObjectHook] = gPreviousAdd;
    qtHookData[kRemoveQObjectHook] = gPreviousRemove;
    return gLiveObjects;
}

void drawLines() {
    LiveLineChart chart;
    chart.addSeries("a", "A", Qt::red);
    chart.appendPoints("a", {QPointF(0, 1), QPointF(1, 2)});
    chart.flush();
}
void drawBars() {
    BarChart chart;
    chart.setBars("t", "v", {{"a", 1.0, Qt::red}, {"b", 2.0, Qt::blue}});
}
}  // namespace

class TestLiveChart : public QObject {
    Q_OBJECT
  private slots:
    void chartsFreeEverythingTheyCreate() {
        // The first charts create Qt's once-per-process objects (style, fonts, animation driver).
        drawLines();
        drawBars();
        QCOMPARE(objectsLeftAlive(drawLines), 0L);
        QCOMPARE(objectsLeftAlive(drawBars), 0L);
    }
    void thinsButKeepsEnds() {
        LiveLineChart chart;
        chart.addSeries("a", "A", Qt::red);
        QList<QPointF> pts;
        for (int i = 0; i < 10000; ++i)
            pts << QPointF(i, 1.0 / (i + 1));
        chart.appendPoints("a", pts);
        chart.flush();
        QCOMPARE(chart.receivedCount("a"), qint64(10000));
        QVERIFY(chart.pointCount("a") <= 4000);
        QVERIFY(chart.pointCount("a") >= 2000);
    }
    void logScaleSkipsNonPositive() {
        LiveLineChart chart;
        chart.setYScale(LiveLineChart::YScale::Log);
        chart.addSeries("a", "A", Qt::red);
        chart.appendPoints("a", {QPointF(0, 0.0), QPointF(1, std::nan("")), QPointF(2, 1e-3)});
        chart.flush();  // must not crash or hang on zero / NaN in log scale
        QCOMPARE(chart.receivedCount("a"), qint64(3));
    }
    void exportsPngAndSvg() {
        QTemporaryDir dir;
        LiveLineChart chart;
        chart.resize(500, 300);
        chart.addSeries("a", "A", Qt::blue);
        chart.appendPoints("a", {QPointF(0, 1), QPointF(1, 2)});
        chart.flush();
        const QString png = dir.filePath("c.png"), svg = dir.filePath("c.svg");
        QCOMPARE(chart.exportImage(png), QString());
        QCOMPARE(chart.exportImage(svg), QString());
        QImage image(png);
        QVERIFY(!image.isNull());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg"));
        QVERIFY(!chart.exportImage("/nonexistent-dir/x.png").isEmpty());
    }

    // Envelope mode: an oscillating series far longer than the chart keeps (thinned by halving)
    // is drawn as a band whose every column holds the series' true minimum and maximum there,
    // and a median line; turning it off gives the plain line back.
    void envelopeKeepsTheTrueExtremes() {
        LiveLineChart chart;
        chart.setYScale(LiveLineChart::YScale::Log);
        chart.addSeries("mse", "MSE", Qt::red);
        QList<QPointF> points;
        for (int i = 0; i < 20000; ++i)  // 1e-14, 1e-5, 1e-14, ... with a slow trend
            points << QPointF(i, (i % 2 ? 1e-5 : 1e-14) * (1.0 + i / 20000.0));
        for (int k = 0; k < 20; ++k)
            chart.appendPoints("mse", points.mid(k * 1000, 1000));
        chart.setEnvelope(true);
        QVERIFY(chart.pointCount("mse") < 20000);  // the kept list is thinned
        const auto columns = chart.envelopeColumns("mse");
        QVERIFY(columns.size() >= 100);
        for (const auto& c : columns) {
            double low = 1e300, high = -1e300;
            for (const QPointF& p : points)
                if (p.x() >= c.x0 && p.x() < c.x1) {
                    low = std::min(low, p.y());
                    high = std::max(high, p.y());
                }
            QCOMPARE(c.low, low);
            QCOMPARE(c.high, high);
        }
        auto* band = [&]() -> QAreaSeries* {
            for (QAbstractSeries* s : chart.chart()->series())
                if (auto* a = qobject_cast<QAreaSeries*>(s)) return a;
            return nullptr;
        }();
        QVERIFY(band && band->isVisible());
        QCOMPARE(band->upperSeries()->count(), int(2 * columns.size()));
        chart.setEnvelope(false);
        QVERIFY(!band->isVisible());
    }
};

QTEST_MAIN(TestLiveChart)
#include "test_live_chart.moc"
