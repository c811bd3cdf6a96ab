#pragma once

#include "models/catalog/io/CatalogImporter.h"

#include <QAbstractTableModel>

namespace xs {

/// The dry run as a table: one row per file row with its outcome and reasons, failures first
/// (they are what the user must fix).
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        ResultColumn,
        CodeColumn,
        NameColumn,
        ReasonColumn,
        ColumnCount,
    };
    enum Role
    {
        OutcomeRole = Qt::UserRole + 1, // int(ImportRowResult::Outcome)
    };

    explicit ImportPlanModel(QObject* parent = nullptr);

    void setPlan(const ImportPlan& plan);
    static QString outcomeLabel(ImportRowResult::Outcome outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRowResult> m_rows;
};

} // namespace xs
