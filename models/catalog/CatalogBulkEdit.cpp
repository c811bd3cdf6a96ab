#include "models/catalog/CatalogBulkEdit.h"

#include "models/catalog/CatalogRepository.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/storage/Transaction.h"

#include <QCoreApplication>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::CatalogBulkEdit)
};

} // namespace

QStringList CatalogBulkEdit::editableFields()
{
    return {QStringLiteral("grade"),
            QStringLiteral("share_attribute"),
            QStringLiteral("share_method"),
            QStringLiteral("open_attribute"),
            QStringLiteral("update_frequency"),
            QStringLiteral("format_class"),
            QStringLiteral("in_share_catalog"),
            QStringLiteral("in_open_catalog"),
            QStringLiteral("in_authorized_catalog")};
}

CatalogBulkEdit::CatalogBulkEdit(QSqlDatabase database, QString user, const Clock& clock, CatalogRules rules)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_clock(clock)
    , m_rules(std::move(rules))
{}

DatabaseError CatalogBulkEdit::apply(const QStringList& entryIds, const QString& field,
                                     const QJsonValue& value, const QString& reason, QList<Failure>* failures)
{
    if (!editableFields().contains(field))
        return DatabaseError(DatabaseError::Kind::Invalid,
                             Text::tr("%1 cannot be edited in bulk.").arg(field));
    CatalogRepository repository(m_database, m_user, m_clock);
    for (const QString& id : entryIds) {
        const std::optional<RecordState> entry = repository.entry(id);
        if (!entry || entry->deleted) {
            failures->append({id, {}, Text::tr("The entry no longer exists.")});
            continue;
        }
        QJsonObject fields = entry->fields;
        fields.insert(field, value);
        QList<QJsonObject> items;
        for (const RecordState& item : repository.items(id))
            items.append(item.fields);
        const QString name = fields.value(QLatin1String("name")).toString();
        for (const FieldProblem& problem : m_rules.checkEntry(fields, items))
            failures->append({id, name, problem.message.text()});
        if (m_publishedThroughRevisions &&
            fields.value(QLatin1String("status")).toString() == QLatin1String("published") &&
            CatalogRevisionWorkflow::changedInPlace(entry->fields, {{field, value}}))
            failures->append({id, name, Text::tr("This entry is published: change it through a revision.")});
        else if (CatalogRules::changeNeedsReason(fields.value(QLatin1String("status")).toString()) &&
                 reason.trimmed().isEmpty())
            failures->append({id, name, Text::tr("This entry is published: give a reason for the change.")});
    }
    if (!failures->isEmpty())
        return DatabaseError(
            DatabaseError::Kind::Invalid,
            Text::tr("%n entries would break a rule; nothing was changed.", nullptr, int(failures->size())));
    Transaction transaction(m_database, QStringLiteral("catalog_bulk_edit"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    repository.setJoinsOuterTransaction(true); // all or nothing: any error rolls the whole edit back
    for (const QString& id : entryIds) {
        if (DatabaseError error = repository.save(id, {{field, value}}, {}, {}, reason); error.isError())
            return error;
    }
    return transaction.commit();
}

} // namespace xs
