#include "models/demo/CatalogDemoPlan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace xs {

namespace {

QStringList texts(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& value : array)
        list.append(value.toString());
    return list;
}

} // namespace

std::optional<CatalogDemoPlan> CatalogDemoPlan::load(const QList<Department>& departments, QString* error)
{
    const auto fail = [error](const QString& reason) {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    QFile file(QStringLiteral(":/demo/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the demo catalog plan is missing"));
    const QJsonObject source = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject items = source.value(QStringLiteral("items")).toObject();

    CatalogDemoPlan plan;
    plan.m_nameSuffixes = texts(source.value(QStringLiteral("name_suffixes")).toArray());
    if (plan.m_nameSuffixes.isEmpty())
        return fail(QStringLiteral("the demo catalog plan has no name suffixes"));
    for (const QJsonValue& value : source.value(QStringLiteral("subjects")).toArray()) {
        const QJsonArray spec = value.toArray();
        Subject subject{spec.at(0).toString(), {}, texts(spec.at(2).toArray())};
        QStringList identifiers = texts(spec.at(1).toArray()).mid(0, ItemsPerEntry);
        for (const char* filler : {"gxsj", "bz"}) {
            if (identifiers.size() < ItemsPerEntry)
                identifiers.append(QString::fromLatin1(filler));
        }
        for (const QString& identifier : identifiers) {
            const QJsonArray item = items.value(identifier).toArray();
            if (item.isEmpty())
                return fail(QStringLiteral("the demo subject %1 names an unknown item %2")
                                .arg(subject.name, identifier));
            subject.items.append(Item{identifier, item.at(0).toString(), item.at(1).toString(),
                                      item.at(2).toInt(), item.at(3).toString()});
        }
        plan.m_subjects.append(subject);
    }

    // Subject by subject, departments in their list order (the province before the 市州): the
    // first holder of an item is its source, so 公民身份号码 comes from the 公安厅's 户籍人口.
    for (qsizetype subject = 0; subject < plan.m_subjects.size(); ++subject) {
        bool held = false;
        for (qsizetype department = 0; department < departments.size(); ++department) {
            const QString& name = departments.at(department).name;
            const QStringList& duties = plan.m_subjects.at(subject).duties;
            if (std::none_of(duties.cbegin(), duties.cend(),
                             [&name](const QString& duty) { return name.contains(duty); }))
                continue;
            held = true;
            plan.m_holdings.append({department, subject});
            for (const Item& item : plan.m_subjects.at(subject).items) {
                if (!plan.m_sourceDepartment.contains(item.identifier))
                    plan.m_sourceDepartment.insert(item.identifier, department);
            }
        }
        if (!held)
            return fail(QStringLiteral("no demo department keeps %1").arg(plan.m_subjects.at(subject).name));
    }

    for (const QJsonValue& value : source.value(QStringLiteral("one_source_cases")).toArray()) {
        const QStringList spec = texts(value.toArray());
        const auto holding =
            std::find_if(plan.m_holdings.cbegin(), plan.m_holdings.cend(), [&](const Holding& h) {
                return departments.at(h.department).name == spec.value(0) &&
                       plan.m_subjects.at(h.subject).name == spec.value(1);
            });
        if (holding == plan.m_holdings.cend())
            return fail(QStringLiteral("no demo department %1 keeps %2").arg(spec.value(0), spec.value(1)));
        const QList<Item>& subjectItems = plan.m_subjects.at(holding->subject).items;
        const QString& identifier = spec.value(2);
        if (std::none_of(subjectItems.cbegin(), subjectItems.cend(),
                         [&](const Item& item) { return item.identifier == identifier; }) ||
            plan.m_sourceDepartment.value(identifier) == holding->department)
            return fail(QStringLiteral("the demo case %1 would not be a conflict").arg(spec.join(u'/')));
        plan.m_caseClaims.insert({holding - plan.m_holdings.cbegin(), identifier});
        plan.m_cases.append({departments.at(holding->department).code, spec.value(1), identifier});
    }
    return plan;
}

bool CatalogDemoPlan::claimsSource(qsizetype holding, bool firstOfHolding, const QString& identifier) const
{
    if (m_sourceDepartment.value(identifier, -1) == m_holdings.at(holding).department)
        return true;
    return firstOfHolding && m_caseClaims.contains({holding, identifier});
}

} // namespace xs
