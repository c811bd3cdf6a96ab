#pragma once

#include "models/common/Message.h"
#include "models/journal/RecordRules.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace xs {

class UpdateFrequencies;

/// Settings of the catalog rules that DOMAIN.md leaves open.
struct CatalogRuleSettings
{
    /// 信息资源代码: the class part (类 1 digit, 项 2, 目 3, 细目 3) and a 6-digit sequence.
    /// GB/T 21063.4 leaves the exact lengths to the province, so this is a setting.
    QString codePattern = QStringLiteral("^[1-9]\\d{2}\\d{3}\\d{3}/\\d{6}$");
};

/// The four quality dimensions of HN25 item 4, each 0–100.
struct QualityScores
{
    int accuracy = 0;     // 准确性: 100 less 25 per broken rule
    int completeness = 0; // 完整性: share of the expected fields that are filled
    int timeliness = 0;   // 及时性: 100 while within the update frequency, falling with the delay
    int consistency = 0;  // 一致性: share of data items free of 一数一源 conflicts

    bool operator==(const QualityScores&) const = default;
};

/// The rules of a catalog entry and its data items, on their synced fields (EntitySchema names).
/// Shared by the editor (messages beside fields), the importer (per-row reasons) and the hub.
class CatalogRules
{
public:
    explicit CatalogRules(CatalogRuleSettings settings = {});

    /// Everything wrong with an entry given its (not deleted) data items; empty when it is valid.
    QList<FieldProblem> checkEntry(const QJsonObject& entry, const QList<QJsonObject>& items) const;
    /// Everything wrong with one data item on its own.
    QList<FieldProblem> checkItem(const QJsonObject& item) const;
    /// checkItem, and the item's minimum grade against the grade of its entry (就高从严): what a
    /// store checks when one item changes without its entry.
    QList<FieldProblem> checkItemOf(const QJsonObject& item, const QJsonObject& entry) const;

    /// The lowest grade the entry may have: the highest minimum grade of its items (就高从严).
    static QString requiredGrade(const QList<QJsonObject>& items);

    /// Whether an edit of an entry in this state must give a reason (a published entry).
    static bool changeNeedsReason(const QString& status);

    static QualityScores quality(const QList<FieldProblem>& problems, const QJsonObject& entry,
                                 const QList<QJsonObject>& items, int conflictingItems,
                                 const UpdateFrequencies& frequencies, const QDate& today);

private:
    CatalogRuleSettings m_settings;
};

} // namespace xs
