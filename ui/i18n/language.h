#pragma once
// Language selection: the app follows the system locale unless the user picked a language in the
// Language menu (stored in QSettings, applied at the next start).
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace smip::ui {

/// Language codes that ship ("en", "de").
QStringList availableLanguages();
/// The stored choice ("" = follow the system locale).
QString storedLanguage();
void storeLanguage(const QString& code);
/// Installs the translators for `code` ("" = system locale) into `app`. Returns the language
/// actually used ("en" when no translation matched). GUI thread, before widgets are created.
QString installTranslators(QCoreApplication& app, const QString& code);

}  // namespace smip::ui
