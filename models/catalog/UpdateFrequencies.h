#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

/// The update frequencies in use and how old an entry's last update may be under each. DOMAIN.md
/// calls the list common practice rather than a norm, so it lives in a table (update_frequency)
/// that administrators edit; the defaults below seed it.
class UpdateFrequencies
{
public:
    /// 实时 and 每日 1 day, 每周 7, 每月 31, 每季度 92, 每半年 183, 每年 366; 不定期 is never overdue.
    static UpdateFrequencies defaults();
    /// The list from the database; the defaults if the table cannot be read.
    static UpdateFrequencies load(QSqlDatabase database);

    void set(const QString& frequency, std::optional<int> maxAgeDays);
    QStringList names() const;
    /// Nothing for an unknown frequency or one without a limit.
    std::optional<int> maxAgeDays(const QString& frequency) const;

    /// The last day on which the entry is still current, if its frequency has a limit.
    std::optional<QDate> dueDate(const QString& frequency, const QDate& lastUpdated) const;
    /// Overdue: last updated longer ago than the frequency allows (or never, under a limit).
    bool isOverdue(const QString& frequency, const QDate& lastUpdated, const QDate& today) const;

private:
    QStringList m_names;
    QHash<QString, int> m_maxAgeDays;
};

} // namespace xs
