#pragma once

#include "models/catalog/CatalogRules.h"
#include "models/common/Clock.h"
#include "models/storage/DatabaseError.h"

#include <QJsonValue>
#include <QSqlDatabase>
#include <QStringList>

namespace xs {

/// Sets one field on many entries at once (the selected rows): every entry is checked against the
/// rules with its new value first, and either all change, in one transaction, or none.
class CatalogBulkEdit
{
public:
    /// The fields bulk edit offers: enumerations and catalog membership.
    static QStringList editableFields();

    /// clock: the time of the changes (it must outlive the edit).
    CatalogBulkEdit(QSqlDatabase database, QString user, const Clock& clock,
                    CatalogRules rules = CatalogRules());

    struct Failure
    {
        QString entryId;
        QString name;
        QString message;
    };
    /// Writes nothing and fills failures if any entry would break a rule (Kind::Invalid).
    DatabaseError apply(const QStringList& entryIds, const QString& field, const QJsonValue& value,
                        const QString& reason, QList<Failure>* failures);

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
