#include "models/sharing/RequestReport.h"

#include "models/catalog/io/CsvCodec.h"
#include "models/catalog/io/XlsxCodec.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/FieldLabels.h"
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

// The record as written out: its fields, then the names a reader needs beside the codes.
QJsonObject full(const RecordState& request, const RequestNames& names)
{
    QJsonObject record = request.fields;
    record.insert(QStringLiteral("id"), request.id);
    record.insert(QStringLiteral("resource_name"), names.entries.value(text(request, "entry_id")));
    record.insert(QStringLiteral("requester_name"), names.departments.value(text(request, "requester_code")));
    record.insert(QStringLiteral("provider_name"), names.departments.value(text(request, "provider_code")));
    return record;
}

QStringList columns(const QString& entityName)
{
    QStringList names{QStringLiteral("id")};
    if (const EntitySchema* entity = findEntity(entityName))
        names += entity->fieldNames();
    names << QStringLiteral("resource_name") << QStringLiteral("requester_name")
          << QStringLiteral("provider_name");
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
    return {};
}

QJsonObject summary(const RecordState& request, const RequestNames& names, const QDate& today,
                    const RecordState* order)
{
    QJsonValue due;
    bool overdue = false;
    if (request.entity == SharingWorkflow::Entity) {
        if (const QString dueField = SharingWorkflow::runningDeadlineField(request.fields);
            !dueField.isEmpty())
            due = request.fields.value(dueField);
        overdue = SharingWorkflow::isOverdue(request.fields, today);
    } else if (order && text(*order, "state") != QLatin1String("closed")) {
        due = order->fields.value(QStringLiteral("due_on"));
        overdue = RectificationWorkflow::isOverdue(order->fields, today);
    }
    const QString entry = text(request, "entry_id");
    return {{QStringLiteral("id"), request.id},
            {QStringLiteral("kind"), kindOf(request.entity)},
            {QStringLiteral("resource"), names.entries.value(entry, entry)},
            {QStringLiteral("resource_id"), entry},
            {QStringLiteral("requester"), text(request, "requester_code")},
            {QStringLiteral("provider"), text(request, "provider_code")},
            {QStringLiteral("status"), text(request, "state")},
            {QStringLiteral("due_on"), due},
            {QStringLiteral("overdue"), overdue}};
}

DatabaseError write(const QString& path, Format format, const QString& entity,
                    const QList<RecordState>& requests, const RequestNames& names)
{
    if (format == Format::Json) {
        QJsonArray records;
        for (const RecordState& request : requests)
            records.append(full(request, names));
        return DurableFile::writeAtomically(
            path, QJsonDocument(QJsonObject{{QStringLiteral("requests"), records}}).toJson());
    }
    // Files for people carry the fields' names in the reader's language; JSON keeps the codes.
    const QStringList keys = columns(entity);
    QStringList header;
    const QHash<QString, QString> extraNames{
        {QStringLiteral("resource_name"), Text::tr("Resource name")},
        {QStringLiteral("requester_name"), Text::tr("Requesting department name")},
        {QStringLiteral("provider_name"), Text::tr("Provider department name")}};
    for (const QString& key : keys)
        header.append(extraNames.value(key, fieldLabel(entity, key)));
    QList<QStringList> rows;
    for (const RecordState& request : requests) {
        const QJsonObject record = full(request, names);
        QStringList row;
        for (const QString& key : keys)
            row.append(cell(record.value(key)));
        rows.append(row);
    }
    if (format == Format::Csv)
        return DurableFile::writeAtomically(path, CsvCodec::write(header, rows));
    if (const QString problem = XlsxCodec::write(path, entityLabel(entity), header, rows); !problem.isEmpty())
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
