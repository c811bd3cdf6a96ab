#include "app/areas/RecordNames.h"

#include <QSqlQuery>

namespace xs::RecordNames {

QHash<QString, QString> departments(QSqlDatabase database)
{
    QHash<QString, QString> names;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT code, name FROM department WHERE deleted = 0"))) {
        while (query.next())
            names.insert(query.value(0).toString(), query.value(1).toString());
    }
    return names;
}

QList<LabelledValue> departmentChoices(QSqlDatabase database)
{
    QList<LabelledValue> choices;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral(
            "SELECT code, name FROM department WHERE deleted = 0 ORDER BY sort_order, code"))) {
        while (query.next())
            choices.append({query.value(0).toString(), query.value(1).toString()});
    }
    return choices;
}

QHash<QString, QString> entriesNamedIn(QSqlDatabase database, const QString& table)
{
    QHash<QString, QString> names;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    // table is one of the request tables this program defines, never user input.
    if (query.exec(QStringLiteral("SELECT e.id, e.name FROM catalog_entry e WHERE e.id IN "
                                  "(SELECT entry_id FROM %1 WHERE deleted = 0)")
                       .arg(table))) {
        while (query.next())
            names.insert(query.value(0).toString(), query.value(1).toString());
    }
    return names;
}

} // namespace xs::RecordNames
