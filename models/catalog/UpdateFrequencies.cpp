#include "models/catalog/UpdateFrequencies.h"

#include "models/catalog/CatalogVocabulary.h"
#include "models/journal/RecordRules.h"

#include <QSqlQuery>

#include <algorithm>

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
    if (!query.exec(
            QStringLiteral("SELECT name, max_age_days, retired FROM update_frequency WHERE deleted = 0 "
                           "ORDER BY sort_order, name")))
        return defaults();
    UpdateFrequencies frequencies;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QVariant limit = query.value(1);
        frequencies.set(name, limit.isNull() ? std::nullopt : std::optional<int>(limit.toInt()));
        if (query.value(2).toBool())
            frequencies.retire(name);
    }
    return frequencies.m_names.isEmpty() ? defaults() : frequencies;
}

QString UpdateFrequencies::defaultId(const QString& name)
{
    const qsizetype index = CatalogVocabulary::defaultUpdateFrequencies().indexOf(name);
    return index < 0 ? QString() : QStringLiteral("update-frequency-%1").arg(index + 1);
}

bool UpdateFrequencies::offers(const StoredRecords& stored, const QString& name)
{
    const QList<RecordState> named = stored.liveWith(Entity, QStringLiteral("name"), name);
    if (!named.isEmpty())
        return std::ranges::any_of(named, [](const RecordState& record) {
            return !record.fields.value(QStringLiteral("retired")).toBool();
        });
    const QString id = defaultId(name);
    return !id.isEmpty() && !stored.find(Entity, id); // a stored default of another name renamed it
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

void UpdateFrequencies::retire(const QString& frequency)
{
    if (m_names.contains(frequency))
        m_retired.insert(frequency);
}

QStringList UpdateFrequencies::names() const
{
    QStringList offered = m_names;
    offered.removeIf([this](const QString& name) { return m_retired.contains(name); });
    return offered;
}

QStringList UpdateFrequencies::allNames() const
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
