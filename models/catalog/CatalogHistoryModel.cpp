#include "models/catalog/CatalogHistoryModel.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/common/Clock.h"
#include "models/journal/FieldLabels.h"

#include <QDateTime>

namespace xs {

CatalogHistoryModel::CatalogHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CatalogHistoryModel::setChanges(const QList<CatalogChange>& changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

QString CatalogHistoryModel::fieldLabel(const QString& field)
{
    if (field == QLatin1String("created"))
        return tr("Created");
    if (field == QLatin1String("item.created"))
        return tr("Data item added");
    if (field.startsWith(QLatin1String("item."))) {
        const QString itemField = field.mid(5);
        if (itemField == QLatin1String("deleted"))
            return tr("Data item removed");
        return tr("Data item: %1").arg(xs::fieldLabel(QStringLiteral("data_item"), itemField));
    }
    if (field == QLatin1String("deleted"))
        return tr("Deleted");
    return xs::fieldLabel(QStringLiteral("catalog_entry"), field);
}

int CatalogHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int CatalogHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogChange& change = m_changes.at(index.row());
    if (role == ChangeIdRole)
        return change.id;
    if (role == ItemChangeRole)
        return !change.itemId.isEmpty();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    auto shown = [&change](const QString& value) {
        if (value.isEmpty())
            return tr("(empty)");
        const QString field =
            change.field.startsWith(QLatin1String("item.")) ? change.field.mid(5) : change.field;
        if (field.startsWith(QLatin1String("in_")) || field == QLatin1String("sensitive") ||
            field == QLatin1String("authoritative") || field == QLatin1String("deleted"))
            return value == QLatin1String("1") ? tr("Yes") : tr("No");
        return CatalogVocabulary::label(value);
    };
    switch (index.column()) {
    case WhenColumn:
        return Clock::chinaTime(QDateTime::fromString(change.changedAt, Qt::ISODateWithMs))
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case WhoColumn:
        return change.changedBy;
    case FieldColumn:
        return fieldLabel(change.field);
    case OldColumn:
        return change.field.endsWith(QLatin1String("created")) ? QString() : shown(change.oldValue);
    case NewColumn:
        return shown(change.newValue);
    case ReasonColumn:
        return change.reason;
    default:
        return {};
    }
}

QVariant CatalogHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case FieldColumn:
        return tr("Field");
    case OldColumn:
        return tr("Before");
    case NewColumn:
        return tr("After");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace xs
