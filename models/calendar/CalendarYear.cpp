#include "models/calendar/CalendarYear.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace xs {

namespace {

// Bounds that keep a hostile calendar record from asking for unbounded work.
constexpr int MaxPeriods = 64;
constexpr int MaxPeriodDays = 31;

QDate isoDate(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QJsonArray parseArray(const QJsonValue& value, Message* error, const QString& field)
{
    if (value.isArray())
        return value.toArray();
    // In a synced record the lists are JSON text.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = XS_MESSAGE("xs::CalendarYear", "the calendar's %1 are not a list").arg(field);
        return {};
    }
    return document.array();
}

} // namespace

std::optional<CalendarYear> CalendarYear::read(const QJsonObject& object, Message* error)
{
    CalendarYear result;
    result.year = object.value(QStringLiteral("year")).toInt();
    if (result.year < 2000 || result.year > 2200) {
        *error = XS_MESSAGE("xs::CalendarYear", "the calendar names no valid year");
        return std::nullopt;
    }
    result.source = object.value(QStringLiteral("source")).toString().trimmed();
    if (result.source.isEmpty()) {
        *error = XS_MESSAGE("xs::CalendarYear", "the calendar of %1 does not cite the notice it comes from")
                     .arg(result.year);
        return std::nullopt;
    }
    result.issuedOn = isoDate(object.value(QStringLiteral("issued_on")));
    const auto inYear = [&](const QDate& date) {
        return date.isValid() && date.year() == result.year;
    };

    const QJsonArray holidays =
        parseArray(object.value(QStringLiteral("holidays")), error, QStringLiteral("holidays"));
    if (!error->isEmpty())
        return std::nullopt;
    const QJsonArray workdays =
        parseArray(object.value(QStringLiteral("workdays")), error, QStringLiteral("workdays"));
    if (!error->isEmpty())
        return std::nullopt;
    if (holidays.size() > MaxPeriods || workdays.size() > MaxPeriods) {
        *error = XS_MESSAGE("xs::CalendarYear", "the calendar of %1 lists too many days").arg(result.year);
        return std::nullopt;
    }
    for (const QJsonValue& value : holidays) {
        const QJsonObject period = value.toObject();
        Holiday holiday{period.value(QStringLiteral("name")).toString(),
                        isoDate(period.value(QStringLiteral("from"))),
                        isoDate(period.value(QStringLiteral("to")))};
        // A holiday may start in the year before (元旦 never does, 春节 can end in February).
        if (!holiday.from.isValid() || !inYear(holiday.to) || holiday.to < holiday.from ||
            holiday.from.daysTo(holiday.to) >= MaxPeriodDays || holiday.name.isEmpty()) {
            *error =
                XS_MESSAGE("xs::CalendarYear", "a holiday in the calendar of %1 has no name or invalid dates")
                    .arg(result.year);
            return std::nullopt;
        }
        result.holidays << holiday;
    }
    for (const QJsonValue& value : workdays) {
        const QJsonObject day = value.toObject();
        MakeUpWorkday workday{isoDate(day.value(QStringLiteral("date"))),
                              day.value(QStringLiteral("for")).toString()};
        if (!inYear(workday.date)) {
            *error = XS_MESSAGE("xs::CalendarYear",
                                "a make-up working day in the calendar of %1 has an invalid date")
                         .arg(result.year);
            return std::nullopt;
        }
        result.workdays << workday;
    }
    return result;
}

QJsonObject CalendarYear::toJson() const
{
    QJsonArray holidayList;
    for (const Holiday& holiday : holidays)
        holidayList.append(QJsonObject{{QStringLiteral("name"), holiday.name},
                                       {QStringLiteral("from"), holiday.from.toString(Qt::ISODate)},
                                       {QStringLiteral("to"), holiday.to.toString(Qt::ISODate)}});
    QJsonArray workdayList;
    for (const MakeUpWorkday& workday : workdays)
        workdayList.append(QJsonObject{{QStringLiteral("date"), workday.date.toString(Qt::ISODate)},
                                       {QStringLiteral("for"), workday.forHoliday}});
    return {{QStringLiteral("year"), year},
            {QStringLiteral("source"), source},
            {QStringLiteral("issued_on"),
             issuedOn.isValid() ? QJsonValue(issuedOn.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("holidays"), holidayList},
            {QStringLiteral("workdays"), workdayList}};
}

std::optional<CalendarYear> CalendarYear::fromJson(const QJsonObject& object, QString* error)
{
    Message problem;
    std::optional<CalendarYear> year = read(object, &problem);
    if (!year)
        *error = problem.text();
    return year;
}

std::optional<CalendarYear> CalendarYear::fromRecordFields(const QJsonObject& fields, Message* problem)
{
    return read(fields, problem); // the lists arrive as JSON text, which read accepts too
}

QJsonObject CalendarYear::toRecordFields() const
{
    QJsonObject fields = toJson();
    for (const QString& list : {QStringLiteral("holidays"), QStringLiteral("workdays")})
        fields.insert(list, QString::fromUtf8(
                                QJsonDocument(fields.value(list).toArray()).toJson(QJsonDocument::Compact)));
    return fields;
}

QString CalendarYear::recordId(int year)
{
    static const QUuid Namespace = QUuid::fromString(u"8f0c2d4e-5b7a-4c39-9e61-3a2d7f1b0c55");
    return QUuid::createUuidV5(Namespace, QStringLiteral("cn-holiday-calendar/%1").arg(year))
        .toString(QUuid::WithoutBraces);
}

} // namespace xs
