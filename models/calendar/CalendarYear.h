#pragma once

#include "models/common/Message.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace xs {

/// One year of the official holiday schedule (节假日安排), as the State Council publishes it each
/// November: the holiday periods and the weekend days that become working days (调休上班).
struct CalendarYear
{
    struct Holiday
    {
        QString name; // 春节, 国庆节 …
        QDate from;
        QDate to; // inclusive
    };
    struct MakeUpWorkday
    {
        QDate date;
        QString forHoliday;
    };

    int year = 0;
    QString source; // the notice the schedule comes from
    QDate issuedOn;
    QList<Holiday> holidays;
    QList<MakeUpWorkday> workdays;

    /// Reads the bundled file format (resources/calendar/YYYY.json). Refuses anything that does
    /// not describe exactly one year with sane dates, and says what is wrong in *error.
    static std::optional<CalendarYear> fromJson(const QJsonObject& object, QString* error);
    QJsonObject toJson() const;

    /// The synced record type a published year travels as.
    static inline const QString Entity = QStringLiteral("calendar_year");
    /// The synced record's fields (entity calendar_year): the lists travel as JSON text.
    /// Its problem is a Message: the hub refuses a bad record with it, in no language.
    static std::optional<CalendarYear> fromRecordFields(const QJsonObject& fields, Message* problem);
    QJsonObject toRecordFields() const;
    /// The same id on every desktop and on the hub, so the bundled year and the hub's copy of it
    /// are one record.
    static QString recordId(int year);

private:
    static std::optional<CalendarYear> read(const QJsonObject& object, Message* problem);
};

} // namespace xs
