#include "settingsdialog.h"

#include "agent/offernotifier.h"
#include "languagemanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

const QString regionKey = QStringLiteral("phone/defaultRegion");

} // namespace

SettingsDialog::SettingsDialog(LanguageManager &languages, QWidget *parent)
    : QDialog(parent)
    , m_languages(languages)
    , m_initialLanguage(languages.preference())
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_regionLabel = new QLabel(this);
    m_regionLabel->setBuddy(m_region);
    m_offerSound = new QCheckBox(this);
    m_offerSound->setObjectName(QStringLiteral("offerSoundCheck"));
    m_offerSound->setChecked(OfferNotifier::soundEnabled());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::applyAndAccept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_regionLabel, m_region);
    form->addRow(QString(), m_offerSound);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    retranslate();
}

QString SettingsDialog::phoneRegion()
{
    const QString region = QSettings().value(regionKey, QStringLiteral("KR")).toString();
    return region.isEmpty() ? QStringLiteral("KR") : region;
}

void SettingsDialog::setPhoneRegion(const QString &region)
{
    QSettings().setValue(regionKey, region);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_regionLabel->setText(tr("&Phone numbers without a country code are from:"));

    const QString currentLanguage =
        m_language->count() ? m_language->currentData().toString() : m_languages.preference();
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    for (const QString &language : LanguageManager::availableLanguages())
        m_language->addItem(LanguageManager::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(currentLanguage)));
    m_language->setAccessibleName(tr("User interface language"));

    const QString currentRegion = m_region->count() ? m_region->currentData().toString() : phoneRegion();
    m_region->clear();
    m_region->addItem(tr("South Korea (+82)"), QStringLiteral("KR"));
    m_region->addItem(tr("United States (+1)"), QStringLiteral("US"));
    m_region->setCurrentIndex(std::max(0, m_region->findData(currentRegion)));
    m_region->setAccessibleName(tr("Default region for phone numbers"));

    m_offerSound->setText(tr("Play a &sound for new offers when the window is in the background"));
}

void SettingsDialog::applyAndAccept()
{
    setPhoneRegion(m_region->currentData().toString());
    OfferNotifier::setSoundEnabled(m_offerSound->isChecked());
    // Only a changed choice is stored: a language given on the command line for this run stays
    // in effect when the agent merely changed the phone region.
    const QString language = m_language->currentData().toString();
    if (language != m_initialLanguage)
        m_languages.setPreference(language);
    accept();
}

} // namespace ContactDesk
