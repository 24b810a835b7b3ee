#include "ui/i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace smip::ui {

QStringList availableLanguages() {
    return {"en", "de"};
}

QString storedLanguage() {
    return QSettings().value("language").toString();
}

void storeLanguage(const QString& code) {
    QSettings().setValue("language", code);
}

QString installTranslators(QCoreApplication& app, const QString& code) {
    const QString lang = code.isEmpty() ? QLocale::system().name().section('_', 0, 0) : code;
    if (lang == "en" || !availableLanguages().contains(lang)) return "en";
    auto* ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/sparsemip_%1.qm").arg(lang))) {
        delete ours;
        return "en";
    }
    app.installTranslator(ours);
    // Qt's own strings (dialog buttons, file dialogs) from Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return lang;
}

}  // namespace smip::ui
