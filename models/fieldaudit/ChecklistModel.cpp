#include "models/fieldaudit/ChecklistModel.h"

#include "models/fieldaudit/FieldAuditVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"

#include <algorithm>

namespace xs {

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QList<ChecklistRow> ChecklistModel::rowsOf(const QJsonObject& templateFields,
                                           const QList<RecordState>& answers)
{
    QHash<QString, const RecordState*> byItem;
    for (const RecordState& answer : answers)
        byItem.insert(answer.fields.value(QStringLiteral("item_code")).toString(), &answer);
    QList<ChecklistRow> rows;
    for (const QJsonObject& item : FieldAuditWorkflow::itemsOf(templateFields)) {
        ChecklistRow row;
        row.code = item.value(QStringLiteral("code")).toString();
        row.section = item.value(QStringLiteral("section")).toString();
        row.text = item.value(QStringLiteral("text")).toString();
        if (const RecordState* answer = byItem.value(row.code)) {
            row.result = answer->fields.value(QStringLiteral("result")).toString();
            row.note = answer->fields.value(QStringLiteral("note")).toString();
        }
        rows.append(row);
    }
    return rows;
}

void ChecklistModel::setRows(const QList<ChecklistRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void ChecklistModel::setEditable(bool editable, Saver saver)
{
    m_editable = editable && saver;
    m_saver = std::move(saver);
    if (!m_rows.isEmpty()) // the flags of every row change
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const ChecklistRow* ChecklistModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ChecklistModel::answeredCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const ChecklistRow& row) { return !row.result.isEmpty(); }));
}

int ChecklistModel::nonconformingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ChecklistRow& row) {
        return row.result == QLatin1String("nonconforming");
    }));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistRow& row = m_rows.at(index.row());
    if (role == CodeRole)
        return row.code;
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return row.text;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case ResultColumn:
            return row.result;
        case NoteColumn:
            return row.note;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return row.code;
    case SectionColumn:
        return row.section;
    case TextColumn:
        return row.text;
    case ResultColumn:
        return row.result.isEmpty() ? tr("Not answered") : FieldAuditVocabulary::resultLabel(row.result);
    case NoteColumn:
        return row.note;
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Item");
    case SectionColumn:
        return tr("Section");
    case TextColumn:
        return tr("What to check");
    case ResultColumn:
        return tr("Result");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid() && (index.column() == ResultColumn || index.column() == NoteColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ChecklistRow changed = m_rows.at(index.row());
    if (index.column() == ResultColumn)
        changed.result = value.toString();
    else if (index.column() == NoteColumn)
        changed.note = value.toString();
    else
        return false;
    const ChecklistRow& current = m_rows.at(index.row());
    if (changed.result == current.result && changed.note == current.note)
        return true;
    // A note alone is not an answer: the result comes first, as on the paper form.
    if (changed.result.isEmpty()) {
        emit refused(tr("Choose the result of item %1 first, then add a note.").arg(changed.code));
        return false;
    }
    if (const QString reason = m_saver(changed); !reason.isEmpty()) {
        emit refused(reason);
        return false;
    }
    m_rows[index.row()] = changed;
    emit dataChanged(this->index(index.row(), ResultColumn), this->index(index.row(), NoteColumn));
    return true;
}

} // namespace xs
