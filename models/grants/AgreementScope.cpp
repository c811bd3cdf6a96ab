#include "models/grants/AgreementScope.h"

#include "models/common/StructuredField.h"
#include "models/journal/SyncTypes.h"

#include <QSet>

namespace xs::AgreementScope {

namespace {

const QString Agreement = QStringLiteral("grant_agreement");
const QString Entry = QStringLiteral("catalog_entry");
const QString Resources = QStringLiteral("resources");

} // namespace

QStringList resourceIds(const QJsonObject& agreement)
{
    QStringList ids;
    for (const QJsonValue& value : structuredField(agreement, "resources").toArray()) {
        const QString id = value.toString().trimmed();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool isAuthorized(const RecordState& entry)
{
    return !entry.deleted &&
           entry.fields.value(QStringLiteral("status")).toString() == QLatin1String("published") &&
           entry.fields.value(QStringLiteral("in_authorized_catalog")).toBool();
}

QList<FieldProblem> check(const RuleInput& input)
{
    QSet<QString> named;
    if (const std::optional<RecordState> stored = input.stored.find(Agreement, input.next.id);
        stored && !stored->deleted) {
        for (const QString& id : resourceIds(stored->fields))
            named.insert(id);
    }
    for (const QString& id : resourceIds(input.next.fields)) {
        if (named.contains(id))
            continue;
        const std::optional<RecordState> entry = input.stored.find(Entry, id);
        if (!entry)
            return {{Resources, XS_MESSAGE("xs::AgreementScope",
                                           "\"%1\" is not an entry of the catalog: choose the resources "
                                           "from the authorized-operation catalog")
                                    .arg(id.left(64))}};
        if (!isAuthorized(*entry))
            return {{Resources, XS_MESSAGE("xs::AgreementScope",
                                           "\"%1\" is not a published entry of the authorized-operation "
                                           "catalog (授权运营目录)")
                                    .arg(entry->fields.value(QStringLiteral("name")).toString().left(100))}};
    }
    return {};
}

QString authorizedEntry()
{
    return QStringLiteral(
        "(e.deleted = 0 AND e.status = 'published' AND coalesce(e.in_authorized_catalog, 0) = 1)");
}

QString namesWithdrawnResource()
{
    // Resources that are not a JSON array name nothing (json_each would fail on them).
    return QStringLiteral(
               "a.state IN ('signed', 'operating', 'evaluation', 'renewed') AND EXISTS (SELECT 1 FROM "
               "json_each(CASE WHEN json_valid(a.resources) AND json_type(a.resources) = 'array' "
               "THEN a.resources ELSE '[]' END) r JOIN catalog_entry e ON e.id = r.value WHERE NOT %1)")
        .arg(authorizedEntry());
}

} // namespace xs::AgreementScope
