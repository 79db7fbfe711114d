#include "cannedresponsepopup.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace ContactDesk {

namespace {

constexpr int ResponseIndexRole = Qt::UserRole;

} // namespace

CannedResponsePopup::CannedResponsePopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("cannedResponsePopup"));
    setFrameShape(QFrame::StyledPanel);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("cannedResponseSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cannedResponseList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setVisible(false);
    connect(m_search, &QLineEdit::textChanged, this, &CannedResponsePopup::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &CannedResponsePopup::chooseCurrent);
    connect(m_list, &QListWidget::itemClicked, this, &CannedResponsePopup::chooseCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    resize(420, 300);
    retranslate();
}

void CannedResponsePopup::setResponses(const QList<CannedResponse> &responses, Channel channel,
                                       const QString &language)
{
    m_responses.clear();
    const QString wanted = language.section(QLatin1Char('-'), 0, 0).toLower();
    for (const CannedResponse &response : responses) {
        if (response.channels.isEmpty() || response.channels.contains(channel))
            m_responses.append(response);
    }
    std::stable_sort(m_responses.begin(), m_responses.end(),
                     [&wanted](const CannedResponse &a, const CannedResponse &b) {
                         const bool aWanted = a.language.section(QLatin1Char('-'), 0, 0).toLower() == wanted;
                         const bool bWanted = b.language.section(QLatin1Char('-'), 0, 0).toLower() == wanted;
                         return aWanted && !bWanted;
                     });
    refilter();
}

void CannedResponsePopup::popup(QWidget *anchor)
{
    m_search->clear();
    refilter();
    const int width = std::max(360, std::min(anchor->width(), 560));
    resize(width, 320);
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        if (at.y() + height() > available.bottom())
            at.setY(anchor->mapToGlobal(QPoint(0, 0)).y() - height());
        at.setX(std::clamp(at.x(), available.left(), std::max(available.left(), available.right() - width)));
    }
    move(at);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

QList<CannedResponse> CannedResponsePopup::visibleResponses() const
{
    QList<CannedResponse> visible;
    for (int row = 0; row < m_list->count(); ++row)
        visible.append(m_responses.at(m_list->item(row)->data(ResponseIndexRole).toInt()));
    return visible;
}

QString CannedResponsePopup::fill(const QString &body, const PlaceholderValues &values)
{
    QString text = body;
    text.replace(QLatin1String("{customer.firstName}"), values.customerFirstName);
    text.replace(QLatin1String("{customer.name}"), values.customerName);
    text.replace(QLatin1String("{agent.name}"), values.agentName);
    text.replace(QLatin1String("{interaction.subject}"), values.interactionSubject);
    return text;
}

void CannedResponsePopup::refilter()
{
    m_list->clear();
    const QString search = m_search->text().trimmed();
    for (int i = 0; i < m_responses.size(); ++i) {
        const CannedResponse &response = m_responses.at(i);
        if (!search.isEmpty() && !response.title.contains(search, Qt::CaseInsensitive)
            && !response.body.contains(search, Qt::CaseInsensitive))
            continue;
        const QString preview = response.body.simplified();
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(response.title, preview), m_list);
        item->setData(ResponseIndexRole, i);
        item->setToolTip(response.body);
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(response.title, preview));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty->setVisible(m_list->count() == 0);
    m_empty->setText(m_responses.isEmpty() ? tr("There are no canned responses for this channel.")
                                           : tr("No canned response matches “%1”.").arg(search));
}

void CannedResponsePopup::chooseCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const CannedResponse response = m_responses.at(item->data(ResponseIndexRole).toInt());
    hide();
    Q_EMIT responseChosen(response);
}

bool CannedResponsePopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp: {
            const int step = (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) ? 1 : -1;
            const int row = std::clamp(m_list->currentRow() + step, 0, std::max(0, m_list->count() - 1));
            m_list->setCurrentRow(row);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseCurrent();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CannedResponsePopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CannedResponsePopup::retranslate()
{
    m_search->setPlaceholderText(tr("Search canned responses"));
    m_search->setAccessibleName(tr("Search canned responses"));
    m_list->setAccessibleName(tr("Canned responses"));
    setAccessibleName(tr("Canned responses"));
}

} // namespace ContactDesk
