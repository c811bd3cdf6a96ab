#include "models/catalog/UpdateFrequencies.h"

#include "models/catalog/CatalogVocabulary.h"

#include <QSqlQuery>

namespace xs {

UpdateFrequencies UpdateFrequencies::defaults()
{
    const QList<std::optional<int>> limits{1, 1, 7, 31, 92, 183, 366, std::nullopt};
    const QStringList names = CatalogVocabulary::defaultUpdateFrequencies();
    UpdateFrequencies frequencies;
    for (qsizetype index = 0; index < names.size(); ++index)
        frequencies.set(names.at(index), limits.value(index));
    return frequencies;
}

UpdateFrequencies UpdateFrequencies::load(QSqlDatabase database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, max_age_days FROM update_frequency ORDER BY sort_order")))
        return defaults();
    UpdateFrequencies frequencies;
    while (query.next()) {
        const QVariant limit = query.value(1);
        frequencies.set(query.value(0).toString(),
                        limit.isNull() ? std::nullopt : std::optional<int>(limit.toInt()));
    }
    return frequencies.m_names.isEmpty() ? defaults() : frequencies;
}

void UpdateFrequencies::set(const QString& frequency, std::optional<int> maxAgeDays)
{
    if (!m_names.contains(frequency))
        m_names.append(frequency);
    if (maxAgeDays)
        m_maxAgeDays.insert(frequency, *maxAgeDays);
    else
        m_maxAgeDays.remove(frequency);
}

QStringList UpdateFrequencies::names() const
{
    return m_names;
}

std::optional<int> UpdateFrequencies::maxAgeDays(const QString& frequency) const
{
    const auto found = m_maxAgeDays.constFind(frequency);
    if (found == m_maxAgeDays.cend())
        return std::nullopt;
    return *found;
}

std::optional<QDate> UpdateFrequencies::dueDate(const QString& frequency, const QDate& lastUpdated) const
{
    const std::optional<int> limit = maxAgeDays(frequency);
    if (!limit || !lastUpdated.isValid())
        return std::nullopt;
    return lastUpdated.addDays(*limit);
}

bool UpdateFrequencies::isOverdue(const QString& frequency, const QDate& lastUpdated,
                                  const QDate& today) const
{
    if (!maxAgeDays(frequency))
        return false;
    if (!lastUpdated.isValid())
        return true;
    return *dueDate(frequency, lastUpdated) < today;
}

} // namespace xs
