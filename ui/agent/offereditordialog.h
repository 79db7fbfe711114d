#pragma once

#include "backend/deskbackend.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace ContactDesk {

// Creates an offer or edits every term of one (docs/OFFERS.md, "Offers" and "Eligibility rules"):
// names, category, product, margin and currency, validity, who may be offered it, consent,
// cool-down, the assumed acceptance and whether it is active. What it builds is checked with
// Offer::validate and refused with the core's reason before anything is sent; the backend's
// own refusal (a product that is not stored ...) is shown the same way. Saved through
// DeskBackend::saveOffer; the dialog closes once the backend has stored it.
class OfferEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferEditorDialog)

public:
    // `existing`: the offer to edit, or empty for a new one. `takenIds`: the ids already in the
    // catalogue, which a new offer may not reuse.
    OfferEditorDialog(DeskBackend &backend, std::optional<Offer> existing, QStringList takenIds,
                      QWidget *parent = nullptr);

    bool isNew() const { return !m_existing.has_value(); }
    bool isLoaded() const { return m_loaded; } // the product list has arrived
    // The offer as the fields describe it now.
    Offer offer() const;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *nameKoEdit() const { return m_nameKo; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *productBox() const { return m_product; }
    QDoubleSpinBox *marginBox() const { return m_margin; }
    QComboBox *currencyBox() const { return m_currency; }
    QDateEdit *validFromEdit() const { return m_validFrom; }
    QDateEdit *validUntilEdit() const { return m_validUntil; }
    QComboBox *consentBox() const { return m_consent; }
    QSpinBox *cooldownBox() const { return m_cooldown; }
    QDoubleSpinBox *priorBox() const { return m_prior; }
    QCheckBox *activeBox() const { return m_active; }
    QCheckBox *segmentBox(Segment segment) const { return m_segments.value(int(segment)); }
    QCheckBox *valueTierBox(ValueTier tier) const { return m_tiers.value(int(tier)); }
    QCheckBox *channelBox(Channel channel) const { return m_channels.value(int(channel)); }
    QListWidget *ownedAnyList() const { return m_ownedAny; }
    QListWidget *notOwnedList() const { return m_notOwned; }
    QLineEdit *languagesEdit() const { return m_languages; }
    QLineEdit *regionsEdit() const { return m_regions; }
    QLineEdit *contactReasonsEdit() const { return m_reasons; }
    QSpinBox *minTenureBox() const { return m_tenure; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *saveButton() const { return m_save; }

    // Checks the product's item in one of the two product lists; false when it is not listed.
    static bool setProductChecked(QListWidget *list, const QString &productId, bool checked);
    // Selects the product in productBox(); false when it is not listed.
    bool selectProduct(const QString &productId);

    // The first instant of a "valid from" day and the end of a "valid until" day (both UTC),
    // and back; 0 is "always" / "no end".
    static qint64 startOfDayMs(const QDate &date);
    static QDate dayOf(qint64 ms);

Q_SIGNALS:
    void saved(const QString &offerId);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadProducts();
    void showProducts();
    void showOffer(const Offer &offer);
    void save();
    void showError(const QString &message);
    void updateMarginDecimals();
    void retranslate();
    void fillProductList(QListWidget *list, const QStringList &checked);
    static QStringList checkedProducts(const QListWidget *list);
    static QStringList splitList(const QString &text);

    QPointer<DeskBackend> m_backend;
    std::optional<Offer> m_existing;
    QStringList m_takenIds;
    QList<OfferProduct> m_products;
    bool m_loaded = false;
    bool m_saving = false;
    // The dates as shown when the offer was opened: an unchanged date keeps its exact time.
    QDate m_shownFrom;
    QDate m_shownUntil;

    QGroupBox *m_termsGroup = nullptr;
    QGroupBox *m_rulesGroup = nullptr;
    QLabel *m_idLabel = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_nameKoLabel = nullptr;
    QLineEdit *m_nameKo = nullptr;
    QLabel *m_nameEnLabel = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_productLabel = nullptr;
    QComboBox *m_product = nullptr;
    QLabel *m_marginLabel = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_validFromLabel = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QLabel *m_validUntilLabel = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLabel *m_consentLabel = nullptr;
    QComboBox *m_consent = nullptr;
    QLabel *m_cooldownLabel = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QLabel *m_priorLabel = nullptr;
    QDoubleSpinBox *m_prior = nullptr;
    QCheckBox *m_active = nullptr;

    QLabel *m_rulesHint = nullptr;
    QLabel *m_segmentsLabel = nullptr;
    QHash<int, QCheckBox *> m_segments;
    QLabel *m_tiersLabel = nullptr;
    QHash<int, QCheckBox *> m_tiers;
    QLabel *m_channelsLabel = nullptr;
    QHash<int, QCheckBox *> m_channels;
    QLabel *m_languagesLabel = nullptr;
    QLineEdit *m_languages = nullptr;
    QLabel *m_regionsLabel = nullptr;
    QLineEdit *m_regions = nullptr;
    QLabel *m_reasonsLabel = nullptr;
    QLineEdit *m_reasons = nullptr;
    QLabel *m_tenureLabel = nullptr;
    QSpinBox *m_tenure = nullptr;
    QLabel *m_ownedAnyLabel = nullptr;
    QListWidget *m_ownedAny = nullptr;
    QLabel *m_notOwnedLabel = nullptr;
    QListWidget *m_notOwned = nullptr;

    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace ContactDesk
