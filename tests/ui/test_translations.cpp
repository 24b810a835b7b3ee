// The German translation ships inside the binary and translates the main strings.
#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

#include "ui/i18n/language.h"

class TestTranslations : public QObject {
    Q_OBJECT
  private slots:
    void germanLoads() {
        QTranslator t;
        QVERIFY(t.load(":/i18n/sparsemip_de.qm"));
        QVERIFY(!t.isEmpty());
        QCOMPARE(t.translate("smip::ui::TrainPage", "Start"), QString("Starten"));
        QCOMPARE(t.translate("smip::ui::MainWindow", "&File"), QString("&Datei"));
    }
    void installPicksGerman() {
        QCOMPARE(smip::ui::installTranslators(*QCoreApplication::instance(), "de"), QString("de"));
        QCOMPARE(QCoreApplication::translate("smip::ui::TrainPage", "Stop"), QString("Stopp"));
    }
    void unknownLanguageFallsBackToEnglish() {
        QTranslator t;
        QCOMPARE(smip::ui::installTranslators(*QCoreApplication::instance(), "xx"), QString("en"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
