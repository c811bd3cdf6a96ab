#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace xs {

/// How an editor shows and stores one field of a grant record.
enum class FieldKind
{
    Text,
    LongText,
    Choice,    // one of codes, shown by label
    Reference, // the id of a record of referenceEntity
    Date,      // "YYYY-MM-DD"
    Month,     // "YYYY-MM"
    Money,     // yuan on screen, fen stored
    Integer,
    BasisPoints, // percent on screen, basis points stored
    Lines,       // one entry per line, a JSON array of strings stored as text
    Shares,      // revenue shares: party and percent, JSON [{party, share_bp}] stored as text
    Tiers,       // volume tiers: from quantity and unit price, JSON [{from, unit_price_fen}] as text
    Section,     // one section of a plan, stored in the "sections" JSON object under its code
    Flag,
};

struct FieldSpec
{
    QString key; // the record's field, or the section's code
    QString label;
    FieldKind kind = FieldKind::Text;
    QStringList codes;                                // Choice
    std::function<QString(const QString&)> codeLabel; // Choice
    QString referenceEntity;                          // Reference
    bool readOnly = false;                            // computed, shown only
};

/// The records listed under a record in its editor (an agreement's products, a product's prices).
struct ChildSpec
{
    QString entity;
    QString parentColumn;
    QString title;
};

struct FormSpec
{
    QString entity;
    QString title;
    QList<FieldSpec> fields;
    QList<ChildSpec> children;
    /// Fills in what follows from the other fields (a report's maximum allowed revenue).
    std::function<void(QJsonObject&)> complete;
};

/// The editor of each grant entity: grant_operator, grant_plan, grant_agreement, grant_product,
/// grant_price, grant_report, grant_disclosure.
FormSpec formSpec(const QString& entity);

} // namespace xs
