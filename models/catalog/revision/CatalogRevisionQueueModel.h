#pragma once

#include <QAbstractTableModel>
#include <QDate>

namespace xs {

/// The open revisions of the catalog as a queue (待审修订): those awaiting the data department's
/// review first, then the departments' drafts, each with its running deadline and an overdue mark.
class CatalogRevisionQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        QString revisionId;
        QString entryId;
        QString entryName;
        QString department; // the provider's name
        QString state;      // draft or submitted
        QDate due;          // the department's, or the review's once submitted
        bool provisional = false;
        QString submittedBy;
    };
    enum Column
    {
        EntryColumn,
        DepartmentColumn,
        StateColumn,
        DueColumn,
        SubmittedByColumn,
        ColumnCount,
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        OverdueRole, // bool
    };

    explicit CatalogRevisionQueueModel(QObject* parent = nullptr);

    /// today: for the overdue marks.
    void setRows(QList<Row> rows, const QDate& today);
    /// How many are awaiting review.
    int awaitingReview() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QDate m_today;
};

} // namespace xs
