#include "commentlistmodel.h"

#include "agent/displaytext.h"
#include "coachingtext.h"

namespace ContactDesk {

CommentListModel::CommentListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CommentListModel::setComments(const QList<CoachingComment> &comments)
{
    beginResetModel();
    m_comments = comments;
    endResetModel();
}

const CoachingComment *CommentListModel::commentAt(int row) const
{
    return row >= 0 && row < m_comments.size() ? &m_comments.at(row) : nullptr;
}

int CommentListModel::rowOfComment(qint64 commentId) const
{
    for (int row = 0; row < m_comments.size(); ++row) {
        if (m_comments.at(row).id == commentId)
            return row;
    }
    return -1;
}

void CommentListModel::setMessageNames(const QHash<qint64, QString> &names)
{
    m_messageNames = names;
    if (!m_comments.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int CommentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

QString CommentListModel::anchorText(const CoachingComment &comment) const
{
    if (comment.anchor.kind == CommentAnchorKind::RecordingPosition)
        return CoachingText::position(comment.anchor.positionMs);
    const QString name = m_messageNames.value(comment.anchor.messageId);
    return name.isEmpty() ? tr("A message") : name;
}

QVariant CommentListModel::data(const QModelIndex &index, int role) const
{
    const CoachingComment *comment = index.isValid() ? commentAt(index.row()) : nullptr;
    if (!comment)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2: %3").arg(anchorText(*comment), comment->authorName, comment->body);
    case Qt::ToolTipRole:
        return tr("%1, %2").arg(comment->authorName, DisplayText::dateTime(comment->createdMs));
    case CommentIdRole:
        return comment->id;
    case PositionRole:
        return comment->anchor.kind == CommentAnchorKind::RecordingPosition ? comment->anchor.positionMs
                                                                            : qint64(-1);
    case MessageIdRole:
        return comment->anchor.kind == CommentAnchorKind::TranscriptMessage ? comment->anchor.messageId
                                                                            : qint64(0);
    case AuthorRole:
        return comment->authorUserId;
    default:
        return QVariant();
    }
}

void CommentListModel::retranslate()
{
    if (!m_comments.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace ContactDesk
