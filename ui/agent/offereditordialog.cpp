#include "offereditordialog.h"

#include "displaytext.h"
#include "offercataloguedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

// The date edits' minimum stands for "always" (valid from) and "no end" (valid until).
const QDate NoDate(2000, 1, 1);
// The largest margin Offer and JSON carry exactly: 2^53 - 1 minor units.
constexpr double MaxMarginMinor = 9007199254740991.0;

const QList<Segment> Segments = {Segment::Consumer, Segment::SmallBusiness, Segment::Corporate,
                                 Segment::PublicSector};
const QList<ValueTier> Tiers = {ValueTier::Bronze, ValueTier::Silver, ValueTier::Gold, ValueTier::Platinum};

double minorPerMajor(const QString &currency)
{
    double scale = 1.0;
    for (int i = 0; i < currencyMinorDigits(currency); ++i)
        scale *= 10.0;
    return scale;
}

} // namespace

OfferEditorDialog::OfferEditorDialog(DeskBackend &backend, std::optional<Offer> existing,
                                     QStringList takenIds, QWidget *parent)
    : QDialog(parent)
    , m_backend(&backend)
    , m_existing(std::move(existing))
    , m_takenIds(std::move(takenIds))
{
    setObjectName(u"offerEditorDialog"_s);

    // The offer's terms.
    m_termsGroup = new QGroupBox(this);
    m_id = new QLineEdit(m_termsGroup);
    m_id->setObjectName(u"offerId"_s);
    m_id->setMaxLength(Offer::MaxIdLength);
    m_nameKo = new QLineEdit(m_termsGroup);
    m_nameKo->setObjectName(u"offerNameKo"_s);
    m_nameEn = new QLineEdit(m_termsGroup);
    m_nameEn->setObjectName(u"offerNameEn"_s);
    m_category = new QComboBox(m_termsGroup);
    m_category->setObjectName(u"offerCategory"_s);
    for (OfferCategory category : allOfferCategories())
        m_category->addItem(QString(), offerCategoryKey(category));
    m_product = new QComboBox(m_termsGroup);
    m_product->setObjectName(u"offerProduct"_s);
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_product->setMinimumContentsLength(18);
    m_margin = new QDoubleSpinBox(m_termsGroup);
    m_margin->setObjectName(u"offerMargin"_s);
    // Negative margins can be typed so that the core's validation, not the widget, says why not.
    m_margin->setRange(-MaxMarginMinor, MaxMarginMinor);
    m_margin->setGroupSeparatorShown(true);
    m_margin->setDecimals(0);
    m_margin->setSingleStep(1000);
    m_currency = new QComboBox(m_termsGroup);
    m_currency->setObjectName(u"offerCurrency"_s);
    m_currency->setEditable(true);
    m_currency->addItems({u"KRW"_s, u"USD"_s, u"EUR"_s, u"JPY"_s, u"CNY"_s, u"GBP"_s});
    connect(m_currency, &QComboBox::currentTextChanged, this, &OfferEditorDialog::updateMarginDecimals);
    m_validFrom = new QDateEdit(m_termsGroup);
    m_validFrom->setObjectName(u"offerValidFrom"_s);
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setMinimumDate(NoDate);
    m_validFrom->setDisplayFormat(u"yyyy-MM-dd"_s); // as in catalogue files, and unambiguous
    m_validUntil = new QDateEdit(m_termsGroup);
    m_validUntil->setObjectName(u"offerValidUntil"_s);
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setMinimumDate(NoDate);
    m_validUntil->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_consent = new QComboBox(m_termsGroup);
    m_consent->setObjectName(u"offerConsent"_s);
    m_consent->addItem(QString(), offerConsentKey(OfferConsent::None));
    m_consent->addItem(QString(), offerConsentKey(OfferConsent::Marketing));
    m_cooldown = new QSpinBox(m_termsGroup);
    m_cooldown->setObjectName(u"offerCooldown"_s);
    m_cooldown->setRange(0, Offer::MaxCooldownDays);
    m_prior = new QDoubleSpinBox(m_termsGroup);
    m_prior->setObjectName(u"offerPrior"_s);
    m_prior->setRange(0.0, 100.0);
    m_prior->setDecimals(1);
    m_prior->setSuffix(u" %"_s);
    m_active = new QCheckBox(m_termsGroup);
    m_active->setObjectName(u"offerActive"_s);

    const auto label = [](QWidget *buddy, QWidget *parent) {
        auto *result = new QLabel(parent);
        result->setBuddy(buddy);
        return result;
    };
    m_idLabel = label(m_id, m_termsGroup);
    m_nameKoLabel = label(m_nameKo, m_termsGroup);
    m_nameEnLabel = label(m_nameEn, m_termsGroup);
    m_categoryLabel = label(m_category, m_termsGroup);
    m_productLabel = label(m_product, m_termsGroup);
    m_marginLabel = label(m_margin, m_termsGroup);
    m_validFromLabel = label(m_validFrom, m_termsGroup);
    m_validUntilLabel = label(m_validUntil, m_termsGroup);
    m_consentLabel = label(m_consent, m_termsGroup);
    m_cooldownLabel = label(m_cooldown, m_termsGroup);
    m_priorLabel = label(m_prior, m_termsGroup);

    auto *money = new QHBoxLayout;
    money->addWidget(m_margin, 1);
    money->addWidget(m_currency);
    auto *terms = new QFormLayout(m_termsGroup);
    terms->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    terms->addRow(m_idLabel, m_id);
    terms->addRow(m_nameKoLabel, m_nameKo);
    terms->addRow(m_nameEnLabel, m_nameEn);
    terms->addRow(m_categoryLabel, m_category);
    terms->addRow(m_productLabel, m_product);
    terms->addRow(m_marginLabel, money);
    terms->addRow(m_validFromLabel, m_validFrom);
    terms->addRow(m_validUntilLabel, m_validUntil);
    terms->addRow(m_consentLabel, m_consent);
    terms->addRow(m_cooldownLabel, m_cooldown);
    terms->addRow(m_priorLabel, m_prior);
    terms->addRow(QString(), m_active);

    // Who may be offered it.
    m_rulesGroup = new QGroupBox(this);
    m_rulesHint = new QLabel(m_rulesGroup);
    m_rulesHint->setWordWrap(true);
    // One grid for every rule, so that the tick boxes of segments, tiers and channels line up:
    // labels in column 0, four columns of boxes beside them.
    constexpr int BoxColumns = 4;
    auto *ruleGrid = new QGridLayout;
    int gridRow = 0;
    const auto checkRows = [this, ruleGrid, &gridRow](QLabel *label, QHash<int, QCheckBox *> &boxes,
                                                      const QList<int> &keys, const QStringList &names) {
        ruleGrid->addWidget(label, gridRow, 0);
        for (int i = 0; i < keys.size(); ++i) {
            auto *box = new QCheckBox(m_rulesGroup);
            box->setObjectName(names.at(i));
            boxes.insert(keys.at(i), box);
            ruleGrid->addWidget(box, gridRow + i / BoxColumns, 1 + i % BoxColumns);
        }
        gridRow += int((keys.size() + BoxColumns - 1) / BoxColumns);
    };
    const auto fieldRow = [ruleGrid, &gridRow](QLabel *label, QWidget *field) {
        ruleGrid->addWidget(label, gridRow, 0);
        ruleGrid->addWidget(field, gridRow, 1, 1, BoxColumns);
        ++gridRow;
    };
    m_languages = new QLineEdit(m_rulesGroup);
    m_languages->setObjectName(u"ruleLanguages"_s);
    m_regions = new QLineEdit(m_rulesGroup);
    m_regions->setObjectName(u"ruleRegions"_s);
    m_reasons = new QLineEdit(m_rulesGroup);
    m_reasons->setObjectName(u"ruleContactReasons"_s);
    m_tenure = new QSpinBox(m_rulesGroup);
    m_tenure->setObjectName(u"ruleMinTenure"_s);
    m_tenure->setRange(0, Offer::MaxTenureDays);
    m_ownedAny = new QListWidget(m_rulesGroup);
    m_ownedAny->setObjectName(u"ruleOwnedAny"_s);
    m_notOwned = new QListWidget(m_rulesGroup);
    m_notOwned->setObjectName(u"ruleNotOwned"_s);
    for (QListWidget *list : {m_ownedAny, m_notOwned}) {
        list->setMinimumHeight(110);
        list->setUniformItemSizes(true);
    }

    m_segmentsLabel = new QLabel(m_rulesGroup);
    m_tiersLabel = new QLabel(m_rulesGroup);
    m_channelsLabel = new QLabel(m_rulesGroup);
    {
        QList<int> keys;
        QStringList names;
        for (Segment segment : Segments) {
            keys.append(int(segment));
            names.append(u"ruleSegment-"_s + segmentKey(segment));
        }
        checkRows(m_segmentsLabel, m_segments, keys, names);
        keys.clear();
        names.clear();
        for (ValueTier tier : Tiers) {
            keys.append(int(tier));
            names.append(u"ruleTier-"_s + valueTierKey(tier));
        }
        checkRows(m_tiersLabel, m_tiers, keys, names);
        keys.clear();
        names.clear();
        for (Channel channel : allChannels()) {
            keys.append(int(channel));
            names.append(u"ruleChannel-"_s + channelKey(channel));
        }
        checkRows(m_channelsLabel, m_channels, keys, names);
    }
    m_languagesLabel = label(m_languages, m_rulesGroup);
    m_regionsLabel = label(m_regions, m_rulesGroup);
    m_reasonsLabel = label(m_reasons, m_rulesGroup);
    m_tenureLabel = label(m_tenure, m_rulesGroup);
    m_ownedAnyLabel = label(m_ownedAny, m_rulesGroup);
    m_notOwnedLabel = label(m_notOwned, m_rulesGroup);

    fieldRow(m_languagesLabel, m_languages);
    fieldRow(m_regionsLabel, m_regions);
    fieldRow(m_reasonsLabel, m_reasons);
    fieldRow(m_tenureLabel, m_tenure);
    ruleGrid->setColumnStretch(BoxColumns, 1);
    auto *owned = new QGridLayout;
    owned->addWidget(m_ownedAnyLabel, 0, 0);
    owned->addWidget(m_notOwnedLabel, 0, 1);
    owned->addWidget(m_ownedAny, 1, 0);
    owned->addWidget(m_notOwned, 1, 1);
    owned->setRowStretch(1, 1);
    auto *rules = new QVBoxLayout(m_rulesGroup);
    rules->addWidget(m_rulesHint);
    rules->addLayout(ruleGrid);
    rules->addLayout(owned, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"offerEditorError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = box->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"offerEditorSave"_s);
    m_cancel = box->button(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &OfferEditorDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_termsGroup, 4);
    columns->addWidget(m_rulesGroup, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(box);

    resize(1120, 640);
    retranslate();
    Offer initial;
    if (m_existing) {
        initial = *m_existing;
    } else {
        initial.active = true;
    }
    showOffer(initial);
    m_id->setReadOnly(m_existing.has_value());
    m_save->setEnabled(false);
    loadProducts();
}

void OfferEditorDialog::loadProducts()
{
    QPointer<OfferEditorDialog> self(this);
    m_backend->offerProducts([self](const BackendResult<QList<OfferProduct>> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->showError(tr("Could not load the products: %1").arg(result.error().message));
            Q_EMIT self->errorOccurred(result.error().message);
            return;
        }
        self->m_products = result.value();
        self->m_loaded = true;
        self->showProducts();
        self->m_save->setEnabled(true);
    });
}

void OfferEditorDialog::showProducts()
{
    const Offer current = offer();
    const QString language = DisplayText::uiLanguage();
    m_product->clear();
    for (const OfferProduct &product : std::as_const(m_products))
        m_product->addItem(tr("%1 (%2)").arg(product.name(language), product.id), product.id);
    if (!current.productId.isEmpty() && m_product->findData(current.productId) < 0)
        m_product->addItem(current.productId, current.productId);
    m_product->setCurrentIndex(current.productId.isEmpty() ? (m_products.isEmpty() ? -1 : 0)
                                                           : m_product->findData(current.productId));
    fillProductList(m_ownedAny, current.rules.ownedAny);
    fillProductList(m_notOwned, current.rules.notOwned);
}

void OfferEditorDialog::fillProductList(QListWidget *list, const QStringList &checked)
{
    const QString language = DisplayText::uiLanguage();
    list->clear();
    QStringList listed;
    const auto add = [list, &checked, &listed](const QString &text, const QString &id) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(text); // the list may be narrower than a long name
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
        listed.append(id);
    };
    for (const OfferProduct &product : std::as_const(m_products))
        add(tr("%1 (%2)").arg(product.name(language), product.id), product.id);
    // A rule may name a product the catalogue does not list (docs/OFFERS.md): keep it.
    for (const QString &id : checked) {
        if (!listed.contains(id))
            add(id, id);
    }
}

QStringList OfferEditorDialog::checkedProducts(const QListWidget *list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toString());
    }
    return ids;
}

bool OfferEditorDialog::setProductChecked(QListWidget *list, const QString &productId, bool checked)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->data(Qt::UserRole).toString() == productId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool OfferEditorDialog::selectProduct(const QString &productId)
{
    const int index = m_product->findData(productId);
    if (index < 0)
        return false;
    m_product->setCurrentIndex(index);
    return true;
}

QStringList OfferEditorDialog::splitList(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QStringList entries = text.split(separators, Qt::SkipEmptyParts);
    entries.removeDuplicates();
    return entries;
}

qint64 OfferEditorDialog::startOfDayMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QDate OfferEditorDialog::dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

void OfferEditorDialog::showOffer(const Offer &offer)
{
    m_id->setText(offer.id);
    m_nameKo->setText(offer.nameKo);
    m_nameEn->setText(offer.nameEn);
    m_category->setCurrentIndex(std::max(0, m_category->findData(offerCategoryKey(offer.category))));
    m_product->clear();
    if (!offer.productId.isEmpty())
        m_product->addItem(offer.productId, offer.productId);
    m_currency->setCurrentText(offer.currency);
    updateMarginDecimals();
    m_margin->setValue(double(offer.marginMinor) / minorPerMajor(offer.currency));
    m_shownFrom = offer.validFromMs <= 0 ? NoDate : std::max(NoDate, dayOf(offer.validFromMs));
    // valid_until is exclusive: the last day shown is the one before it.
    m_shownUntil = offer.validUntilMs <= 0 ? NoDate : std::max(NoDate, dayOf(offer.validUntilMs - 1));
    m_validFrom->setDate(m_shownFrom);
    m_validUntil->setDate(m_shownUntil);
    m_consent->setCurrentIndex(std::max(0, m_consent->findData(offerConsentKey(offer.requiredConsent))));
    m_cooldown->setValue(offer.cooldownDays);
    m_prior->setValue(offer.priorAcceptance * 100.0);
    m_active->setChecked(offer.active);

    for (Segment segment : Segments)
        m_segments.value(int(segment))->setChecked(offer.rules.segments.contains(segment));
    for (ValueTier tier : Tiers)
        m_tiers.value(int(tier))->setChecked(offer.rules.valueTiers.contains(tier));
    for (Channel channel : allChannels())
        m_channels.value(int(channel))->setChecked(offer.rules.channels.contains(channel));
    m_languages->setText(offer.rules.languages.join(u", "_s));
    m_regions->setText(offer.rules.regions.join(u", "_s));
    m_reasons->setText(offer.rules.contactReasons.join(u", "_s));
    m_tenure->setValue(offer.rules.minTenureDays);
    fillProductList(m_ownedAny, offer.rules.ownedAny);
    fillProductList(m_notOwned, offer.rules.notOwned);
}

Offer OfferEditorDialog::offer() const
{
    Offer offer = m_existing.value_or(Offer{});
    offer.id = m_id->text().trimmed();
    offer.nameKo = m_nameKo->text().trimmed();
    offer.nameEn = m_nameEn->text().trimmed();
    if (const auto category = offerCategoryFromKey(m_category->currentData().toString()))
        offer.category = *category;
    offer.productId = m_product->currentData().toString();
    offer.currency = m_currency->currentText().trimmed();
    offer.marginMinor = qint64(std::llround(m_margin->value() * minorPerMajor(offer.currency)));
    // An unchanged date keeps the exact instant it stood for (an imported time of day).
    const QDate from = m_validFrom->date();
    if (!m_existing || from != m_shownFrom)
        offer.validFromMs = from == NoDate ? 0 : startOfDayMs(from);
    const QDate until = m_validUntil->date();
    if (!m_existing || until != m_shownUntil)
        offer.validUntilMs = until == NoDate ? 0 : startOfDayMs(until.addDays(1)); // through that day
    if (const auto consent = offerConsentFromKey(m_consent->currentData().toString()))
        offer.requiredConsent = *consent;
    offer.cooldownDays = m_cooldown->value();
    offer.priorAcceptance = m_prior->value() / 100.0;
    offer.active = m_active->isChecked();

    OfferRules rules;
    for (Segment segment : Segments) {
        if (m_segments.value(int(segment))->isChecked())
            rules.segments.append(segment);
    }
    for (ValueTier tier : Tiers) {
        if (m_tiers.value(int(tier))->isChecked())
            rules.valueTiers.append(tier);
    }
    for (Channel channel : allChannels()) {
        if (m_channels.value(int(channel))->isChecked())
            rules.channels.append(channel);
    }
    rules.languages = splitList(m_languages->text());
    rules.regions = splitList(m_regions->text());
    rules.contactReasons = splitList(m_reasons->text());
    rules.minTenureDays = m_tenure->value();
    rules.ownedAny = checkedProducts(m_ownedAny);
    rules.notOwned = checkedProducts(m_notOwned);
    offer.rules = rules;
    return offer;
}

void OfferEditorDialog::updateMarginDecimals()
{
    const QString currency = m_currency->currentText().trimmed();
    const int digits = currency.size() == 3 ? currencyMinorDigits(currency) : 0;
    m_margin->setDecimals(digits);
    m_margin->setSingleStep(digits == 0 ? 1000.0 : 1.0);
}

void OfferEditorDialog::save()
{
    if (!m_loaded || m_saving)
        return;
    const Offer candidate = offer();
    if (isNew() && m_takenIds.contains(candidate.id)) {
        showError(tr("There is already an offer with the id %1. Choose another id.").arg(candidate.id));
        return;
    }
    // The core's own rules, before anything is sent.
    if (const std::optional<DomainError> invalid = candidate.validate()) {
        showError(tr("The offer was not saved: %1").arg(invalid->message));
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_error->hide();
    QPointer<OfferEditorDialog> self(this);
    const QString id = candidate.id;
    m_backend->saveOffer(candidate, [self, id](const BackendResult<bool> &result) {
        if (!self)
            return;
        self->m_saving = false;
        self->m_save->setEnabled(true);
        if (!result.ok()) {
            self->showError(tr("The offer was not saved: %1").arg(result.error().message));
            return;
        }
        Q_EMIT self->saved(id);
        self->accept();
    });
}

void OfferEditorDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    Q_EMIT errorOccurred(message);
}

void OfferEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OfferEditorDialog::retranslate()
{
    setWindowTitle(m_existing ? tr("Edit offer %1").arg(m_existing->id) : tr("New offer"));
    m_termsGroup->setTitle(tr("Offer"));
    m_idLabel->setText(tr("&Id:"));
    m_id->setPlaceholderText(tr("lower-case letters, digits, . _ -"));
    m_nameKoLabel->setText(tr("Name (&Korean):"));
    m_nameEnLabel->setText(tr("Name (&English):"));
    m_categoryLabel->setText(tr("Ca&tegory:"));
    const QList<OfferCategory> categories = allOfferCategories();
    for (int i = 0; i < categories.size(); ++i)
        m_category->setItemText(i, OfferCatalogueDialog::categoryName(categories.at(i)));
    m_productLabel->setText(tr("&Product sold:"));
    m_marginLabel->setText(tr("&Margin:"));
    m_margin->setToolTip(tr("What the company earns when the customer accepts"));
    m_currency->setToolTip(tr("Currency (ISO 4217, such as KRW)"));
    m_currency->setAccessibleName(tr("Currency"));
    m_validFromLabel->setText(tr("Valid &from (UTC):"));
    m_validFrom->setSpecialValueText(tr("Always"));
    m_validUntilLabel->setText(tr("Valid &until (UTC, inclusive):"));
    m_validUntil->setSpecialValueText(tr("No end"));
    m_consentLabel->setText(tr("Required c&onsent:"));
    m_consent->setItemText(0, tr("None (service offer)"));
    m_consent->setItemText(1, tr("Marketing consent"));
    m_cooldownLabel->setText(tr("Cool-&down after a decline:"));
    m_cooldown->setSuffix(tr(" days"));
    m_cooldown->setSpecialValueText(tr("None"));
    m_priorLabel->setText(tr("Assumed acce&ptance:"));
    m_prior->setToolTip(tr("The acceptance rate assumed before any outcome is known"));
    m_active->setText(tr("&Active: suggested to eligible customers"));

    m_rulesGroup->setTitle(tr("Who may be offered it"));
    m_rulesHint->setText(tr("Nothing ticked or entered means no restriction."));
    m_segmentsLabel->setText(tr("Segments:"));
    for (Segment segment : Segments)
        m_segments.value(int(segment))->setText(DisplayText::segmentName(segment));
    m_tiersLabel->setText(tr("Value tiers:"));
    for (ValueTier tier : Tiers)
        m_tiers.value(int(tier))->setText(DisplayText::valueTierName(tier));
    m_channelsLabel->setText(tr("Channels:"));
    for (Channel channel : allChannels())
        m_channels.value(int(channel))->setText(DisplayText::channelName(channel));
    m_languagesLabel->setText(tr("&Languages:"));
    m_languages->setPlaceholderText(tr("e.g. ko, en"));
    m_regionsLabel->setText(tr("Phone &regions:"));
    m_regions->setPlaceholderText(tr("e.g. KR, US"));
    m_reasonsLabel->setText(tr("Contact reasons (&queues):"));
    m_reasons->setPlaceholderText(tr("e.g. retention"));
    m_tenureLabel->setText(tr("Minimum &tenure:"));
    m_tenure->setSuffix(tr(" days"));
    m_ownedAnyLabel->setText(tr("Must own one &of:"));
    m_ownedAny->setAccessibleName(tr("Products of which the customer must own at least one"));
    m_notOwnedLabel->setText(tr("Must own &none of:"));
    m_notOwned->setAccessibleName(tr("Products the customer must not own"));
    if (m_loaded)
        showProducts();
}

} // namespace ContactDesk
