#include "app/CalendarPublisher.h"

#include "models/calendar/CalendarRepository.h"
#include "models/journal/ChangeJournal.h"
#include "models/registration/RegistrationRepository.h"
#include "models/storage/Transaction.h"

#include <QFile>
#include <QJsonDocument>

namespace xs {

namespace {
constexpr qint64 MaxScheduleBytes = 1024 * 1024; // a year's schedule is a few kilobytes
} // namespace

CalendarPublisher::CalendarPublisher(QSqlDatabase database, QString user, Role role, const Clock& clock)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_role(role)
    , m_clock(clock)
{}

std::optional<CalendarYear> CalendarPublisher::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxScheduleBytes) {
        *error = tr("%1 is too large to be a holiday schedule.").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("%1 is not a holiday schedule: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<CalendarYear> year = CalendarYear::fromJson(document.object(), &problem);
    if (!year)
        *error = tr("%1 is not a holiday schedule: %2").arg(path, problem);
    return year;
}

CalendarPublisher::Result CalendarPublisher::publish(const CalendarYear& year)
{
    Result result;
    if (m_role != Role::Admin) {
        result.error =
            DatabaseError(DatabaseError::Kind::Invalid, tr("Only administrators publish holiday schedules."));
        return result;
    }
    Transaction transaction(m_database, QStringLiteral("calendar_publish"));
    if ((result.error = transaction.begin()).isError())
        return result;
    ChangeJournal journal(m_database, m_user, m_clock);
    journal.setJoinsOuterTransaction(true);
    if ((result.error =
             journal.upsert(CalendarYear::Entity, CalendarYear::recordId(year.year), year.toRecordFields()))
            .isError())
        return result;
    RegistrationRepository registrations(m_database, m_user, m_clock);
    registrations.setJoinsOuterTransaction(true);
    const WorkingCalendar calendar = CalendarRepository(m_database).load(&result.error);
    if (result.error.isError())
        return result;
    const DeadlineRules rules = registrations.deadlineRules(&result.error);
    if (result.error.isError())
        return result;
    const std::optional<int> recomputed =
        registrations.recomputeProvisionalDeadlines(m_role, calendar, rules, &result.error);
    if (!recomputed)
        return result;
    result.recomputed = *recomputed;
    result.error = transaction.commit();
    return result;
}

} // namespace xs
