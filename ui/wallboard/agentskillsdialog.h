#pragma once

#include "backend/deskbackend.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace ContactDesk {

// The supervisor's skill editor for one agent: every skill of the catalogue with a level 0..10
// (0: not held), filled in from what the agent holds. Applying sends only the changed levels
// (DeskBackend::setAgentSkill, which routing uses at once) and closes when all were taken.
class AgentSkillsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentSkillsDialog)

public:
    AgentSkillsDialog(DeskBackend *backend, qint64 agentId, const QString &agentName,
                      const SkillLevels &skills, QWidget *parent = nullptr);

    qint64 agentId() const { return m_agentId; }
    bool isLoaded() const { return m_loaded; }
    bool isApplying() const { return m_pending > 0; }
    QStringList skillIds() const;
    int level(const QString &skillId) const;
    // Sets the spin box of the skill; false when the catalogue has no such skill.
    bool setLevel(const QString &skillId, int level);
    // The skills whose level differs from what the agent holds.
    SkillLevels changes() const;
    QString errorText() const;
    QTableWidget *table() const { return m_table; }

    // Sends the changes; accepts the dialog once every one succeeded.
    void apply();

Q_SIGNALS:
    // One level was taken by the backend.
    void skillChanged(qint64 agentId, const QString &skillId, int level);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(const QList<Skill> &catalogue);
    void finishOne(const QString &skillId, int level, const std::optional<BackendError> &error);

    QPointer<DeskBackend> m_backend;
    qint64 m_agentId = 0;
    QString m_agentName;
    SkillLevels m_skills;
    QList<Skill> m_catalogue;
    bool m_loaded = false;
    int m_pending = 0;
    QStringList m_errors;
    QLabel *m_intro = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ContactDesk
