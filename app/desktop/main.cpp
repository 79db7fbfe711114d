#include "common/languagemanager.h"
#include "common/settingsdialog.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("contactdesk"));
    QApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("contactdesk.org"));
    QApplication::setDesktopFileName(QStringLiteral(CONTACTDESK_APP_ID));

    ContactDesk::LanguageManager languages;
    languages.apply();
    ContactDesk::SettingsDialog dialog(languages);
    return dialog.exec() == QDialog::Accepted ? 0 : 1;
}
