#include "models/sharing/RequestReport.h"

#include "models/catalog/io/CsvCodec.h"
#include "models/catalog/io/XlsxCodec.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
#include "models/opendata/OpenDataWorkflow.h"
#include "models/quality/QualityFeedbackWorkflow.h"
#include "models/rectification/RectificationWorkflow.h"
#include "models/sharing/SharingWorkflow.h"
#include "models/storage/DurableFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace xs::RequestReport {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::RequestReport)
};

QString text(const RecordState& request, const char* name)
{
    return request.fields.value(QLatin1String(name)).toString();
}

// The names a reader needs beside the codes the kind holds: the resource's (sharing requests and
// feedback), the requesting department's (the same), the providing or answering department's.
QList<std::pair<QString, QString>> nameColumns(const EntitySchema& entity)
{
    QList<std::pair<QString, QString>> columns; // name column, code field
    if (entity.field(QStringLiteral("entry_id")))
        columns.append({QStringLiteral("resource_name"), QStringLiteral("entry_id")});
    if (entity.field(QStringLiteral("requester_code")))
        columns.append({QStringLiteral("requester_name"), QStringLiteral("requester_code")});
    if (entity.field(QStringLiteral("provider_code")))
        columns.append({QStringLiteral("provider_name"), QStringLiteral("provider_code")});
    return columns;
}

// The record as written out: its fields, then the names.
QJsonObject full(const EntitySchema& entity, const RecordState& request, const RequestNames& names)
{
    QJsonObject record = request.fields;
    record.insert(QStringLiteral("id"), request.id);
    for (const auto& [column, field] : nameColumns(entity)) {
        const QString code = request.fields.value(field).toString();
        record.insert(column, field == QLatin1String("entry_id") ? names.entries.value(code)
                                                                 : names.departments.value(code));
    }
    return record;
}

QStringList columns(const EntitySchema& entity)
{
    QStringList names{QStringLiteral("id")};
    names += entity.fieldNames();
    for (const auto& nameColumn : nameColumns(entity))
        names << nameColumn.first;
    return names;
}

QString cell(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

QString kindOf(const QString& entity)
{
    if (entity == SharingWorkflow::Entity)
        return QStringLiteral("sharing");
    if (entity == QualityFeedbackWorkflow::Entity)
        return QStringLiteral("quality");
    if (entity == OpenDataWorkflow::Entity)
        return QStringLiteral("open-data");
    if (entity == SharingWorkflow::UsageEntity)
        return QStringLiteral("usage");
    return {};
}

QJsonObject summary(const RecordState& request, const RequestNames& names, const QDate& today,
                    const RecordState* order)
{
    QJsonValue due;
    bool overdue = false;
    QString resource = text(request, "entry_id");
    QJsonValue resourceId = resource;
    QString requester = text(request, "requester_code");
    if (request.entity == SharingWorkflow::Entity) {
        if (const QString dueField = SharingWorkflow::runningDeadlineField(request.fields);
            !dueField.isEmpty())
            due = request.fields.value(dueField);
        overdue = SharingWorkflow::isOverdue(request.fields, today);
    } else if (request.entity == OpenDataWorkflow::Entity) {
        // A demand names the data wanted, not a resource, and comes from the public, not a department.
        resource = text(request, "title");
        resourceId = QJsonValue();
        requester = text(request, "demander");
        if (text(request, "state") == QLatin1String("accepted"))
            due = request.fields.value(QStringLiteral("answer_due_on"));
        overdue = OpenDataWorkflow::isOverdue(request.fields, today);
    } else if (order && text(*order, "state") != QLatin1String("closed")) {
        due = order->fields.value(QStringLiteral("due_on"));
        overdue = RectificationWorkflow::isOverdue(order->fields, today);
    }
    return {{QStringLiteral("id"), request.id},
            {QStringLiteral("kind"), kindOf(request.entity)},
            {QStringLiteral("resource"), names.entries.value(resource, resource)},
            {QStringLiteral("resource_id"), resourceId},
            {QStringLiteral("requester"), requester},
            {QStringLiteral("provider"), text(request, "provider_code")},
            {QStringLiteral("status"), text(request, "state")},
            {QStringLiteral("due_on"), due},
            {QStringLiteral("overdue"), overdue}};
}

DatabaseError write(const QString& path, Format format, const QString& entityName,
                    const QList<RecordState>& requests, const RequestNames& names)
{
    const EntitySchema* schema = findEntity(entityName);
    if (!schema)
        return DatabaseError(DatabaseError::Kind::Invalid,
                             QStringLiteral("no record type %1").arg(entityName));
    const EntitySchema& entity = *schema;
    if (format == Format::Json) {
        QJsonArray records;
        for (const RecordState& request : requests)
            records.append(full(entity, request, names));
        const QJsonObject document{{QStringLiteral("kind"), kindOf(entityName)},
                                   {QStringLiteral("requests"), records}};
        return DurableFile::writeAtomically(path, QJsonDocument(document).toJson());
    }
    // Files for people carry the fields' names in the reader's language; JSON keeps the codes.
    const QStringList keys = columns(entity);
    QStringList header;
    const QHash<QString, QString> extraNames{
        {QStringLiteral("resource_name"), Text::tr("Resource name")},
        {QStringLiteral("requester_name"), Text::tr("Requesting department name")},
        {QStringLiteral("provider_name"), Text::tr("Provider department name")}};
    for (const QString& key : keys)
        header.append(extraNames.value(key, fieldLabel(entityName, key)));
    QList<QStringList> rows;
    for (const RecordState& request : requests) {
        const QJsonObject record = full(entity, request, names);
        QStringList row;
        for (const QString& key : keys)
            row.append(cell(record.value(key)));
        rows.append(row);
    }
    if (format == Format::Csv)
        return DurableFile::writeAtomically(path, CsvCodec::write(header, rows));
    if (const QString problem = XlsxCodec::write(path, entityLabel(entityName), header, rows);
        !problem.isEmpty())
        return DatabaseError(DatabaseError::Kind::Io, problem);
    return {};
}

std::optional<Format> formatOf(const QString& path, const QString& named)
{
    const QString suffix = named.isEmpty() ? QFileInfo(path).suffix().toLower() : named.toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

} // namespace xs::RequestReport
