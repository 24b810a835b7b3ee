// Presentation settings (ui/main/presentation): zoom scales the application font and every chart's
// title, legend and axis fonts by the same factor (and back); the dark theme darkens the window
// palette and the charts' backgrounds and texts while the series keep their colours.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>
#include <QtTest>

#include "ui/charts/live_line_chart.h"
#include "ui/main/main_window.h"
#include "ui/main/presentation.h"
#include "ui/train/train_page.h"

using namespace smip::ui;

class TestPresentation : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void zoomScalesTextAndCharts() {
        MainWindow w;
        Presentation* p = w.presentation();
        p->setZoom(1.0, false);
        const double app = QApplication::font().pointSizeF();
        QChart* chart = w.trainPage()->mseChart()->chart();
        const double title = chart->titleFont().pointSizeF();
        const double labels = chart->axes(Qt::Horizontal).first()->labelsFont().pointSizeF();
        p->setZoom(1.5, false);
        QCOMPARE(QApplication::font().pointSizeF(), app * 1.5);
        QCOMPARE(chart->titleFont().pointSizeF(), title * 1.5);
        QCOMPARE(chart->axes(Qt::Horizontal).first()->labelsFont().pointSizeF(), labels * 1.5);
        p->resetZoom();
        QCOMPARE(chart->titleFont().pointSizeF(), title);
        QCOMPARE(QApplication::font().pointSizeF(), app);
        p->setZoom(10.0, false);
        QCOMPARE(p->zoom(), 3.0);  // clamped
        p->setZoom(1.0, false);
    }

    void darkThemeDarkensWindowAndCharts() {
        MainWindow w;
        Presentation* p = w.presentation();
        p->setTheme(Presentation::Theme::Dark, false);
        QVERIFY(p->dark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QChart* chart = w.trainPage()->nonzeroChart()->chart();
        QVERIFY(chart->backgroundBrush().color().lightness() < 100);
        QVERIFY(chart->titleBrush().color().lightness() > 150);
        QVERIFY(chart->legend()->labelColor().lightness() > 150);
        p->setTheme(Presentation::Theme::Light, false);
        QVERIFY(!p->dark());
        QVERIFY(chart->backgroundBrush().color().lightness() > 200);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }
};

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"
