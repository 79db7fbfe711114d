#include "scorecardform.h"

#include "agent/displaytext.h"
#include "coachingtext.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

constexpr int NotApplicableAnswer = -1;
const char AnswerProperty[] = "answer";

QString choiceKey(QuestionType type, int value)
{
    if (value == NotApplicableAnswer)
        return QStringLiteral("na");
    if (type == QuestionType::YesNo)
        return value ? QStringLiteral("yes") : QStringLiteral("no");
    return QString::number(value);
}

} // namespace

ScorecardForm::ScorecardForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scorecardForm"));
    // A chosen answer stands out in every style, also the plain offscreen one.
    setStyleSheet(QStringLiteral("QToolButton[answer]{padding:2px 7px;}"
                                 "QToolButton[answer]:checked{background:palette(highlight);"
                                 "color:palette(highlighted-text);border:1px solid palette(highlight);"
                                 "border-radius:3px;}"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("scorecardTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName(QStringLiteral("scorecardScore"));
    QFont big = m_scoreLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_scoreLabel->setFont(big);
    m_scoreLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_scoreDetail = new QLabel(this);
    m_scoreDetail->setObjectName(QStringLiteral("scorecardScoreDetail"));
    m_scoreDetail->setWordWrap(true);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("scorecardQuestions"));
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 4, 0);
    m_contentLayout->setSpacing(6);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("scorecardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_content);

    // Neither the tabs nor the splitters around the form pass height-for-width on, so the detail
    // keeps room for two lines of its own.
    m_scoreDetail->setMinimumHeight(m_scoreDetail->fontMetrics().lineSpacing() * 2 + 2);
    m_scoreDetail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_scoreLabel->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("100.0%")) + 12);
    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_scoreDetail);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addLayout(texts, 1);
    header->addWidget(m_scoreLabel, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    clear();
}

ScorecardForm::~ScorecardForm() = default;

void ScorecardForm::clear()
{
    m_form = Scorecard();
    build();
}

void ScorecardForm::setScorecard(const Scorecard &form)
{
    m_form = form;
    build();
}

void ScorecardForm::build()
{
    m_rows.clear();
    m_sections.clear();
    while (QLayoutItem *item = m_contentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ScorecardSection &section : std::as_const(m_form.sections)) {
        auto *box = new QFrame(m_content);
        box->setObjectName(QStringLiteral("section-") + section.id);
        box->setFrameShape(QFrame::StyledPanel);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(8, 5, 8, 7);
        boxLayout->setSpacing(6);
        auto *sectionTitle = new QLabel(box);
        QFont bold = sectionTitle->font();
        bold.setBold(true);
        sectionTitle->setFont(bold);
        auto *sectionScore = new QLabel(box);
        sectionScore->setObjectName(QStringLiteral("sectionScore-") + section.id);
        sectionScore->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *titleRow = new QHBoxLayout;
        titleRow->addWidget(sectionTitle, 1);
        titleRow->addWidget(sectionScore);
        boxLayout->addLayout(titleRow);
        m_sections.append(SectionBox{section.id, sectionTitle, sectionScore});

        for (const ScorecardQuestion &question : section.questions) {
            QuestionRow row;
            row.questionId = question.id;
            auto *widget = new QWidget(box);
            widget->setObjectName(QStringLiteral("question-") + question.id);
            auto *grid = new QGridLayout(widget);
            grid->setContentsMargins(0, 0, 0, 0);
            grid->setHorizontalSpacing(6);
            grid->setVerticalSpacing(3);
            row.text = new QLabel(widget);
            row.text->setWordWrap(true);
            row.text->setTextFormat(Qt::RichText);
            grid->addWidget(row.text, 0, 0);
            if (question.critical) {
                row.critical = new QLabel(widget);
                row.critical->setObjectName(QStringLiteral("critical-") + question.id);
                grid->addWidget(row.critical, 0, 1, Qt::AlignTop | Qt::AlignRight);
            }
            auto *answers = new QHBoxLayout;
            answers->setSpacing(3);
            auto addChoice = [&](int value) {
                auto *button = new QToolButton(widget);
                button->setObjectName(
                    QStringLiteral("answer-%1-%2").arg(question.id, choiceKey(question.type, value)));
                button->setCheckable(true);
                button->setProperty(AnswerProperty, value);
                button->setFocusPolicy(Qt::StrongFocus);
                answers->addWidget(button);
                row.choices.append(button);
                return button;
            };
            switch (question.type) {
            case QuestionType::YesNo:
                addChoice(1);
                addChoice(0);
                break;
            case QuestionType::Scale1to5:
                for (int value = 1; value <= 5; ++value)
                    addChoice(value);
                break;
            case QuestionType::Points:
                row.points = new QSpinBox(widget);
                row.points->setObjectName(QStringLiteral("answer-%1-points").arg(question.id));
                row.points->setRange(-1, question.maxPoints);
                row.points->setValue(-1);
                answers->addWidget(row.points);
                break;
            }
            if (question.notApplicableAllowed)
                row.notApplicable = addChoice(NotApplicableAnswer);
            answers->addSpacing(8);
            row.comment = new QLineEdit(widget);
            row.comment->setObjectName(QStringLiteral("comment-") + question.id);
            row.comment->setClearButtonEnabled(true);
            answers->addWidget(row.comment, 1);
            // Takes the room when there is no comment to show (read-only), so the answers stay together.
            answers->addStretch(0);
            row.answers = answers;
            grid->addLayout(answers, 1, 0, 1, 2);
            grid->setColumnStretch(0, 1);
            boxLayout->addWidget(widget);
            m_rows.append(row);
        }
        m_contentLayout->addWidget(box);
    }
    m_contentLayout->addStretch(1);

    // Connected once the rows have their places: the lambdas find their row by question id.
    for (QuestionRow &row : m_rows) {
        const QString id = row.questionId;
        for (QToolButton *button : std::as_const(row.choices)) {
            connect(button, &QToolButton::clicked, this, [this, id, button] {
                if (QuestionRow *r = this->row(id))
                    choose(*r, button);
            });
        }
        if (row.points) {
            connect(row.points, &QSpinBox::valueChanged, this, [this, id](int value) {
                QuestionRow *r = this->row(id);
                if (!r || m_updating)
                    return;
                r->value = value < 0 ? std::nullopt : std::optional<int>(value);
                if (r->value)
                    r->na = false;
                showRow(*r);
                rescore();
                Q_EMIT edited();
            });
        }
        connect(row.comment, &QLineEdit::textEdited, this, [this] {
            if (!m_updating)
                Q_EMIT edited();
        });
    }
    setReadOnly(m_readOnly);
    retranslate();
    for (QuestionRow &row : m_rows)
        showRow(row);
    rescore();
}

ScorecardForm::QuestionRow *ScorecardForm::row(const QString &questionId)
{
    for (QuestionRow &row : m_rows) {
        if (row.questionId == questionId)
            return &row;
    }
    return nullptr;
}

const ScorecardForm::QuestionRow *ScorecardForm::row(const QString &questionId) const
{
    for (const QuestionRow &row : m_rows) {
        if (row.questionId == questionId)
            return &row;
    }
    return nullptr;
}

void ScorecardForm::choose(QuestionRow &row, QToolButton *button)
{
    if (m_readOnly)
        return;
    const int answer = button->property(AnswerProperty).toInt();
    // A second click on the chosen answer takes it back.
    const bool chosenBefore = answer == NotApplicableAnswer ? row.na : (row.value == answer && !row.na);
    if (chosenBefore) {
        row.value.reset();
        row.na = false;
    } else if (answer == NotApplicableAnswer) {
        row.value.reset();
        row.na = true;
    } else {
        row.value = answer;
        row.na = false;
    }
    showRow(row);
    rescore();
    Q_EMIT edited();
}

void ScorecardForm::showRow(QuestionRow &row)
{
    const bool updating = m_updating;
    m_updating = true;
    for (QToolButton *button : std::as_const(row.choices)) {
        const int answer = button->property(AnswerProperty).toInt();
        button->setChecked(answer == NotApplicableAnswer ? row.na : (!row.na && row.value == answer));
    }
    if (row.points) {
        row.points->setValue(row.na || !row.value ? -1 : *row.value);
        row.points->setEnabled(!m_readOnly && !row.na);
    }
    m_updating = updating;
}

void ScorecardForm::setAnswers(const QList<ScorecardAnswer> &answers)
{
    m_updating = true;
    for (QuestionRow &row : m_rows) {
        row.value.reset();
        row.na = false;
        row.comment->clear();
    }
    for (const ScorecardAnswer &answer : answers) {
        QuestionRow *r = row(answer.questionId);
        if (!r)
            continue;
        r->value = answer.value;
        r->na = answer.notApplicable;
        r->comment->setText(answer.comment);
    }
    for (QuestionRow &row : m_rows)
        showRow(row);
    m_updating = false;
    setReadOnly(m_readOnly);
    rescore();
}

QList<ScorecardAnswer> ScorecardForm::answers() const
{
    QList<ScorecardAnswer> result;
    for (const QuestionRow &row : m_rows) {
        const QString comment = row.comment->text().trimmed();
        if (!row.value && !row.na && comment.isEmpty())
            continue;
        ScorecardAnswer answer;
        answer.questionId = row.questionId;
        answer.value = row.na ? std::nullopt : row.value;
        answer.notApplicable = row.na;
        answer.comment = comment;
        result.append(answer);
    }
    return result;
}

void ScorecardForm::setAnswer(const QString &questionId, std::optional<int> value, bool notApplicable)
{
    QuestionRow *r = row(questionId);
    if (!r)
        return;
    r->value = notApplicable ? std::nullopt : value;
    r->na = notApplicable;
    showRow(*r);
    rescore();
}

void ScorecardForm::setComment(const QString &questionId, const QString &comment)
{
    if (QuestionRow *r = row(questionId))
        r->comment->setText(comment);
}

int ScorecardForm::answeredCount() const
{
    int count = 0;
    for (const QuestionRow &row : m_rows)
        count += row.value || row.na ? 1 : 0;
    return count;
}

void ScorecardForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QuestionRow &row : m_rows) {
        for (QToolButton *button : std::as_const(row.choices))
            button->setEnabled(!readOnly);
        if (row.points)
            row.points->setEnabled(!readOnly && !row.na);
        row.comment->setReadOnly(readOnly);
        row.comment->setClearButtonEnabled(!readOnly);
        // An empty comment field in a submitted evaluation says nothing.
        const bool comment = !readOnly || !row.comment->text().isEmpty();
        row.comment->setVisible(comment);
        row.answers->setStretch(row.answers->count() - 1, comment ? 0 : 1);
    }
}

QAbstractButton *ScorecardForm::choiceButton(const QString &questionId, const QString &choice) const
{
    const QuestionRow *r = row(questionId);
    if (!r)
        return nullptr;
    const ScorecardQuestion *question = m_form.question(questionId);
    for (QToolButton *button : r->choices) {
        if (choiceKey(question->type, button->property(AnswerProperty).toInt()) == choice)
            return button;
    }
    return nullptr;
}

QSpinBox *ScorecardForm::pointsBox(const QString &questionId) const
{
    const QuestionRow *r = row(questionId);
    return r ? r->points : nullptr;
}

QLineEdit *ScorecardForm::commentEdit(const QString &questionId) const
{
    const QuestionRow *r = row(questionId);
    return r ? r->comment : nullptr;
}

QLabel *ScorecardForm::sectionScoreLabel(const QString &sectionId) const
{
    for (const SectionBox &section : m_sections) {
        if (section.sectionId == sectionId)
            return section.score;
    }
    return nullptr;
}

void ScorecardForm::rescore()
{
    if (!hasScorecard()) {
        m_score.reset();
        m_scoreError.clear();
        m_scoreLabel->clear();
        m_scoreDetail->clear();
        Q_EMIT scoreChanged();
        return;
    }
    const StoreResult<ScorecardScore> scored = ScorecardScoring::score(m_form, answers());
    if (!scored) {
        m_score.reset();
        m_scoreError = scored.error().message;
        m_scoreLabel->setText(QStringLiteral("\u2014"));
        m_scoreDetail->setText(tr("This cannot be scored: %1").arg(m_scoreError));
        Q_EMIT scoreChanged();
        return;
    }
    m_score = scored.value();
    m_scoreError.clear();
    const ScorecardScore &score = *m_score;
    const QString language = DisplayText::uiLanguage();
    const int total = m_form.questionCount();
    const int answered = total - int(score.unansweredQuestions.size());
    const std::optional<double> soFar =
        score.possible > 0 ? std::optional<double>(100.0 * score.earned / score.possible) : std::nullopt;

    QStringList failed;
    for (const QString &id : score.failedCriticalQuestions) {
        if (const ScorecardQuestion *question = m_form.question(id))
            failed << question->text(language);
    }
    QString value;
    QString detail;
    switch (score.outcome) {
    case ScoreOutcome::Scored:
        value = CoachingText::percent(score.percent);
        detail = tr("All %n question(s) answered.", nullptr, total);
        break;
    case ScoreOutcome::CriticalFailed:
        value = CoachingText::percent(score.percent);
        detail = tr("A critical question failed, so the score is 0% (%1 on the rest).")
                     .arg(CoachingText::percent(score.weightedPercent));
        break;
    case ScoreOutcome::Incomplete:
        value = score.criticalFailed ? CoachingText::percent(0.0) : CoachingText::percent(soFar);
        detail = tr("Incomplete: %1 of %n question(s) answered.", nullptr, total).arg(answered);
        if (score.criticalFailed)
            detail += QLatin1Char(' ') + tr("A critical question failed, so the score will be 0%.");
        else if (soFar)
            detail += QLatin1Char(' ') + tr("%1 so far.").arg(CoachingText::percent(soFar));
        break;
    case ScoreOutcome::NotApplicable:
        value = tr("N/A");
        detail = tr("Every question is not applicable: there is no score.");
        break;
    }
    m_scoreLabel->setText(value);
    m_scoreDetail->setText(detail);
    const QColor color = CoachingText::scoreColor(score);
    m_scoreLabel->setStyleSheet(QStringLiteral("color:%1").arg(color.name()));
    m_scoreLabel->setToolTip(CoachingText::scoreOutcomeName(score.outcome));
    m_scoreDetail->setToolTip(
        failed.isEmpty() ? QString() : tr("Critical questions failed: %1").arg(failed.join(tr("; "))));

    for (const SectionScore &section : score.sections) {
        QLabel *label = sectionScoreLabel(section.sectionId);
        if (!label)
            continue;
        QString text = section.percent ? CoachingText::percent(section.percent) : QStringLiteral("\u2014");
        if (section.criticalFailed)
            text = tr("%1 · critical failed").arg(text);
        else if (section.unanswered > 0)
            text = tr("%1 · %n unanswered", nullptr, section.unanswered).arg(text);
        label->setText(text);
        label->setStyleSheet(section.criticalFailed ? QStringLiteral("color:#d93a32;font-weight:bold")
                                                    : QString());
    }
    for (QuestionRow &row : m_rows) {
        const bool failedRow = score.failedCriticalQuestions.contains(row.questionId);
        row.text->setStyleSheet(failedRow ? QStringLiteral("color:#d93a32") : QString());
    }
    Q_EMIT scoreChanged();
}

void ScorecardForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScorecardForm::retranslate()
{
    const QString language = DisplayText::uiLanguage();
    m_title->setText(hasScorecard() ? tr("%1 (version %2)").arg(m_form.name(language)).arg(m_form.version)
                                    : QString());
    for (const SectionBox &section : std::as_const(m_sections)) {
        for (const ScorecardSection &s : std::as_const(m_form.sections)) {
            if (s.id == section.sectionId)
                section.title->setText(s.title(language));
        }
    }
    for (QuestionRow &row : m_rows) {
        const ScorecardQuestion *question = m_form.question(row.questionId);
        if (!question)
            continue;
        QString text = question->text(language);
        if (question->weight != 1.0)
            text = tr("%1 <span style=\"color:gray\">(weight %2)</span>")
                       .arg(text.toHtmlEscaped(), QLocale().toString(question->weight));
        else
            text = text.toHtmlEscaped();
        row.text->setText(text);
        if (row.critical) {
            row.critical->setText(tr("Critical"));
            row.critical->setStyleSheet(QStringLiteral("color:white;background:#d93a32;border-radius:3px;"
                                                       "padding:0px 5px;font-weight:bold"));
            row.critical->setToolTip(tr("Failing this question makes the whole score 0%"));
        }
        for (QToolButton *button : std::as_const(row.choices)) {
            const int answer = button->property(AnswerProperty).toInt();
            if (answer == NotApplicableAnswer) {
                button->setText(tr("N/A"));
                button->setToolTip(tr("Not applicable: the question counts for nothing"));
            } else if (question->type == QuestionType::YesNo) {
                button->setText(answer ? tr("Yes") : tr("No"));
            } else {
                button->setText(QString::number(answer));
                button->setToolTip(answer == 1   ? tr("1: poor")
                                   : answer == 5 ? tr("5: excellent")
                                                 : QString());
            }
        }
        if (row.points) {
            row.points->setSpecialValueText(tr("Not scored"));
            row.points->setSuffix(tr(" of %1").arg(question->maxPoints));
        }
        row.comment->setPlaceholderText(tr("Comment (optional)"));
    }
    rescore();
}

} // namespace ContactDesk
