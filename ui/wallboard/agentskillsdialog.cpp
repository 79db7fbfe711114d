#include "agentskillsdialog.h"

#include "wallboardtext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ContactDesk {

namespace {

enum Column
{
    SkillNameColumn,
    SkillLevelColumn,
};

} // namespace

AgentSkillsDialog::AgentSkillsDialog(DeskBackend *backend, qint64 agentId, const QString &agentName,
                                     const SkillLevels &skills, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_agentId(agentId)
    , m_agentName(agentName)
    , m_skills(skills)
{
    setObjectName(QStringLiteral("agentSkillsDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("skillTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SkillNameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SkillLevelColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("skillStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AgentSkillsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(420, 460);
    retranslate();

    if (!m_backend)
        return;
    QPointer<AgentSkillsDialog> self(this);
    m_backend->skillCatalogue([self](const BackendResult<QList<Skill>> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->m_status->setText(
                tr("The skills could not be loaded: %1")
                    .arg(WallboardText::errorText(result.error().code, result.error().message)));
            return;
        }
        self->fill(result.value());
    });
}

void AgentSkillsDialog::fill(const QList<Skill> &catalogue)
{
    m_catalogue = catalogue;
    // Skills the agent holds that the catalogue does not list still show, so nothing is hidden.
    for (auto it = m_skills.cbegin(); it != m_skills.cend(); ++it) {
        const bool listed = std::any_of(m_catalogue.cbegin(), m_catalogue.cend(),
                                        [&](const Skill &skill) { return skill.id == it.key(); });
        if (!listed)
            m_catalogue.append(Skill{it.key(), it.key()});
    }
    m_table->setRowCount(int(m_catalogue.size()));
    for (int row = 0; row < m_catalogue.size(); ++row) {
        const Skill &skill = m_catalogue.at(row);
        auto *name = new QTableWidgetItem(skill.name.isEmpty() ? skill.id : skill.name);
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(skill.id);
        m_table->setItem(row, SkillNameColumn, name);
        auto *spin = new QSpinBox(m_table);
        spin->setObjectName(QStringLiteral("skill-") + skill.id);
        spin->setRange(0, MaxSkillLevel);
        spin->setValue(m_skills.value(skill.id, 0));
        spin->setAccessibleName(name->text());
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!changes().isEmpty() && m_pending == 0);
        });
        m_table->setCellWidget(row, SkillLevelColumn, spin);
    }
    m_loaded = true;
    retranslate();
}

QStringList AgentSkillsDialog::skillIds() const
{
    QStringList ids;
    for (const Skill &skill : m_catalogue)
        ids << skill.id;
    return ids;
}

int AgentSkillsDialog::level(const QString &skillId) const
{
    const int row = int(skillIds().indexOf(skillId));
    if (row < 0)
        return -1;
    auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(row, SkillLevelColumn));
    return spin ? spin->value() : -1;
}

bool AgentSkillsDialog::setLevel(const QString &skillId, int level)
{
    const int row = int(skillIds().indexOf(skillId));
    if (row < 0)
        return false;
    auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(row, SkillLevelColumn));
    if (!spin)
        return false;
    spin->setValue(level);
    return true;
}

SkillLevels AgentSkillsDialog::changes() const
{
    SkillLevels changed;
    for (const Skill &skill : m_catalogue) {
        const int now = level(skill.id);
        if (now >= 0 && now != m_skills.value(skill.id, 0))
            changed.insert(skill.id, now);
    }
    return changed;
}

QString AgentSkillsDialog::errorText() const
{
    return m_errors.join(QLatin1Char('\n'));
}

void AgentSkillsDialog::apply()
{
    const SkillLevels changed = changes();
    if (!m_backend || m_pending > 0)
        return;
    if (changed.isEmpty()) {
        accept();
        return;
    }
    m_errors.clear();
    m_pending = int(changed.size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_status->setText(tr("Saving…"));
    QPointer<AgentSkillsDialog> self(this);
    // Copied: an embedded backend answers inside the call, which changes m_skills.
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const QString skillId = it.key();
        const int level = it.value();
        m_backend->setAgentSkill(m_agentId, skillId, level,
                                 [self, skillId, level](const BackendResult<bool> &result) {
                                     if (!self)
                                         return;
                                     std::optional<BackendError> error;
                                     if (!result.ok())
                                         error = result.error();
                                     self->finishOne(skillId, level, error);
                                 });
    }
}

void AgentSkillsDialog::finishOne(const QString &skillId, int level, const std::optional<BackendError> &error)
{
    --m_pending;
    if (error) {
        m_errors << tr("%1: %2").arg(skillId, WallboardText::errorText(error->code, error->message));
    } else {
        if (level > 0)
            m_skills.insert(skillId, level);
        else
            m_skills.remove(skillId);
        Q_EMIT skillChanged(m_agentId, skillId, level);
    }
    if (m_pending > 0)
        return;
    if (m_errors.isEmpty()) {
        m_status->clear();
        accept();
        return;
    }
    m_status->setText(tr("Not every change was taken:\n%1").arg(errorText()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!changes().isEmpty());
}

void AgentSkillsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AgentSkillsDialog::retranslate()
{
    setWindowTitle(tr("Skills of %1").arg(m_agentName));
    m_intro->setText(m_loaded
                         ? tr("Levels 1 (basic) to 10 (expert); 0 removes the skill. Routing uses the new "
                              "levels at once.")
                         : tr("Loading the skills…"));
    m_table->setHorizontalHeaderLabels({tr("Skill"), tr("Level")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(row, SkillLevelColumn)))
            spin->setSpecialValueText(tr("Not held"));
    }
}

} // namespace ContactDesk
