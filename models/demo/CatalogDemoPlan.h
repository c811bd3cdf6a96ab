#pragma once

#include "models/catalog/Department.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace xs {

/// What the demo catalog holds, read from resources/demo/catalog.json: which department keeps which
/// subject (by its duties, so 不动产登记 comes from 自然资源 and 公交线路 from 交通运输), which
/// department is each data item's one authoritative source, and the deliberate 一数一源 cases where a
/// second department claims an item too. Kept apart from the writer so a test can hold the catalog
/// the writer produced against what it was meant to produce.
class CatalogDemoPlan
{
public:
    static constexpr int ItemsPerEntry = 5;

    struct Item
    {
        QString identifier;
        QString name;
        QString dataType;
        int length = 0;
        QString grade;
    };

    struct Subject
    {
        QString name;
        QList<Item> items; // exactly ItemsPerEntry
        QStringList duties;
    };

    /// One department keeping one subject; the catalog's entries are made of these.
    struct Holding
    {
        qsizetype department = 0;
        qsizetype subject = 0;
    };

    /// A deliberate conflict: this department's first entry of the subject claims the item.
    struct OneSourceCase
    {
        QString departmentCode;
        QString subject;
        QString identifier;
    };

    /// Null, with the reason in error, when the plan file is missing or names a department, subject
    /// or item that does not exist, or a case that would not be a conflict.
    static std::optional<CatalogDemoPlan> load(const QList<Department>& departments, QString* error);

    const QList<Subject>& subjects() const { return m_subjects; }
    /// Every department's subjects, subject by subject, provincial departments first.
    const QList<Holding>& holdings() const { return m_holdings; }
    const QList<OneSourceCase>& oneSourceCases() const { return m_cases; }
    /// The variants of a resource's name (信息, 台账, 核验接口 ...), so a department's entries of one
    /// subject have names of their own.
    const QStringList& nameSuffixes() const { return m_nameSuffixes; }

    /// Whether the holding's entry claims to be the authoritative source of the item: its
    /// department is the item's source, or it is the first entry of a deliberate case.
    bool claimsSource(qsizetype holding, bool firstOfHolding, const QString& identifier) const;

private:
    QList<Subject> m_subjects;
    QList<Holding> m_holdings;
    QList<OneSourceCase> m_cases;
    QStringList m_nameSuffixes;
    QHash<QString, qsizetype> m_sourceDepartment; // item identifier → department index
    QSet<QPair<qsizetype, QString>> m_caseClaims; // (holding, item identifier)
};

} // namespace xs
