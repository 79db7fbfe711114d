#include "customerprofilewidget.h"

#include "csattrendwidget.h"
#include "displaytext.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk {

namespace {

QLabel *valueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *heading(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

// Red that stays readable on the window background of a light or a dark theme.
QString alertColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QStringLiteral("#ff7b72")
                                                             : QStringLiteral("#c62828");
}

} // namespace

CustomerProfileWidget::CustomerProfileWidget(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("customerProfile"));

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("profilePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto *page = new QWidget;
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    m_name->setFont(nameFont);
    m_vipBadge = new QLabel(page);
    m_vipBadge->setObjectName(QStringLiteral("profileVipBadge"));
    m_company = valueLabel(page, "profileCompany");

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_vipBadge, 0, Qt::AlignRight | Qt::AlignVCenter);

    m_detailsHeading = heading(page, "profileDetailsHeading");
    m_details = new QFormLayout;
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_details->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto addDetail = [&](QLabel *&label, QLabel *&value, const char *name) {
        label = new QLabel(page);
        value = valueLabel(page, name);
        label->setBuddy(value);
        m_details->addRow(label, value);
    };
    addDetail(m_languageLabel, m_language, "profileLanguage");
    addDetail(m_segmentLabel, m_segment, "profileSegment");
    addDetail(m_tierLabel, m_tier, "profileValueTier");
    addDetail(m_valueLabel, m_value, "profileLifetimeValue");
    addDetail(m_marketingLabel, m_marketing, "profileMarketingConsent");
    addDetail(m_recordingLabel, m_recording, "profileRecordingConsent");
    addDetail(m_sinceLabel, m_since, "profileCustomerSince");

    m_contactsHeading = heading(page, "profileContactsHeading");
    m_contacts = new QWidget(page);
    m_contacts->setObjectName(QStringLiteral("profileContactPoints"));
    m_contactsLayout = new QGridLayout(m_contacts);
    m_contactsLayout->setContentsMargins(0, 0, 0, 0);
    m_contactsLayout->setColumnStretch(1, 1);

    m_workItemsHeading = heading(page, "profileWorkItemsHeading");
    m_workItemsBox = new QWidget(page);
    m_workItemsBox->setObjectName(QStringLiteral("profileWorkItems"));
    m_workItemsLayout = new QVBoxLayout(m_workItemsBox);
    m_workItemsLayout->setContentsMargins(0, 0, 0, 0);

    m_csatHeading = heading(page, "profileCsatHeading");
    m_csat = new CsatTrendWidget(page);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(nameRow);
    pageLayout->addWidget(m_company);
    pageLayout->addWidget(m_detailsHeading);
    pageLayout->addLayout(m_details);
    pageLayout->addWidget(m_contactsHeading);
    pageLayout->addWidget(m_contacts);
    pageLayout->addWidget(m_workItemsHeading);
    pageLayout->addWidget(m_workItemsBox);
    pageLayout->addWidget(m_csatHeading);
    pageLayout->addWidget(m_csat);
    pageLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("profileScrollArea"));
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    retranslate();
}

void CustomerProfileWidget::setBackend(DeskBackend *backend)
{
    m_backend = backend;
    const qint64 id = m_customerId;
    m_customerId = -1;
    setCustomer(id);
}

void CustomerProfileWidget::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    showWorkItems();
}

void CustomerProfileWidget::setPhoneRegion(const QString &region)
{
    if (m_phoneRegion == region)
        return;
    m_phoneRegion = region;
    showContactPoints();
}

void CustomerProfileWidget::setCustomer(qint64 customerId)
{
    // The same customer again is a no-op once shown; after a failed load it is a retry.
    if (customerId == m_customerId && (m_customer || customerId <= 0))
        return;
    const quint64 generation = ++m_generation;
    m_customerId = customerId;
    m_customer.reset();
    m_workItems.clear();
    m_csatScores.clear();
    m_stack->setCurrentWidget(m_placeholder);
    retranslate();
    if (!m_backend || customerId <= 0)
        return;

    QPointer<CustomerProfileWidget> self(this);
    auto current = [self, generation] { return self && self->m_generation == generation; };

    m_backend->customer(customerId, [self, current](const BackendResult<Customer> &result) {
        if (!current())
            return;
        if (!result.ok()) {
            self->fail(result.error());
            return;
        }
        self->m_customer = result.value();
        self->showCustomer();
        Q_EMIT self->customerLoaded(self->m_customerId);
    });
    m_backend->openWorkItems(customerId, [self, current](const BackendResult<QList<WorkItem>> &result) {
        if (!current())
            return;
        if (!result.ok()) {
            self->fail(result.error());
            return;
        }
        self->m_workItems = result.value();
        std::sort(self->m_workItems.begin(), self->m_workItems.end(),
                  [](const WorkItem &a, const WorkItem &b) { return a.dueAtMs < b.dueAtMs; });
        self->showWorkItems();
    });
    // Satisfaction is asked for on a minority of contacts: look back far enough to find a trend.
    m_backend->timeline(customerId, TimelineFilter(), TimelineCursor(), CsatTrendLength * 10,
                        [self, current](const BackendResult<TimelineItemPage> &result) {
                            if (!current())
                                return;
                            if (!result.ok()) {
                                self->fail(result.error());
                                return;
                            }
                            QList<int> scores;
                            for (const TimelineItem &entry : result.value().items) {
                                if (entry.interaction.csat())
                                    scores.prepend(*entry.interaction.csat());
                                if (scores.size() == CsatTrendLength)
                                    break;
                            }
                            self->m_csatScores = scores;
                            self->showCsat();
                        });
}

void CustomerProfileWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showWorkItems();
    QWidget::changeEvent(event);
}

void CustomerProfileWidget::retranslate()
{
    setAccessibleName(tr("Customer profile"));
    m_placeholder->setText(m_customerId > 0 && !m_customer ? tr("Loading customer…")
                                                           : tr("Select a customer to see their profile."));
    m_detailsHeading->setText(tr("Details"));
    m_languageLabel->setText(tr("Preferred language:"));
    m_segmentLabel->setText(tr("Segment:"));
    m_tierLabel->setText(tr("Value tier:"));
    m_valueLabel->setText(tr("Lifetime value:"));
    m_marketingLabel->setText(tr("Marketing consent:"));
    m_recordingLabel->setText(tr("Call recording consent:"));
    m_sinceLabel->setText(tr("Customer since:"));
    m_contactsHeading->setText(tr("Contact points"));
    m_workItemsHeading->setText(tr("Open work items"));
    m_csatHeading->setText(tr("Satisfaction (CSAT)"));
    m_vipBadge->setAccessibleName(tr("VIP customer"));
    showCustomer();
}

void CustomerProfileWidget::showCustomer()
{
    if (!m_customer)
        return;
    const Customer &customer = *m_customer;
    m_name->setText(customer.displayName());
    m_name->setAccessibleName(tr("Customer name"));
    m_vipBadge->setVisible(customer.vip);
    m_vipBadge->setText(
        QStringLiteral("<img src=\":/icons/vip.svg\" width=\"16\" height=\"16\"> <b>%1</b>") .arg(tr("VIP")));
    m_vipBadge->setToolTip(tr("VIP customer"));
    m_company->setVisible(!customer.company.trimmed().isEmpty());
    m_company->setText(customer.company.trimmed());
    m_language->setText(DisplayText::languageName(customer.preferredLanguage));
    m_segment->setText(DisplayText::segmentName(customer.segment));
    m_tier->setText(DisplayText::valueTierName(customer.valueTier));
    m_value->setText(DisplayText::money(customer.lifetimeValueMinor, customer.currency));
    m_marketing->setText(customer.marketingConsent ? tr("Given") : tr("Not given"));
    m_recording->setText(customer.recordingConsent ? tr("Given") : tr("Not given"));
    m_since->setText(DisplayText::date(customer.createdAtMs));
    m_sinceLabel->setVisible(customer.createdAtMs > 0);
    m_since->setVisible(customer.createdAtMs > 0);
    m_stack->setCurrentWidget(m_scroll);
    showContactPoints();
    showWorkItems();
    showCsat();
}

void CustomerProfileWidget::refitPage()
{
    // QScrollArea grows its page when the content needs more room but does not shrink it back
    // by itself: ask it to fit the page to the viewport again.
    QCoreApplication::postEvent(m_scroll, new QEvent(QEvent::LayoutRequest));
}

void CustomerProfileWidget::showContactPoints()
{
    clearLayout(m_contactsLayout);
    if (!m_customer)
        return;
    QList<ContactPoint> points = m_customer->contactPoints;
    // Primary points first, then phone, e-mail, chat, social; the stored order within each.
    std::stable_sort(points.begin(), points.end(), [](const ContactPoint &a, const ContactPoint &b) {
        if (a.primary != b.primary)
            return a.primary;
        return int(a.kind) < int(b.kind);
    });
    int row = 0;
    for (const ContactPoint &point : std::as_const(points)) {
        // Phones are told apart by their label ("Mobile"); other kinds by the kind, with a label
        // that adds something ("E-mail (Work)", not "Web chat (web chat)").
        const QString kindName = DisplayText::contactKindName(point.kind);
        const QString label = DisplayText::contactLabel(point.label);
        QString kind = kindName;
        if (point.kind == ContactKind::Phone && !label.isEmpty())
            kind = label;
        else if (!label.isEmpty() && label.compare(kindName, Qt::CaseInsensitive) != 0)
            kind = kindName + QStringLiteral(" (") + label + QLatin1Char(')');
        QString value = point.value;
        if (point.kind == ContactKind::Phone) {
            value = PhoneNumbers::formatForRegion(point.value, m_phoneRegion);
        } else if (point.kind == ContactKind::Social && !point.label.trimmed().isEmpty()
                   && value.startsWith(point.label.trimmed() + QLatin1Char(':'), Qt::CaseInsensitive)) {
            // "kakao:minjun" under "Social (KakaoTalk)": the network is said once.
            value = value.mid(point.label.trimmed().size() + 1);
        }
        auto *kindLabel = new QLabel(kind + QLatin1Char(':'), m_contacts);
        auto *valueText = new QLabel(m_contacts);
        valueText->setObjectName(QStringLiteral("contactPointValue"));
        valueText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        valueText->setTextFormat(Qt::PlainText);
        valueText->setWordWrap(true);
        valueText->setText(point.primary ? tr("%1 (primary)").arg(value) : value);
        valueText->setProperty("contactValue", point.value);
        valueText->setAccessibleName(kind);
        kindLabel->setBuddy(valueText);
        m_contactsLayout->addWidget(kindLabel, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_contactsLayout->addWidget(valueText, row, 1);
        ++row;
    }
    if (row == 0) {
        auto *none = new QLabel(tr("No contact points on file."), m_contacts);
        m_contactsLayout->addWidget(none, 0, 0, 1, 2);
    }
    refitPage();
}

void CustomerProfileWidget::showWorkItems()
{
    clearLayout(m_workItemsLayout);
    if (!m_customer)
        return;
    const qint64 now = m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
    for (const WorkItem &item : std::as_const(m_workItems)) {
        auto *label = new QLabel(m_workItemsBox);
        label->setObjectName(QStringLiteral("workItem"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        const bool overdue = item.isOverdue(now);
        label->setProperty("overdue", overdue);
        QString due;
        if (item.dueAtMs <= 0)
            due = tr("No due date");
        else if (overdue)
            due = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>") .arg(
                alertColor(palette()), tr("Overdue since %1").arg(DisplayText::dateTime(item.dueAtMs)));
        else
            due = tr("Due %1").arg(DisplayText::dateTime(item.dueAtMs));
        label->setText(QStringLiteral("%1<br>%2").arg(item.title.toHtmlEscaped(), due));
        label->setAccessibleName(overdue ? tr("%1, overdue").arg(item.title) : item.title);
        m_workItemsLayout->addWidget(label);
    }
    if (m_workItems.isEmpty())
        m_workItemsLayout->addWidget(new QLabel(tr("No open work items."), m_workItemsBox));
    refitPage();
}

void CustomerProfileWidget::showCsat()
{
    m_csat->setScores(m_csatScores);
}

void CustomerProfileWidget::fail(const BackendError &error)
{
    const QString message = error.message.isEmpty() ? error.code : error.message;
    if (!m_customer) {
        m_placeholder->setText(tr("The customer could not be loaded: %1").arg(message));
        m_stack->setCurrentWidget(m_placeholder);
    }
    Q_EMIT errorOccurred(message);
}

} // namespace ContactDesk
