// LiveLineChart: queued points appear only at flush, long histories are thinned but keep their
// first and last points, non-finite values do not break the chart, exports produce real files.
#include <QTemporaryDir>
#include <QtTest>

#include "ui/charts/live_line_chart.h"

using smip::ui::LiveLineChart;

class TestLiveChart : public QObject {
    Q_OBJECT
  private slots:
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
