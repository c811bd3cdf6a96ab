#pragma once

#include "models/journal/SyncLedger.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace xs {

/// The open conflicts, newest last: what kind of record, which one, what disagrees, since when.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        KindColumn,
        FieldsColumn,
        SinceColumn,
        ColumnCount
    };
    static constexpr int ConflictIdRole = Qt::UserRole + 1;

    explicit ConflictListModel(QSqlDatabase database, QObject* parent = nullptr);

    /// Reads the conflicts again from the database.
    void reload();
    std::optional<ConflictRecord> conflictAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SyncLedger m_ledger;
    QList<ConflictRecord> m_conflicts;
};

/// Operations the hub refused, with its reason, kept until the person fixes or discards them.
class RejectedOperationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        KindColumn,
        ChangeColumn,
        MadeColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int OperationIdRole = Qt::UserRole + 1;

    explicit RejectedOperationsModel(QSqlDatabase database, QObject* parent = nullptr);

    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QueuedOperation queued;
        QString recordName;
    };

    QSqlDatabase m_database;
    SyncLedger m_ledger;
    QList<Row> m_rows;
};

/// Records from the hub this desktop could not store, with why: the hub's operators are told, and a
/// row goes once a copy of the record that can be stored arrives.
class QuarantineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        KindColumn,
        ReasonColumn,
        ReceivedColumn,
        ReportedColumn,
        ColumnCount
    };

    explicit QuarantineModel(QSqlDatabase database, QObject* parent = nullptr);

    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SyncLedger m_ledger;
    QList<SyncLedger::Quarantined> m_rows;
};

/// How a record is named in lists: its name field if it has one, else the start of its id.
QString recordDisplayName(const RecordState& record);
/// A local time for people, from the ISO-8601 UTC time the ledger keeps.
QString displayTime(const QString& isoUtc);

} // namespace xs
