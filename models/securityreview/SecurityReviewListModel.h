#pragma once

#include "models/journal/SyncTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xs {

/// 安全审查 as a list, open reviews first, then the newest: what is reviewed (a conditional
/// sharing request or an agreement) and on which checklist version, how many items are answered,
/// the state or conclusion, who opened it and when it was concluded.
class SecurityReviewListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StateColumn,
        SubjectKindColumn,
        SubjectColumn,
        ChecklistColumn,
        AnsweredColumn,
        ReviewerColumn,
        OpenedColumn,
        ConcludedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };
    /// What the list shows beside ids: subjects' names and checklists' titles and sizes.
    struct Names
    {
        QHash<QString, QString> subjects; // request or agreement id to what people call it
        QHash<QString, QString> checklists;
        QHash<QString, int> checklistSizes;
    };

    explicit SecurityReviewListModel(QObject* parent = nullptr);

    void setReviews(const QList<RecordState>& reviews, Names names);
    /// Concluded reviews hidden when true.
    void setOpenOnly(bool openOnly);
    const RecordState* review(const QString& id) const;
    /// What people call a review's subject (the request or agreement), and its checklist with the
    /// version the review was made on.
    QString subjectName(const RecordState& review) const;
    QString checklistName(const RecordState& review) const;
    /// The number of items on a review's checklist, or -1 when the checklist is not here.
    int checklistSize(const RecordState& review) const;
    int openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    QList<RecordState> m_all;
    QList<const RecordState*> m_shown;
    Names m_names;
    bool m_openOnly = false;
};

} // namespace xs
