#include "models/journal/SyncIssuesModels.h"

#include "models/common/Clock.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/LocalRecordStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace xs {

QString recordDisplayName(const RecordState& record)
{
    const QString name = record.fields.value(QStringLiteral("name")).toString();
    return name.isEmpty() ? record.id.left(8) : name;
}

QString displayTime(const QString& isoUtc)
{
    const QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return isoUtc;
    // What people read is China's wall clock, as everywhere else, whatever the machine's zone.
    return QLocale().toString(Clock::chinaTime(time), QStringLiteral("yyyy-MM-dd HH:mm"));
}

// ---------------------------------------------------------------------------------------------

ConflictListModel::ConflictListModel(QSqlDatabase database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ledger(std::move(database))
{
    reload();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_conflicts = m_ledger.openConflicts();
    endResetModel();
}

std::optional<ConflictRecord> ConflictListModel::conflictAt(int row) const
{
    if (row < 0 || row >= m_conflicts.size())
        return std::nullopt;
    return m_conflicts.at(row);
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRecord& conflict = m_conflicts.at(index.row());
    if (role == ConflictIdRole)
        return conflict.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return recordDisplayName(conflict.local);
    case KindColumn:
        return entityLabel(conflict.entity);
    case FieldsColumn: {
        if (conflict.deleteConflict)
            return tr("Deleted on one side, edited on the other");
        QStringList labels;
        for (const QString& field : conflict.fields)
            labels << fieldLabel(conflict.entity, field);
        return labels.join(tr(", "));
    }
    case SinceColumn:
        return displayTime(conflict.createdAt);
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    case FieldsColumn:
        return tr("Disagreement");
    case SinceColumn:
        return tr("Since");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

RejectedOperationsModel::RejectedOperationsModel(QSqlDatabase database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_ledger(std::move(database))
{
    reload();
}

void RejectedOperationsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    LocalRecordStore store(m_database);
    for (const QueuedOperation& queued : m_ledger.operations(QStringLiteral("rejected"))) {
        Row row{queued, {}};
        if (const EntitySchema* entity = findEntity(queued.operation.entity)) {
            const std::optional<RecordState> record = store.read(*entity, queued.operation.recordId);
            RecordState named = record.value_or(RecordState{});
            named.id = queued.operation.recordId;
            if (queued.operation.fields.contains(QStringLiteral("name")))
                named.fields = queued.operation.fields;
            row.recordName = recordDisplayName(named);
        } else {
            row.recordName = queued.operation.recordId.left(8);
        }
        m_rows.append(row);
    }
    endResetModel();
}

int RejectedOperationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedOperationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedOperationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Operation& operation = row.queued.operation;
    if (role == OperationIdRole)
        return operation.opId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RecordColumn:
        return row.recordName;
    case KindColumn:
        return entityLabel(operation.entity);
    case ChangeColumn:
        switch (operation.kind) {
        case Operation::Kind::Upsert: {
            if (operation.baseVersion == 0)
                return tr("Created");
            QStringList labels;
            for (auto it = operation.fields.constBegin(); it != operation.fields.constEnd(); ++it)
                labels << fieldLabel(operation.entity, it.key());
            return tr("Edited %1").arg(labels.join(tr(", ")));
        }
        case Operation::Kind::Delete:
            return tr("Deleted");
        case Operation::Kind::Command:
            return tr("Command: %1").arg(operation.command);
        }
        break;
    case ReasonColumn:
        return row.queued.lastError.isEmpty()
                   ? rejectionLabel(row.queued.reasonCode)
                   : tr("%1: %2").arg(rejectionLabel(row.queued.reasonCode), row.queued.lastError);
    case MadeColumn:
        return tr("%1 by %2").arg(displayTime(row.queued.createdAt), row.queued.createdBy);
    }
    return {};
}

QVariant RejectedOperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    case ChangeColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Reason given by the hub");
    case MadeColumn:
        return tr("Made");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

QuarantineModel::QuarantineModel(QSqlDatabase database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ledger(std::move(database))
{
    reload();
}

void QuarantineModel::reload()
{
    beginResetModel();
    m_rows = m_ledger.quarantined();
    endResetModel();
}

int QuarantineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuarantineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLedger::Quarantined& row = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RecordColumn: {
        // The payload is what the hub sent; its name (when readable) is the friendliest handle.
        const QJsonObject sent = QJsonDocument::fromJson(row.record.payload).object();
        RecordState named;
        named.id = row.record.recordId;
        named.fields = sent.value(QStringLiteral("fields")).toObject();
        const QString name = recordDisplayName(named).left(200);
        return role == Qt::ToolTipRole
                   ? tr("%1 (id %2, version %3)").arg(name, row.record.recordId).arg(row.record.version)
                   : name;
    }
    case KindColumn:
        return findEntity(row.record.entity) ? entityLabel(row.record.entity) : row.record.entity.left(64);
    case ReasonColumn:
        return row.record.reason;
    case ReceivedColumn:
        return displayTime(row.receivedAt);
    case ReportedColumn:
        return row.reported ? tr("Reported to the hub") : tr("Not yet reported");
    }
    return {};
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case KindColumn:
        return tr("Kind");
    case ReasonColumn:
        return tr("Why it could not be stored");
    case ReceivedColumn:
        return tr("Received");
    case ReportedColumn:
        return tr("Hub");
    }
    return {};
}

} // namespace xs
