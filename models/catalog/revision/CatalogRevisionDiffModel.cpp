#include "models/catalog/revision/CatalogRevisionDiffModel.h"

#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "models/journal/Vocabularies.h"

#include <QCoreApplication>

namespace xs {

namespace {

QString shown(const FieldSchema& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("xs::CatalogRevisionDiffModel", "Yes")
                              : QCoreApplication::translate("xs::CatalogRevisionDiffModel", "No");
    const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    if (!field.vocabulary.isEmpty()) {
        for (const LabelledValue& choice : vocabularyChoices(field.vocabulary)) {
            if (choice.value == text)
                return choice.label;
        }
    }
    return text;
}

} // namespace

CatalogRevisionDiffModel::CatalogRevisionDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CatalogRevisionDiffModel::setRevision(const QJsonObject& published, const QJsonObject& changes)
{
    beginResetModel();
    m_rows.clear();
    const QString entity = QStringLiteral("catalog_entry");
    for (const FieldSchema& field : findEntity(entity)->fields) {
        if (!changes.contains(field.name))
            continue;
        m_rows.append({field.name, fieldLabel(entity, field.name), shown(field, published.value(field.name)),
                       shown(field, changes.value(field.name))});
    }
    endResetModel();
}

int CatalogRevisionDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogRevisionDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogRevisionDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == FieldNameRole)
        return row.field;
    if (role == Qt::ToolTipRole && index.column() != FieldColumn)
        return index.column() == PublishedColumn ? row.published : row.revised;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FieldColumn:
        return row.label;
    case PublishedColumn:
        return row.published;
    case RevisedColumn:
        return row.revised;
    default:
        return {};
    }
}

QVariant CatalogRevisionDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case PublishedColumn:
        return tr("Published (in use)");
    case RevisedColumn:
        return tr("Revised");
    default:
        return {};
    }
}

} // namespace xs
