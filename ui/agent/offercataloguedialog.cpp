#include "offercataloguedialog.h"

#include "displaytext.h"
#include "domain/timeunits.h"
#include "offereditordialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

// The date edit's minimum stands for "no end".
const QDate NoEnd(2000, 1, 1);

enum OfferColumn
{
    ActiveColumn,
    NameColumn,
    CategoryColumn,
    MarginColumn,
    ValidUntilColumn,
    CooldownColumn,
    OfferColumnCount,
};

enum ReportColumn
{
    LabelColumn,
    OfferedColumn,
    AcceptedColumn,
    DeclinedColumn,
    NotNowColumn,
    RateColumn,
    RevenueColumn,
    ReportColumnCount,
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

OfferCatalogueDialog::OfferCatalogueDialog(DeskBackend &backend, std::function<qint64()> nowMs,
                                           QWidget *parent)
    : QDialog(parent)
    , m_backend(&backend)
    , m_now(std::move(nowMs))
{
    setObjectName(QStringLiteral("offerCatalogueDialog"));
    m_tabs = new QTabWidget(this);

    // Catalogue: the offers, and the selected one's editable terms.
    auto *catalogue = new QWidget(m_tabs);
    m_table = new QTableWidget(0, OfferColumnCount, catalogue);
    m_table->setObjectName(QStringLiteral("offerTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, &OfferCatalogueDialog::showSelected);

    m_editHeading = new QLabel(catalogue);
    QFont bold = m_editHeading->font();
    bold.setBold(true);
    m_editHeading->setFont(bold);
    m_active = new QCheckBox(catalogue);
    m_active->setObjectName(QStringLiteral("offerActive"));
    m_margin = new QSpinBox(catalogue);
    m_margin->setObjectName(QStringLiteral("offerMargin"));
    m_margin->setRange(0, 2'000'000'000);
    m_margin->setSingleStep(1000);
    m_margin->setGroupSeparatorShown(true);
    m_cooldown = new QSpinBox(catalogue);
    m_cooldown->setObjectName(QStringLiteral("offerCooldown"));
    m_cooldown->setRange(0, Offer::MaxCooldownDays);
    m_validUntil = new QDateEdit(catalogue);
    m_validUntil->setObjectName(QStringLiteral("offerValidUntil"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setMinimumDate(NoEnd);
    m_save = new QPushButton(catalogue);
    m_save->setObjectName(QStringLiteral("saveOfferButton"));
    connect(m_save, &QPushButton::clicked, this, &OfferCatalogueDialog::save);
    m_import = new QPushButton(catalogue);
    m_import->setObjectName(QStringLiteral("importCatalogueButton"));
    connect(m_import, &QPushButton::clicked, this, &OfferCatalogueDialog::chooseImportFile);
    m_newOffer = new QPushButton(catalogue);
    m_newOffer->setObjectName(QStringLiteral("newOfferButton"));
    connect(m_newOffer, &QPushButton::clicked, this, &OfferCatalogueDialog::newOffer);
    m_editOffer = new QPushButton(catalogue);
    m_editOffer->setObjectName(QStringLiteral("editOfferButton"));
    connect(m_editOffer, &QPushButton::clicked, this, &OfferCatalogueDialog::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &OfferCatalogueDialog::editSelected);

    auto *form = new QFormLayout;
    m_marginLabel = new QLabel(catalogue);
    m_marginLabel->setBuddy(m_margin);
    m_cooldownLabel = new QLabel(catalogue);
    m_cooldownLabel->setBuddy(m_cooldown);
    m_validUntilLabel = new QLabel(catalogue);
    m_validUntilLabel->setBuddy(m_validUntil);
    form->addRow(QString(), m_active);
    form->addRow(m_marginLabel, m_margin);
    form->addRow(m_validUntilLabel, m_validUntil);
    form->addRow(m_cooldownLabel, m_cooldown);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_editOffer);
    buttons->addStretch(1);
    buttons->addWidget(m_newOffer);
    buttons->addWidget(m_import);
    auto *catalogueLayout = new QVBoxLayout(catalogue);
    catalogueLayout->addWidget(m_table, 1);
    catalogueLayout->addWidget(m_editHeading);
    catalogueLayout->addLayout(form);
    catalogueLayout->addLayout(buttons);

    // Report: outcomes by offer, agent or segment.
    auto *report = new QWidget(m_tabs);
    m_grouping = new QComboBox(report);
    m_grouping->setObjectName(QStringLiteral("reportGrouping"));
    m_grouping->addItem(QString(), QStringLiteral("offer"));
    m_grouping->addItem(QString(), QStringLiteral("agent"));
    m_grouping->addItem(QString(), QStringLiteral("segment"));
    m_period = new QComboBox(report);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->addItem(QString(), 1);
    m_period->addItem(QString(), 7);
    m_period->addItem(QString(), 30);
    m_period->addItem(QString(), 365);
    m_period->setCurrentIndex(1);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &OfferCatalogueDialog::reloadReport);
    connect(m_period, &QComboBox::currentIndexChanged, this, &OfferCatalogueDialog::reloadReport);
    m_report = new QTableWidget(0, ReportColumnCount, report);
    m_report->setObjectName(QStringLiteral("reportTable"));
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->verticalHeader()->setVisible(false);
    m_report->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_groupingLabel = new QLabel(report);
    m_groupingLabel->setBuddy(m_grouping);
    m_periodLabel = new QLabel(report);
    m_periodLabel->setBuddy(m_period);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_groupingLabel);
    choices->addWidget(m_grouping);
    choices->addSpacing(12);
    choices->addWidget(m_periodLabel);
    choices->addWidget(m_period);
    choices->addStretch(1);
    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->addLayout(choices);
    reportLayout->addWidget(m_report, 1);

    m_tabs->addTab(catalogue, QString());
    m_tabs->addTab(report, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && !m_reportLoaded)
            reloadReport();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("catalogueStatus"));
    m_status->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = box->button(QDialogButtonBox::Close);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(box);
    resize(820, 560);
    retranslate();
    showSelected();
    reload();
}

void OfferCatalogueDialog::reload()
{
    const quint64 generation = ++m_generation;
    m_loaded = false;
    QPointer<OfferCatalogueDialog> self(this);
    m_backend->offerCatalogue([self, generation](const BackendResult<QList<Offer>> &result) {
        if (!self || self->m_generation != generation)
            return;
        if (!result.ok()) {
            self->setStatus(tr("Could not load the offer catalogue: %1").arg(result.error().message), true);
            Q_EMIT self->errorOccurred(result.error().message);
            return;
        }
        self->m_offers = result.value();
        self->m_loaded = true;
        self->showOffers();
        if (!self->m_selectAfterLoad.isEmpty()) {
            self->selectOffer(self->m_selectAfterLoad);
            self->m_selectAfterLoad.clear();
        }
    });
}

void OfferCatalogueDialog::newOffer()
{
    openEditor(std::nullopt);
}

void OfferCatalogueDialog::editSelected()
{
    if (const std::optional<Offer> offer = selectedOffer())
        openEditor(offer);
}

void OfferCatalogueDialog::openEditor(const std::optional<Offer> &offer)
{
    if (m_editor || !m_backend)
        return;
    QStringList ids;
    for (const Offer &known : std::as_const(m_offers))
        ids.append(known.id);
    auto *editor = new OfferEditorDialog(*m_backend, offer, ids, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    connect(editor, &OfferEditorDialog::saved, this, [this](const QString &offerId) {
        setStatus(tr("Saved %1. New suggestions use it.").arg(offerId));
        m_selectAfterLoad = offerId;
        Q_EMIT saved(offerId);
        reload();
    });
    m_editor = editor;
    editor->open();
}

void OfferCatalogueDialog::showOffers()
{
    const std::optional<Offer> previous = selectedOffer();
    const QString language = DisplayText::uiLanguage();
    m_table->setRowCount(int(m_offers.size()));
    for (int row = 0; row < m_offers.size(); ++row) {
        const Offer &offer = m_offers.at(row);
        QTableWidgetItem *active = cell(offer.active ? tr("Active") : tr("Paused"));
        active->setData(Qt::UserRole, offer.id);
        m_table->setItem(row, ActiveColumn, active);
        m_table->setItem(row, NameColumn, cell(offer.name(language)));
        m_table->setItem(row, CategoryColumn, cell(categoryName(offer.category)));
        m_table->setItem(
            row, MarginColumn,
            cell(DisplayText::money(offer.marginMinor, offer.currency), Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(
            row, ValidUntilColumn,
            cell(offer.validUntilMs == 0 ? tr("No end") : DisplayText::date(offer.validUntilMs - 1)));
        m_table->setItem(
            row, CooldownColumn,
            cell(tr("%n day(s)", nullptr, offer.cooldownDays), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    if (m_offers.isEmpty())
        setStatus(tr("The catalogue is empty. Import one from a JSON file (see docs/OFFERS.md)."));
    if (!previous || !selectOffer(previous->id))
        showSelected();
}

std::optional<Offer> OfferCatalogueDialog::selectedOffer() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_offers.size())
        return std::nullopt;
    return m_offers.at(row);
}

bool OfferCatalogueDialog::selectOffer(const QString &offerId)
{
    for (int row = 0; row < m_offers.size(); ++row) {
        if (m_offers.at(row).id == offerId) {
            m_table->setCurrentCell(row, NameColumn);
            showSelected();
            return true;
        }
    }
    return false;
}

void OfferCatalogueDialog::showSelected()
{
    const std::optional<Offer> offer = selectedOffer();
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_active, m_margin, m_cooldown, m_validUntil, m_save, m_editOffer})
        field->setEnabled(offer.has_value());
    if (!offer) {
        m_editHeading->setText(tr("Select an offer to change its terms."));
        return;
    }
    m_editHeading->setText(tr("%1 (%2)").arg(offer->name(DisplayText::uiLanguage()), offer->id));
    m_active->setChecked(offer->active);
    m_margin->setValue(int(std::min<qint64>(offer->marginMinor, m_margin->maximum())));
    m_margin->setSuffix(QLatin1Char(' ') + offer->currency);
    m_cooldown->setValue(offer->cooldownDays);
    m_validUntil->setDate(
        offer->validUntilMs == 0
            ? NoEnd
            : QDateTime::fromMSecsSinceEpoch(offer->validUntilMs - 1, QTimeZone::utc()).date());
}

void OfferCatalogueDialog::save()
{
    std::optional<Offer> offer = selectedOffer();
    if (!offer)
        return;
    offer->active = m_active->isChecked();
    offer->marginMinor = m_margin->value();
    offer->cooldownDays = m_cooldown->value();
    // The last day shown is included: the offer ends at the start of the next day (UTC).
    offer->validUntilMs =
        m_validUntil->date() == NoEnd
            ? 0
            : QDateTime(m_validUntil->date().addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    if (offer->validUntilMs != 0 && offer->validUntilMs <= offer->validFromMs) {
        setStatus(tr("An offer cannot end before it starts (%1).").arg(DisplayText::date(offer->validFromMs)),
                  true);
        return;
    }
    m_save->setEnabled(false);
    QPointer<OfferCatalogueDialog> self(this);
    const QString id = offer->id;
    m_backend->saveOffer(*offer, [self, id](const BackendResult<bool> &result) {
        if (!self)
            return;
        self->m_save->setEnabled(true);
        if (!result.ok()) {
            self->setStatus(tr("Could not save the offer: %1").arg(result.error().message), true);
            Q_EMIT self->errorOccurred(result.error().message);
            return;
        }
        self->setStatus(tr("Saved. New suggestions use the changed terms."));
        Q_EMIT self->saved(id);
        self->reload();
    });
}

void OfferCatalogueDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import an offer catalogue"), QString(),
                                                      tr("Offer catalogues (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void OfferCatalogueDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString message = tr("Could not read %1: %2").arg(path, file.errorString());
        setStatus(message, true);
        Q_EMIT errorOccurred(message);
        return;
    }
    const QByteArray json = file.readAll();
    QPointer<OfferCatalogueDialog> self(this);
    m_backend->importOfferCatalogue(json, [self, path](const BackendResult<OfferImportSummary> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            const QString message = tr("Nothing was imported from %1: %2").arg(path, result.error().message);
            self->setStatus(message, true);
            Q_EMIT self->errorOccurred(message);
            return;
        }
        const OfferImportSummary &summary = result.value();
        const QString text = tr("Imported %1 new and %2 changed offers, %3 new and %4 changed products.")
                                 .arg(summary.offersAdded)
                                 .arg(summary.offersUpdated)
                                 .arg(summary.productsAdded)
                                 .arg(summary.productsUpdated);
        self->setStatus(text);
        Q_EMIT self->imported(text);
        self->reload();
    });
}

void OfferCatalogueDialog::reloadReport()
{
    const quint64 generation = ++m_reportGeneration;
    m_reportLoaded = false;
    const qint64 now = m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
    const qint64 days = m_period->currentData().toLongLong();
    QPointer<OfferCatalogueDialog> self(this);
    m_backend->offerReport(m_grouping->currentData().toString(), now - days * MsPerDay, now + 1,
                           [self, generation](const BackendResult<QList<OfferReportRow>> &result) {
                               if (!self || self->m_reportGeneration != generation)
                                   return;
                               if (!result.ok()) {
                                   self->setStatus(
                                       tr("Could not load the report: %1").arg(result.error().message), true);
                                   Q_EMIT self->errorOccurred(result.error().message);
                                   return;
                               }
                               self->m_reportRows = result.value();
                               self->m_reportLoaded = true;
                               self->showReport();
                           });
}

void OfferCatalogueDialog::showReport()
{
    const bool korean = DisplayText::uiLanguage() == u"ko";
    const QString grouping = m_grouping->currentData().toString();
    const QLocale locale;
    m_report->setRowCount(int(m_reportRows.size()));
    for (int row = 0; row < m_reportRows.size(); ++row) {
        const OfferReportRow &entry = m_reportRows.at(row);
        QString label = korean ? entry.labelKo : entry.label;
        if (grouping == u"segment") {
            if (const auto segment = segmentFromKey(entry.key))
                label = DisplayText::segmentName(*segment);
        } else if (grouping == u"agent" && entry.key.isEmpty()) {
            label = tr("No agent recorded");
        }
        const auto number = [&locale](qint64 value) {
            return cell(locale.toString(value), Qt::AlignRight | Qt::AlignVCenter);
        };
        m_report->setItem(row, LabelColumn, cell(label));
        m_report->setItem(row, OfferedColumn, number(entry.offered));
        m_report->setItem(row, AcceptedColumn, number(entry.accepted));
        m_report->setItem(row, DeclinedColumn, number(entry.declined));
        m_report->setItem(row, NotNowColumn, number(entry.notNow));
        m_report->setItem(row, RateColumn,
                          cell(locale.toString(entry.acceptanceRate() * 100, 'f', 1) + QLatin1Char('%'),
                               Qt::AlignRight | Qt::AlignVCenter));
        m_report->setItem(
            row, RevenueColumn,
            cell(DisplayText::money(entry.revenueMinor, entry.currency), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_report->resizeColumnsToContents();
    m_report->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    if (m_reportRows.isEmpty())
        setStatus(tr("No offer outcomes were recorded in this period."));
    else
        setStatus(QString());
}

void OfferCatalogueDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

QString OfferCatalogueDialog::categoryName(OfferCategory category)
{
    switch (category) {
    case OfferCategory::UpSell:
        return tr("Up-sell");
    case OfferCategory::CrossSell:
        return tr("Cross-sell");
    case OfferCategory::Renewal:
        return tr("Renewal");
    case OfferCategory::Retention:
        return tr("Retention");
    case OfferCategory::PartnerPromotion:
        return tr("Partner promotion");
    }
    return QString();
}

void OfferCatalogueDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void OfferCatalogueDialog::retranslate()
{
    setWindowTitle(tr("Offer catalogue"));
    m_tabs->setTabText(0, tr("&Catalogue"));
    m_tabs->setTabText(1, tr("&Outcomes"));
    m_table->setHorizontalHeaderLabels(
        {tr("Status"), tr("Offer"), tr("Category"), tr("Margin"), tr("Valid until"), tr("Cool-down")});
    m_table->setAccessibleName(tr("Offers in the catalogue"));
    m_active->setText(tr("&Active: suggested to eligible customers"));
    m_marginLabel->setText(tr("&Margin:"));
    m_validUntilLabel->setText(tr("&Valid until:"));
    m_validUntil->setSpecialValueText(tr("No end"));
    m_cooldownLabel->setText(tr("Cool-&down after a decline:"));
    m_cooldown->setSuffix(tr(" days"));
    m_save->setText(tr("&Save"));
    m_import->setText(tr("&Import from JSON…"));
    m_newOffer->setText(tr("&New offer…"));
    m_editOffer->setText(tr("&Edit all terms…"));
    m_grouping->setItemText(0, tr("By offer"));
    m_grouping->setItemText(1, tr("By agent"));
    m_grouping->setItemText(2, tr("By customer segment"));
    m_groupingLabel->setText(tr("&Report:"));
    m_period->setItemText(0, tr("Today (last 24 hours)"));
    m_period->setItemText(1, tr("Last 7 days"));
    m_period->setItemText(2, tr("Last 30 days"));
    m_period->setItemText(3, tr("Last 12 months"));
    m_periodLabel->setText(tr("&Period:"));
    m_report->setHorizontalHeaderLabels({tr("Who or what"), tr("Offered"), tr("Accepted"), tr("Declined"),
                                         tr("Not now"), tr("Acceptance"), tr("Revenue")});
    m_report->setAccessibleName(tr("Offer outcomes"));
    if (m_loaded)
        showOffers();
    if (m_reportLoaded)
        showReport();
    showSelected();
}

} // namespace ContactDesk
