#include "models/demo/DemoDataGenerator.h"

#include "models/calendar/CalendarRepository.h"
#include "models/catalog/DepartmentRepository.h"
#include "models/catalog/Divisions.h"
#include "models/demo/CatalogDemoData.h"
#include "models/demo/CatalogRevisionDemoData.h"
#include "models/demo/DemoAuditHistory.h"
#include "models/demo/FieldAuditDemoData.h"
#include "models/demo/GrantDemoData.h"
#include "models/demo/OpenDataDemoData.h"
#include "models/demo/QualityFeedbackDemoData.h"
#include "models/demo/RegistrationDemoData.h"
#include "models/demo/SecurityReviewDemoData.h"
#include "models/demo/SharingDemoData.h"
#include "models/storage/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace xs {

namespace {

// Fixed namespace for name-based (v5) UUIDs: the same code always gets the same id.
const QUuid DemoNamespace(QStringLiteral("{6f1c2a5e-58d3-4c8e-9b0a-3e2f7d9c4a11}"));
constexpr char DemoTimestamp[] = "2026-01-05T09:00:00Z";
constexpr char DemoAuthor[] = "demo";
constexpr char ProvinceCode[] = "430000";

QJsonObject demoSource()
{
    QFile file(QStringLiteral(":/demo/departments.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Department makeDepartment(const QString& code, const QString& name, Department::Kind kind,
                          const QString& divisionCode, int sortOrder)
{
    Department department;
    department.id = QUuid::createUuidV5(DemoNamespace, code).toString(QUuid::WithoutBraces);
    department.code = code;
    department.name = name;
    department.kind = kind;
    department.divisionCode = divisionCode;
    department.sortOrder = sortOrder;
    department.updatedAt = QString::fromLatin1(DemoTimestamp);
    department.updatedBy = QString::fromLatin1(DemoAuthor);
    return department;
}

} // namespace

QList<Department> DemoDataGenerator::departments()
{
    const QJsonObject source = demoSource();
    QList<Department> departments;
    const QString province = QString::fromLatin1(ProvinceCode);

    int sequence = 0;
    for (const QJsonValue& name : source.value(QStringLiteral("provincial")).toArray()) {
        ++sequence;
        departments.append(
            makeDepartment(province + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')),
                           name.toString(), Department::Kind::Provincial, province, sequence));
    }
    const QJsonArray suffixes = source.value(QStringLiteral("prefectural_suffixes")).toArray();
    for (const Division& division : hunanDivisions()) {
        if (division.isProvince)
            continue;
        int localSequence = 0;
        for (const QJsonValue& suffix : suffixes) {
            ++localSequence;
            departments.append(makeDepartment(
                division.code + QStringLiteral("%1").arg(localSequence, 3, 10, QLatin1Char('0')),
                division.name + suffix.toString(), Department::Kind::Prefectural, division.code,
                localSequence));
        }
    }
    int utilitySequence = 900;
    for (const QJsonValue& name : source.value(QStringLiteral("utilities")).toArray()) {
        ++utilitySequence;
        departments.append(makeDepartment(province + QString::number(utilitySequence), name.toString(),
                                          Department::Kind::Utility, province, utilitySequence));
    }
    return departments;
}

std::optional<DemoDataGenerator::Scale> DemoDataGenerator::scaleFromString(const QString& text)
{
    if (text == QLatin1String("small"))
        return Scale::Small;
    if (text == QLatin1String("bench"))
        return Scale::Bench;
    if (text == QLatin1String("large"))
        return Scale::Large;
    if (text == QLatin1String("province"))
        return Scale::Province;
    return std::nullopt;
}

QString DemoDataGenerator::scaleToString(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return QStringLiteral("small");
    case Scale::Bench:
        return QStringLiteral("bench");
    case Scale::Large:
        return QStringLiteral("large");
    case Scale::Province:
        return QStringLiteral("province");
    }
    return {};
}

DemoDataGenerator::DemoDataGenerator(QSqlDatabase database, const QDate& today)
    : m_database(std::move(database))
    , m_today(today)
{}

qint64 DemoDataGenerator::entriesFor(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return 3000;
    case Scale::Bench:
        return 200000;
    case Scale::Large:
    case Scale::Province:
        return 1000000;
    }
    return 0;
}

GrantDemoData::Size DemoDataGenerator::grantsFor(Scale scale)
{
    GrantDemoData::Size size;
    if (scale == Scale::Province)
        size.agreements = 500;
    else if (scale != Scale::Small)
        size.agreements = 2000;
    return size;
}

GrantDemoData::Size DemoDataGenerator::hubGrants()
{
    GrantDemoData::Size size;
    size.agreements = 30;
    size.productsPerAgreement = 3;
    size.monthsOfPrices = 24;
    return size;
}

qint64 DemoDataGenerator::applicationsFor(Scale scale)
{
    switch (scale) {
    case Scale::Small:
        return 300;
    case Scale::Bench:
        return 100000;
    case Scale::Large:
        return 200000;
    case Scale::Province:
        return 5000;
    }
    return 0;
}

DatabaseError DemoDataGenerator::generate(Scale scale, const std::function<bool(qint64, qint64)>& progress)
{
    // One transaction: a cancelled or failed run leaves the database empty, ready for another try.
    Transaction transaction(m_database, QStringLiteral("demo"), Transaction::Durability::Replayable);
    if (DatabaseError error = transaction.begin(); error.isError())
        return error;
    DepartmentRepository repository(m_database);
    const qint64 existing = repository.count();
    if (existing < 0)
        return DatabaseError(DatabaseError::Kind::Internal, QStringLiteral("cannot count departments"));
    if (existing > 0)
        return DatabaseError(DatabaseError::Kind::AlreadyExists,
                             QStringLiteral("the database already holds %1 departments").arg(existing));
    const QList<Department> all = departments();
    if (DatabaseError error = repository.insert(all); error.isError())
        return error;
    if (DatabaseError error = CatalogDemoData(m_database, all, m_today).write(entriesFor(scale), progress);
        error.isError())
        return error;
    const RegistrationDemoData registrations(all, CalendarRepository(m_database).load(), m_today);
    if (DatabaseError error = registrations.write(m_database, applicationsFor(scale), progress);
        error.isError())
        return error;
    if (DatabaseError error = GrantDemoData(m_today).write(m_database, grantsFor(scale)); error.isError())
        return error;
    if (DatabaseError error = FieldAuditDemoData(all, GrantDemoData::operatorCount(grantsFor(scale)), m_today)
                                  .write(m_database);
        error.isError())
        return error;
    if (DatabaseError error = SharingDemoData(all, m_today).write(m_database); error.isError())
        return error;
    if (DatabaseError error = QualityFeedbackDemoData(m_today).write(m_database); error.isError())
        return error;
    if (DatabaseError error = OpenDataDemoData(m_today).write(m_database); error.isError())
        return error;
    if (DatabaseError error = SecurityReviewDemoData(m_today).write(m_database); error.isError())
        return error;
    if (DatabaseError error = CatalogRevisionDemoData(m_today).write(m_database); error.isError())
        return error;
    // Last: the steps every record above went through, in the order they happened.
    if (DatabaseError error = DemoAuditHistory::write(m_database); error.isError())
        return error;
    return transaction.commit();
}

} // namespace xs
