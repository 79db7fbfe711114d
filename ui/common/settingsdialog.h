#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace ContactDesk {

class LanguageManager;

// Preferences that belong to this desktop, not to the contact centre: the UI language, the
// region assumed for phone numbers written without a country code, and the sound for new offers.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(LanguageManager &languages, QWidget *parent = nullptr);

    static QString phoneRegion(); // "KR" unless changed
    static void setPhoneRegion(const QString &region);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyAndAccept();

    LanguageManager &m_languages;
    QString m_initialLanguage;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QCheckBox *m_offerSound = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ContactDesk
