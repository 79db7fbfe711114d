#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ContactDesk {

namespace {

const QString preferenceKey = QStringLiteral("ui/language");

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
    m_preference = QSettings().value(preferenceKey).toString();
    if (!availableLanguages().contains(m_preference))
        m_preference.clear();
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("ko"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString LanguageManager::preference() const
{
    return m_preference;
}

void LanguageManager::setPreference(const QString &language)
{
    const QString cleaned = availableLanguages().contains(language) ? language : QString();
    m_preference = cleaned;
    m_sessionLanguage.clear();
    QSettings settings;
    if (cleaned.isEmpty())
        settings.remove(preferenceKey);
    else
        settings.setValue(preferenceKey, cleaned);
    apply();
}

bool LanguageManager::setSessionLanguage(const QString &language)
{
    if (!language.isEmpty() && !availableLanguages().contains(language))
        return false;
    m_sessionLanguage = language;
    apply();
    return true;
}

QString LanguageManager::effectiveLanguage() const
{
    if (!m_sessionLanguage.isEmpty())
        return m_sessionLanguage;
    if (!m_preference.isEmpty())
        return m_preference;
    for (const QString &uiLanguage : QLocale::system().uiLanguages()) {
        const QString language = uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void LanguageManager::apply()
{
    const QString language = effectiveLanguage();
    if (language == m_installed)
        return;
    install(language);
    Q_EMIT languageChanged(language);
}

void LanguageManager::install(const QString &language)
{
    removeTranslators();
    QLocale::setDefault(
        QLocale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                language == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));

    // Our own strings are embedded at :/i18n; Qt's (dialog buttons, context menus) come from the
    // system's Qt translations when installed.
    auto *own = new QTranslator(this);
    if (own->load(QStringLiteral(":/i18n/contactdesk_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own);
        m_translators.append(own);
    } else {
        delete own;
        qWarning("ContactDesk: no embedded translation for '%s'", qPrintable(language));
    }
    auto *qt = new QTranslator(this);
    if (qt->load(QLocale(language),
                 QStringLiteral("qtbase"),
                                QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_translators.append(qt);
    } else {
        delete qt;
    }
    m_installed = language;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    m_installed.clear();
}

} // namespace ContactDesk
