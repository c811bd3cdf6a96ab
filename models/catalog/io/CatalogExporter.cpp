#include "models/catalog/io/CatalogExporter.h"

#include "models/catalog/CatalogRepository.h"
#include "models/catalog/io/CatalogColumns.h"
#include "models/catalog/io/CsvCodec.h"
#include "models/catalog/io/XlsxCodec.h"
#include "models/storage/DurableFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::CatalogExporter)
};

} // namespace

CatalogExporter::CatalogExporter(QSqlDatabase database, const Clock& clock)
    : m_database(std::move(database))
    , m_clock(clock)
{}

DatabaseError CatalogExporter::rows(std::optional<CatalogVocabulary::Catalog> catalog,
                                    QList<QStringList>* rows, const Progress& progress)
{
    const QString where =
        catalog ? QStringLiteral(" AND %1 = 1").arg(CatalogVocabulary::catalogField(*catalog)) : QString();
    QSqlQuery total(m_database);
    if (!total.exec(QStringLiteral("SELECT count(*) FROM catalog_entry WHERE deleted = 0") + where) ||
        !total.next())
        return DatabaseError::fromSqlError(total.lastError());
    const qint64 count = total.value(0).toLongLong();
    QSqlQuery ids(m_database);
    ids.setForwardOnly(true);
    if (!ids.exec(
            QStringLiteral("SELECT id FROM catalog_entry WHERE deleted = 0%1 ORDER BY code, id").arg(where)))
        return DatabaseError::fromSqlError(ids.lastError());
    const CatalogRepository repository(m_database, {}, m_clock);
    rows->append(CatalogColumns::headings());
    qint64 done = 0;
    while (ids.next()) {
        DatabaseError error;
        const std::optional<RecordState> entry = repository.entry(ids.value(0).toString(), &error);
        if (error.isError())
            return error;
        if (!entry)
            continue;
        QList<QJsonObject> items;
        for (const RecordState& item : repository.items(entry->id, &error)) {
            QJsonObject fields = item.fields;
            fields.insert(QStringLiteral("id"), item.id);
            items.append(fields);
        }
        if (error.isError())
            return error;
        QStringList row;
        for (const CatalogColumns::Column& column : CatalogColumns::all()) {
            if (column.field == QLatin1String("id"))
                row.append(entry->id);
            else if (column.field == QLatin1String("items"))
                row.append(CatalogColumns::itemsCell(items));
            else
                row.append(CatalogColumns::cellText(column.field, entry->fields.value(column.field)));
        }
        rows->append(row);
        if (progress && ++done % 500 == 0 && !progress(done, count))
            return DatabaseError(DatabaseError::Kind::Cancelled);
    }
    if (progress)
        progress(count, count);
    return {};
}

DatabaseError CatalogExporter::exportTo(const QString& path, CatalogFileFormat format,
                                        std::optional<CatalogVocabulary::Catalog> catalog,
                                        const Progress& progress, qint64* exported)
{
    QList<QStringList> table;
    if (DatabaseError error = rows(catalog, &table, progress); error.isError())
        return error;
    const QStringList header = table.takeFirst();
    if (exported)
        *exported = table.size();
    switch (format) {
    case CatalogFileFormat::Csv:
        return DurableFile::writeAtomically(path, CsvCodec::write(header, table));
    case CatalogFileFormat::Json: {
        QJsonArray entries;
        for (const QStringList& row : std::as_const(table)) {
            QJsonObject entry;
            for (qsizetype column = 0; column < CatalogColumns::all().size(); ++column) {
                const QString& field = CatalogColumns::all().at(column).field;
                QString error;
                if (field == QLatin1String("items"))
                    entry.insert(field, QJsonDocument::fromJson(row.at(column).toUtf8()).array());
                else if (field == QLatin1String("id"))
                    entry.insert(field, row.at(column));
                else
                    entry.insert(field, CatalogColumns::parseCell(field, row.at(column), &error));
            }
            entries.append(entry);
        }
        const QJsonObject document{{QStringLiteral("format"), QStringLiteral("xiangshu-catalog")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("entries"), entries}};
        return DurableFile::writeAtomically(path, QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    case CatalogFileFormat::Xlsx: {
        // Written whole or not at all (XlsxCodec writes beside the target and renames).
        if (const QString problem = XlsxCodec::write(path, Text::tr("Catalog"), header, table);
            !problem.isEmpty())
            return DatabaseError(DatabaseError::Kind::Io, problem);
        return {};
    }
    }
    return {};
}

} // namespace xs
