#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace xs {

/// The diff view of a revision: each field it changes, with the published value beside the revised
/// one, in the order of the entry's form. Values read as the form shows them (labels of choices,
/// 是/否 for flags); an empty value reads as "—".
class CatalogRevisionDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        PublishedColumn,
        RevisedColumn,
        ColumnCount,
    };
    enum Role
    {
        FieldNameRole = Qt::UserRole + 1, // the field's name in the record
    };

    explicit CatalogRevisionDiffModel(QObject* parent = nullptr);

    /// published: the entry as in use; changes: the revision's changed fields.
    void setRevision(const QJsonObject& published, const QJsonObject& changes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString field;
        QString label;
        QString published;
        QString revised;
    };
    QList<Row> m_rows;
};

} // namespace xs
