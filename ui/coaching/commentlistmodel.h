#pragma once

#include "coaching/coachingcomment.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace ContactDesk {

// The open interaction's coaching comments in anchor order: "1:05 · Kim Minji: the card number
// was read back", or on a message of the transcript, "Message 3 · …".
class CommentListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommentListModel)

public:
    enum Role
    {
        CommentIdRole = Qt::UserRole,
        PositionRole,  // RecordingPosition: ms; else -1
        MessageIdRole, // TranscriptMessage: the message id; else 0
        AuthorRole,
    };

    explicit CommentListModel(QObject *parent = nullptr);

    void setComments(const QList<CoachingComment> &comments);
    const QList<CoachingComment> &comments() const { return m_comments; }
    const CoachingComment *commentAt(int row) const;
    int rowOfComment(qint64 commentId) const;
    // How the transcript names its messages ("Message 3 · Customer"), by message id.
    void setMessageNames(const QHash<qint64, QString> &names);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QString anchorText(const CoachingComment &comment) const;

    QList<CoachingComment> m_comments;
    QHash<qint64, QString> m_messageNames;
};

} // namespace ContactDesk
