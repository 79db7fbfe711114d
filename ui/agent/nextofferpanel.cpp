#include "nextofferpanel.h"

#include "backend/deskbackend.h"
#include "displaytext.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ContactDesk {

NextOfferPanel::NextOfferPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nextOfferPanel"));
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("nextOfferName"));
    m_name->setWordWrap(true);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.1);
    m_name->setFont(nameFont);
    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("nextOfferReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_odds = new QLabel(this);
    m_odds->setObjectName(QStringLiteral("nextOfferOdds"));
    m_recorded = new QLabel(this);
    m_recorded->setObjectName(QStringLiteral("nextOfferRecorded"));
    m_recorded->setWordWrap(true);

    auto makeAnswer = [this](const char *objectName, const QString &outcome, const QKeySequence &key,
                             QAction *&action) {
        auto *button = new QPushButton(this);
        button->setObjectName(QLatin1String(objectName));
        action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(button, &QPushButton::clicked, this, [this, outcome] { record(outcome); });
        connect(action, &QAction::triggered, this, [this, outcome] { record(outcome); });
        return button;
    };
    m_accepted = makeAnswer("offerAcceptedButton",
                            QStringLiteral("accepted"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Y),
                                           m_acceptedAction);
    m_declined = makeAnswer("offerDeclinedButton",
                            QStringLiteral("declined"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D),
                                           m_declinedAction);
    m_notNow =
        makeAnswer("offerNotNowButton",
                   QStringLiteral("not-now"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L), m_notNowAction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accepted);
    buttons->addWidget(m_declined);
    buttons->addWidget(m_notNow);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_name);
    layout->addWidget(m_reason);
    layout->addWidget(m_odds);
    layout->addLayout(buttons);
    layout->addWidget(m_recorded);

    retranslate();
    setVisible(false);
}

void NextOfferPanel::setBackend(DeskBackend *backend)
{
    m_backend = backend;
    setContact(0);
}

void NextOfferPanel::setContact(qint64 interactionId)
{
    if (interactionId == m_interactionId && (m_loaded || interactionId == 0))
        return;
    m_interactionId = interactionId;
    reload();
}

void NextOfferPanel::reload()
{
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_offers.clear();
    m_language = DisplayText::uiLanguage();
    if (!m_backend || m_interactionId == 0) {
        setVisible(false);
        return;
    }
    QPointer<NextOfferPanel> self(this);
    const qint64 id = m_interactionId;
    m_backend->nextOffers(id, m_language, SuggestionLimit,
                          [self, generation, id](const BackendResult<QList<NextOffer>> &result) {
                              if (!self || self->m_generation != generation)
                                  return;
                              if (!result.ok()) {
                                  self->setVisible(false);
                                  Q_EMIT self->errorOccurred(
                                      tr("Could not load the next offer: %1").arg(result.error().message));
                                  return;
                              }
                              self->present(result.value());
                              Q_EMIT self->loaded(id);
                          });
}

std::optional<NextOffer> NextOfferPanel::current() const
{
    for (const NextOffer &offer : m_offers) {
        if (offer.outcome.isEmpty())
            return offer;
    }
    return std::nullopt;
}

void NextOfferPanel::present(const QList<NextOffer> &offers)
{
    m_offers = offers;
    m_loaded = true;
    const std::optional<NextOffer> offer = current();
    if (offer) {
        m_name->setText(offer->name);
        m_reason->setText(offer->reason);
        m_odds->setText(
            tr("%1 likely to accept · earns %2")
                .arg(QLocale().toString(offer->acceptanceProbability * 100, 'f', 0) + QLatin1Char('%'),
                     DisplayText::money(offer->marginMinor, offer->currency)));
    } else {
        m_name->setText(tr("No offer fits this customer now."));
        m_reason->clear();
        m_odds->clear();
    }
    m_reason->setVisible(offer.has_value());
    m_odds->setVisible(offer.has_value());
    const bool canAnswer = offer.has_value() && !m_recording;
    for (QPushButton *button : {m_accepted, m_declined, m_notNow})
        button->setEnabled(canAnswer);
    for (QAction *action : {m_acceptedAction, m_declinedAction, m_notNowAction})
        action->setEnabled(canAnswer);

    QStringList recorded;
    for (const NextOffer &done : m_offers) {
        if (!done.outcome.isEmpty())
            recorded << tr("%1: %2").arg(done.name, outcomeName(done.outcome));
    }
    m_recorded->setText(recorded.isEmpty() ? QString()
                                           : tr("Recorded — %1").arg(recorded.join(QStringLiteral("; "))));
    m_recorded->setVisible(!recorded.isEmpty());
    setVisible(true);
}

void NextOfferPanel::record(const QString &outcome)
{
    const std::optional<NextOffer> offer = current();
    if (!m_backend || !offer || m_recording || !isVisible())
        return;
    m_recording = true;
    for (QPushButton *button : {m_accepted, m_declined, m_notNow})
        button->setEnabled(false);
    QPointer<NextOfferPanel> self(this);
    const qint64 id = m_interactionId;
    const QString offerId = offer->offerId;
    m_backend->recordOfferOutcome(
        id, offerId, outcome, [self, id, offerId, outcome](const BackendResult<bool> &result) {
            if (!self)
                return;
            self->m_recording = false;
            if (!result.ok()) {
                // The offer may have been paused or ended since it was shown (offer-inactive,
                // offer-expired ...): say so, then show what may be offered now.
                const QString &code = result.error().code;
                QString why = result.error().message;
                if (code == u"offer-expired")
                    why = tr("the offer has ended");
                else if (code == u"offer-inactive")
                    why = tr("the offer has been paused");
                else if (code == u"offer-not-yet-valid")
                    why = tr("the offer is not valid yet");
                Q_EMIT self->errorOccurred(tr("Could not record the offer's outcome: %1").arg(why));
                const bool stale =
                    code == u"offer-expired" || code == u"offer-inactive" || code == u"offer-not-yet-valid";
                if (stale && self->m_interactionId == id) {
                    self->reload();
                    return;
                }
                if (self->m_interactionId == id)
                    self->present(self->m_offers);
                return;
            }
            Q_EMIT self->outcomeRecorded(id, offerId, outcome);
            // The engine has learned from it: what it suggests now may differ.
            if (self->m_interactionId == id)
                self->reload();
        });
}

QString NextOfferPanel::outcomeName(const QString &outcome)
{
    if (outcome == u"accepted")
        return tr("accepted");
    if (outcome == u"declined")
        return tr("declined");
    return tr("not now");
}

void NextOfferPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NextOfferPanel::retranslate()
{
    m_heading->setText(tr("Next best offer"));
    m_accepted->setText(tr("Accepted"));
    m_accepted->setToolTip(tr("The customer takes the offer (Ctrl+Alt+Y)"));
    m_declined->setText(tr("Declined"));
    m_declined->setToolTip(tr("The customer does not want it; not offered again for a while (Ctrl+Alt+D)"));
    m_notNow->setText(tr("Not now"));
    m_notNow->setToolTip(tr("Not the right moment; it may come up again (Ctrl+Alt+L)"));
    m_acceptedAction->setText(tr("Offer accepted"));
    m_declinedAction->setText(tr("Offer declined"));
    m_notNowAction->setText(tr("Offer: not now"));
    setAccessibleName(tr("Next best offer"));
    // Names and reasons come from the engine in one language: ask again in the new one.
    if (m_interactionId != 0 && m_language != DisplayText::uiLanguage())
        reload();
    else if (m_loaded)
        present(m_offers);
}

} // namespace ContactDesk
