#include "models/catalog/io/CatalogImporter.h"

#include "models/catalog/CatalogRepository.h"
#include "models/catalog/CatalogSignOff.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/catalog/CatalogWorkflow.h"
#include "models/catalog/DeferredSearchIndexes.h"
#include "models/catalog/io/CatalogColumns.h"
#include "models/catalog/io/CsvCodec.h"
#include "models/catalog/io/XlsxCodec.h"
#include "models/catalog/revision/CatalogRevisionWorkflow.h"
#include "models/journal/ChangeJournal.h"
#include "models/storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace xs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(xs::CatalogImporter)
};

constexpr int ProgressEvery = 500;

QString headingOf(const QString& field)
{
    for (const CatalogColumns::Column& column : CatalogColumns::all()) {
        if (column.field == field)
            return column.heading;
    }
    return field;
}

/// Matches a file's items to the entry's existing ones (by id, else identifier) and gives each
/// its id; the existing items left over are the ones the file removes.
void matchItems(QList<QJsonObject>& items, const QList<RecordState>& existing, QStringList* removed,
                const Clock& clock)
{
    QSet<QString> kept;
    for (QJsonObject& item : items) {
        QString id = item.value(QLatin1String("id")).toString();
        const QString identifier = item.value(QLatin1String("identifier")).toString();
        for (const RecordState& old : existing) {
            if (!id.isEmpty())
                break;
            if (!kept.contains(old.id) && !identifier.isEmpty() &&
                old.fields.value(QLatin1String("identifier")).toString() == identifier)
                id = old.id;
        }
        if (id.isEmpty())
            id = ChangeJournal::newId(clock);
        item.insert(QStringLiteral("id"), id);
        kept.insert(id);
    }
    for (const RecordState& old : existing) {
        if (!kept.contains(old.id))
            removed->append(old.id);
    }
}

bool itemsDiffer(const QList<QJsonObject>& items, const QList<RecordState>& existing)
{
    if (items.size() != existing.size())
        return true;
    for (qsizetype index = 0; index < items.size(); ++index) {
        if (items.at(index).value(QLatin1String("id")).toString() != existing.at(index).id)
            return true;
        const QJsonObject& item = items.at(index);
        for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
            if (it.key() != QLatin1String("id") && existing.at(index).fields.value(it.key()) != it.value())
                return true;
        }
    }
    return false;
}

} // namespace

QString ImportRowResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return QStringLiteral("created");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

int ImportPlan::count(ImportRowResult::Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [outcome](const ImportRowResult& row) { return row.outcome == outcome; }));
}

bool ImportPlan::canApply() const
{
    return !fileError.isError() && count(ImportRowResult::Outcome::Failed) == 0;
}

std::optional<CatalogFileFormat> catalogFileFormat(const QString& path, const QString& explicitFormat)
{
    const QString name =
        explicitFormat.isEmpty() ? QFileInfo(path).suffix().toLower() : explicitFormat.toLower();
    if (name == QLatin1String("csv"))
        return CatalogFileFormat::Csv;
    if (name == QLatin1String("xlsx"))
        return CatalogFileFormat::Xlsx;
    if (name == QLatin1String("json"))
        return CatalogFileFormat::Json;
    return std::nullopt;
}

CatalogImporter::CatalogImporter(QSqlDatabase database, QString user, const Clock& clock, CatalogRules rules)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_clock(clock)
    , m_rules(std::move(rules))
{}

std::optional<TabularData> CatalogImporter::tabularFromJson(const QByteArray& bytes, TabularError* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonArray entries = document.object().value(QLatin1String("entries")).toArray();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QLatin1String("entries")).isArray()) {
        error->message = parseError.error != QJsonParseError::NoError
                             ? Text::tr("The JSON file is malformed at byte %1: %2.")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString())
                             : Text::tr("The JSON file has no \"entries\" list.");
        return std::nullopt;
    }
    TabularData data;
    for (const CatalogColumns::Column& column : CatalogColumns::all())
        data.header.append(column.field);
    int number = 0;
    for (const QJsonValue& value : entries) {
        ++number;
        const QJsonObject entry = value.toObject();
        QStringList row;
        for (const CatalogColumns::Column& column : CatalogColumns::all()) {
            const QJsonValue cell = entry.value(column.field);
            if (column.field == QLatin1String("items"))
                row.append(cell.isArray() ? QString::fromUtf8(
                                                QJsonDocument(cell.toArray()).toJson(QJsonDocument::Compact))
                                          : QString());
            else
                row.append(cell.isString() ? cell.toString() : CatalogColumns::cellText(column.field, cell));
        }
        data.rows.append(row);
        data.rowNumbers.append(number);
    }
    return data;
}

ImportPlan CatalogImporter::plan(const QByteArray& bytes, CatalogFileFormat format,
                                 const Progress& progress) const
{
    ImportPlan failed;
    std::optional<TabularData> data;
    switch (format) {
    case CatalogFileFormat::Csv:
        data = CsvCodec::read(bytes, &failed.fileError, &failed.encoding);
        break;
    case CatalogFileFormat::Xlsx:
        data = XlsxCodec::read(bytes, &failed.fileError);
        break;
    case CatalogFileFormat::Json:
        data = tabularFromJson(bytes, &failed.fileError);
        break;
    }
    if (!data)
        return failed;
    ImportPlan result = plan(*data, progress);
    result.encoding = failed.encoding;
    return result;
}

ImportPlan CatalogImporter::plan(const TabularData& data, const Progress& progress) const
{
    ImportPlan result;
    // Headings: every column must be known, and the required ones present.
    QList<QString> fields;
    QStringList unknown;
    for (const QString& heading : data.header) {
        const std::optional<QString> field = CatalogColumns::fieldForHeading(heading);
        fields.append(field.value_or(QString()));
        if (!field && !heading.trimmed().isEmpty())
            unknown.append(heading.trimmed());
    }
    QStringList missing;
    for (const QString& required : CatalogColumns::requiredFields()) {
        if (!fields.contains(required))
            missing.append(headingOf(required));
    }
    if (!missing.isEmpty() || !unknown.isEmpty()) {
        QStringList problems;
        if (!missing.isEmpty())
            problems.append(
                Text::tr("Required columns are missing: %1.").arg(missing.join(QStringLiteral("、"))));
        if (!unknown.isEmpty())
            problems.append(Text::tr("Unknown columns: %1.").arg(unknown.join(QStringLiteral("、"))));
        result.fileError.message = problems.join(QLatin1Char(' '));
        result.fileError.line = 1;
        return result;
    }

    const CatalogRepository repository(m_database, m_user, m_clock);
    QSet<QString> departments;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT code FROM department WHERE deleted = 0"))) {
        while (query.next())
            departments.insert(query.value(0).toString());
    }
    QSqlQuery byCode(m_database); // the expression matches the index catalog_entry_by_code
    byCode.prepare(
        QStringLiteral("SELECT id FROM catalog_entry WHERE coalesce(code, '') = ? AND deleted = 0 LIMIT 1"));
    QHash<QString, int> codesInFile; // code -> first row number

    for (qsizetype index = 0; index < data.rows.size(); ++index) {
        const QStringList& cells = data.rows.at(index);
        ImportRowResult row;
        row.rowNumber = data.rowNumbers.value(index, int(index) + 2);
        QJsonObject values;
        std::optional<QList<QJsonObject>> items;
        QString id;
        for (qsizetype column = 0; column < fields.size(); ++column) {
            const QString& field = fields.at(column);
            if (field.isEmpty())
                continue;
            const QString cell = cells.value(column);
            QString error;
            if (field == QLatin1String("items")) {
                items = CatalogColumns::parseItemsCell(cell, &error);
            } else if (field == QLatin1String("id")) {
                id = cell.trimmed();
            } else {
                const QJsonValue value = CatalogColumns::parseCell(field, cell, &error);
                if (error.isEmpty())
                    values.insert(field, value);
            }
            if (!error.isEmpty())
                row.reasons.append(QStringLiteral("%1：%2").arg(headingOf(field), error));
        }
        if (cells.size() > fields.size())
            row.reasons.append(Text::tr("The row has %1 cells but there are %2 headings.")
                                   .arg(cells.size())
                                   .arg(fields.size()));
        row.code = values.value(QLatin1String("code")).toString();
        row.name = values.value(QLatin1String("name")).toString();

        std::optional<RecordState> existing;
        if (!id.isEmpty())
            existing = repository.entry(id);
        if (!existing && !row.code.isEmpty()) {
            byCode.addBindValue(row.code);
            if (byCode.exec() && byCode.next())
                existing = repository.entry(byCode.value(0).toString());
            byCode.finish();
        }
        if (existing && existing->deleted)
            existing.reset();
        if (!row.code.isEmpty()) {
            if (const auto first = codesInFile.constFind(row.code); first != codesInFile.cend())
                row.reasons.append(
                    Text::tr("The resource code %1 is already in row %2.").arg(row.code).arg(*first));
            else
                codesInFile.insert(row.code, row.rowNumber);
        }
        const QString department = values.value(QLatin1String("department_code")).toString();
        if (!department.isEmpty() && !departments.contains(department))
            row.reasons.append(
                QStringLiteral("%1：%2").arg(headingOf(QStringLiteral("department_code")),
                                             Text::tr("no department has the code %1.").arg(department)));

        row.entryId = existing ? existing->id : (id.isEmpty() ? ChangeJournal::newId(m_clock) : id);
        const QList<RecordState> existingItems =
            existing ? repository.items(existing->id) : QList<RecordState>();
        QList<QJsonObject> finalItems;
        QStringList removedItems;
        if (items) {
            finalItems = *items;
            matchItems(finalItems, existingItems, &removedItems, m_clock);
        } else {
            for (const RecordState& item : existingItems)
                finalItems.append(item.fields);
        }
        // The status moves only through workflow steps (the hub refuses anything else): the file's
        // status becomes the steps that lead there from where the entry is.
        const QString currentStatus = existing ? existing->fields.value(QLatin1String("status")).toString()
                                               : CatalogWorkflow::initialState();
        const QString wantedStatus = values.take(QStringLiteral("status")).toString();
        // A file's sign-off columns record a sign-off given where it comes from; left empty they
        // say nothing (a sign-off is withdrawn by a changed assessment, never by a blank cell).
        if (values.value(CatalogSignOff::signOffFields().constFirst()).toString().isEmpty()) {
            for (const QString& field : CatalogSignOff::signOffFields())
                values.remove(field);
        }
        std::optional<QStringList> steps = QStringList();
        if (!wantedStatus.isEmpty() && wantedStatus != currentStatus) {
            // Forward only: an import submits, publishes or withdraws, but never sends an entry back.
            QStringList forward{QStringLiteral("submit"), QStringLiteral("publish")};
            if (wantedStatus == QLatin1String("withdrawn"))
                forward.append(QStringLiteral("withdraw"));
            steps = CatalogWorkflow::pathTo(currentStatus.isEmpty() ? CatalogWorkflow::initialState()
                                                                    : currentStatus,
                                            wantedStatus, forward);
            if (!steps)
                row.reasons.append(QStringLiteral("%1：%2").arg(
                    headingOf(QStringLiteral("status")), Text::tr("an entry that is %1 cannot become %2.")
                                                             .arg(CatalogVocabulary::label(currentStatus),
                                                                  CatalogVocabulary::label(wantedStatus))));
        }
        if (!existing)
            values.insert(QStringLiteral("status"), CatalogWorkflow::initialState());
        QJsonObject merged = existing ? existing->fields : QJsonObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        if (m_publishedThroughRevisions && existing &&
            existing->fields.value(QLatin1String("status")).toString() == QLatin1String("published")) {
            if (const std::optional<QString> field =
                    CatalogRevisionWorkflow::changedInPlace(existing->fields, values))
                row.reasons.append(QStringLiteral("%1：%2").arg(
                    headingOf(*field), Text::tr("the entry is published: change it through a revision.")));
        }
        // A file does not sign off for the department head: an entry it submits must have been
        // assessed and signed off, here or where the file comes from (a migrated catalog records
        // who signed; the hub takes that record from administrators only), and keep that
        // assessment (CatalogSignOff).
        if (steps && steps->contains(QLatin1String("submit"))) {
            QJsonObject submitted = merged;
            const QJsonObject withdrawn =
                CatalogSignOff::withdrawnBy(existing ? existing->fields : QJsonObject(), values);
            for (auto it = withdrawn.constBegin(); it != withdrawn.constEnd(); ++it)
                submitted.insert(it.key(), it.value());
            if (const std::optional<Message> notSubmittable = CatalogSignOff::whyNotSubmittable(submitted))
                row.reasons.append(QStringLiteral("%1：%2").arg(
                    headingOf(QStringLiteral("status")),
                    Text::tr("it cannot be submitted: %1. Import it as a draft and have it signed off.")
                        .arg(notSubmittable->text())));
        }
        for (const FieldProblem& problem : m_rules.checkEntry(merged, finalItems))
            row.reasons.append(
                QStringLiteral("%1：%2").arg(headingOf(problem.field), problem.message.text()));
        for (qsizetype position = 0; position < finalItems.size(); ++position) {
            for (const FieldProblem& problem : m_rules.checkItem(finalItems.at(position)))
                row.reasons.append(Text::tr("Data item %1 (%2): %3")
                                       .arg(position + 1)
                                       .arg(problem.field, problem.message.text()));
        }

        if (!row.reasons.isEmpty()) {
            row.outcome = ImportRowResult::Outcome::Failed;
        } else if (!existing) {
            row.outcome = ImportRowResult::Outcome::Created;
        } else {
            bool changed = (items && itemsDiffer(finalItems, existingItems)) || (steps && !steps->isEmpty());
            for (auto it = values.constBegin(); it != values.constEnd() && !changed; ++it)
                changed = existing->fields.value(it.key()) != it.value();
            row.outcome = changed ? ImportRowResult::Outcome::Updated : ImportRowResult::Outcome::Unchanged;
        }
        if (row.outcome == ImportRowResult::Outcome::Created ||
            row.outcome == ImportRowResult::Outcome::Updated)
            result.writes.append({row.entryId, values, items ? finalItems : QList<QJsonObject>(),
                                  removedItems, steps.value_or(QStringList())});
        result.rows.append(row);
        if (progress && (index + 1) % ProgressEvery == 0 && !progress(index + 1, data.rows.size())) {
            result.fileError.message = Text::tr("Cancelled.");
            return result;
        }
    }
    if (progress)
        progress(data.rows.size(), data.rows.size());
    return result;
}

DatabaseError CatalogImporter::apply(const ImportPlan& plan, const QString& reason, const Progress& progress)
{
    if (!plan.canApply())
        return DatabaseError(DatabaseError::Kind::Invalid,
                             Text::tr("%n row(s) failed the dry run; nothing was imported.", nullptr,
                                      plan.count(ImportRowResult::Outcome::Failed)));
    Transaction transaction(m_database, QStringLiteral("catalog_import"));
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    CatalogRepository repository(m_database, m_user, m_clock);
    repository.setJoinsOuterTransaction(true); // all or nothing: on any error the whole import rolls back
    DeferredSearchIndexes indexes(m_database);
    if (DatabaseError error = indexes.open(); error.isError())
        return error;
    qint64 done = 0;
    for (const ImportPlan::Write& write : plan.writes) {
        if (DatabaseError error =
                repository.save(write.entryId, write.values, write.items, write.removedItems, reason);
            error.isError())
            return error;
        for (const QString& command : write.commands) {
            if (DatabaseError error = repository.command(write.entryId, command, reason); error.isError())
                return error;
        }
        ++done;
        if (progress && done % ProgressEvery == 0 && !progress(done, plan.writes.size()))
            return DatabaseError(DatabaseError::Kind::Cancelled);
    }
    if (DatabaseError error = indexes.finish(); error.isError())
        return error;
    if (progress)
        progress(done, plan.writes.size());
    return transaction.commit();
}

} // namespace xs
