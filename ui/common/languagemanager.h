#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace ContactDesk {

// Chooses the UI language: the system locale by default, or the one picked in Settings. Switching
// at run time installs new translators, which sends QEvent::LanguageChange to every widget.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // Languages the UI ships in, as BCP 47 codes ("ko", "en").
    static QStringList availableLanguages();
    // The language's own name for itself ("한국어", "English").
    static QString nativeName(const QString &language);

    // "" means "follow the system".
    QString preference() const;
    void setPreference(const QString &language);

    // A language for this run only (the desktop's --language option): it wins over the stored
    // preference until setPreference() is called, and is never stored. "" removes it.
    // Returns false, changing nothing, for a language we do not ship.
    bool setSessionLanguage(const QString &language);

    // The language in effect: the session language, the preference, or the system's when it is
    // one we ship, else English.
    QString effectiveLanguage() const;

    // Reads the stored preference and installs translators; call once at start.
    void apply();

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void install(const QString &language);
    void removeTranslators();

    QString m_preference;
    QString m_sessionLanguage;
    QString m_installed;
    QList<QTranslator *> m_translators;
};

} // namespace ContactDesk
