#pragma once

#include "models/catalog/CatalogRules.h"
#include "models/catalog/io/CatalogFileFormat.h"
#include "models/catalog/io/TabularData.h"
#include "models/common/Clock.h"
#include "models/storage/DatabaseError.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

namespace xs {

/// What an import would do (the dry run) or did with one row of the file.
struct ImportRowResult
{
    enum class Outcome
    {
        Created,
        Updated,
        Unchanged,
        Failed,
    };

    int rowNumber = 0; // as the user's editor shows it
    Outcome outcome = Outcome::Failed;
    QString entryId;
    QString code;
    QString name;
    QStringList reasons; // translated; why it failed

    static QString outcomeKey(Outcome outcome); // created / updated / unchanged / failed
};

/// The dry run: every row's outcome and what applying would write. Nothing is written to make it.
struct ImportPlan
{
    struct Write
    {
        QString entryId;
        QJsonObject values;
        QList<QJsonObject> items; // each with its "id"
        QStringList removedItems;
        QStringList commands; // workflow steps to the file's status (the status is never set directly)
    };

    TabularError fileError; // the file as a whole could not be read
    QString encoding;       // of a CSV file
    QList<ImportRowResult> rows;
    QList<Write> writes;

    int count(ImportRowResult::Outcome outcome) const;
    /// Only a plan without a failed row or file error can be applied.
    bool canApply() const;
};

/// Imports catalog entries from CSV, XLSX or JSON: a dry run first, with a result per row, then
/// all of it in one transaction or nothing (DOMAIN.md §1 rules apply to every row). Rows match
/// existing entries by id, else by resource code; data items by id, else by identifier.
class CatalogImporter
{
public:
    /// done rows of total; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// clock: for new ids and the time of the changes (it must outlive the importer).
    CatalogImporter(QSqlDatabase database, QString user, const Clock& clock,
                    CatalogRules rules = CatalogRules());

    ImportPlan plan(const QByteArray& bytes, CatalogFileFormat format, const Progress& progress = {}) const;
    ImportPlan plan(const TabularData& data, const Progress& progress = {}) const;
    /// Writes the plan in one transaction: all of it, or nothing (Invalid, Cancelled or the database
    /// error). reason goes into the history of every changed entry.
    DatabaseError apply(const ImportPlan& plan, const QString& reason, const Progress& progress = {});

    /// A JSON export file as a sheet (field names as headings), so all formats share one path.
    static std::optional<TabularData> tabularFromJson(const QByteArray& bytes, TabularError* error);

    /// With a hub, for anyone but an administrator: a published entry changes through a revision
    /// (CatalogRevisionWorkflow), so what would change one in place is refused here as there.
    void setPublishedThroughRevisions(bool through) { m_publishedThroughRevisions = through; }

private:
    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    CatalogRules m_rules;
    bool m_publishedThroughRevisions = false;
};

} // namespace xs
