// LiveLineChart: queued points appear only at flush, long histories are thinned but keep their
// first and last points, non-finite values do not break the chart, exports produce real files;
// LiveLineChart and BarChart free every QObject they create (no orphaned default chart).
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
};

QTEST_MAIN(TestLiveChart)
#include "test_live_chart.moc"
