#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

class StoredRecords;

/// The update frequencies in use and how old an entry's last update may be under each. DOMAIN.md
/// calls the list common practice rather than a norm, so it is a synced record type
/// (update_frequency) that administrators edit through the hub; the defaults below seed every
/// desktop's table under fixed ids, and the hub assumes them until it holds a record of its own.
/// A retired frequency is no longer offered, but entries that have it keep it and its limit.
class UpdateFrequencies
{
public:
    static inline const QString Entity = QStringLiteral("update_frequency");
    static constexpr int MaxAgeDaysLimit = 3660; // ten years: beyond it a limit means nothing

    /// The fixed id of a default frequency, or empty for another name.
    static QString defaultId(const QString& name);
    /// Whether stored (the hub's or a desktop's records) offers name for an entry: a live, not
    /// retired record of that name, or a default that no record renamed or retired.
    static bool offers(const StoredRecords& stored, const QString& name);

    /// 实时 and 每日 1 day, 每周 7, 每月 31, 每季度 92, 每半年 183, 每年 366; 不定期 is never overdue.
    static UpdateFrequencies defaults();
    /// The list from the database; the defaults if the table cannot be read.
    static UpdateFrequencies load(QSqlDatabase database);

    void set(const QString& frequency, std::optional<int> maxAgeDays);
    void retire(const QString& frequency);
    /// The frequencies offered for entries, in their order (retired ones left out).
    QStringList names() const;
    /// Every frequency known, retired ones too.
    QStringList allNames() const;
    bool isRetired(const QString& frequency) const { return m_retired.contains(frequency); }
    /// Nothing for an unknown frequency or one without a limit.
    std::optional<int> maxAgeDays(const QString& frequency) const;

    /// The last day on which the entry is still current, if its frequency has a limit.
    std::optional<QDate> dueDate(const QString& frequency, const QDate& lastUpdated) const;
    /// Overdue: last updated longer ago than the frequency allows (or never, under a limit).
    bool isOverdue(const QString& frequency, const QDate& lastUpdated, const QDate& today) const;

private:
    QStringList m_names;
    QHash<QString, int> m_maxAgeDays;
    QSet<QString> m_retired;
};

} // namespace xs
