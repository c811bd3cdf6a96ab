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
        PassingRole, // true for 通过 and 有条件通过, false for 不通过, invalid while open
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
