#pragma once

#include "models/journal/ChangeJournal.h"
#include "models/journal/RecordWriter.h"
#include "models/registration/RegistrationWorkflow.h"

#include <QSqlDatabase>

#include <optional>

namespace xs {

/// Registrations on this desktop: reading them, entering applications and taking steps. Every
/// write goes through the change journal as a proposal the hub decides; the desktop shows the
/// workflow's effect at once, computed by the same code the hub runs.
class RegistrationRepository
{
public:
    /// clock: what "today" and "now" are for every step (it must outlive the repository).
    RegistrationRepository(QSqlDatabase database, QString user, const Clock& clock);

    std::optional<RecordState> registration(const QString& id, DatabaseError* error = nullptr) const;

    /// The deadline rules in force here: the built-in ones overlaid by those the hub published.
    DeadlineRules deadlineRules(DatabaseError* error = nullptr) const
    {
        return deadlineRulesIn(m_database, error);
    }
    /// The built-in rules overlaid by those published into this database (synced deadline_rule).
    static DeadlineRules deadlineRulesIn(QSqlDatabase database, DatabaseError* error = nullptr);
    /// The working-day calendar in force here (see CalendarRepository).
    WorkingCalendar calendar(DatabaseError* error = nullptr) const;
    /// A context for steps taken now (by the clock), by this user in this role.
    RegistrationContext contextFor(Role role, const WorkingCalendar& calendar,
                                   const DeadlineRules& rules) const;

    /// After a year's holiday schedule was published here: counts every provisional deadline
    /// again on `calendar` (the step recompute_deadline, journaled like any other, so the audit
    /// trail keeps the old and new dates). Returns how many registrations changed. For a desktop
    /// without a hub; with one, the hub does it and the changes arrive by sync.
    std::optional<int> recomputeProvisionalDeadlines(Role role, const WorkingCalendar& calendar,
                                                     const DeadlineRules& rules, DatabaseError* error);

    /// Enters a new application (id made by ChangeJournal::newId()). A refusal is Kind::Invalid
    /// with the reason; nothing is written then. Like step(), it is checked and decided by the
    /// shared write path (RecordWriter) as the hub will: context says who acts (its role), and the
    /// deadline is counted on this desktop's calendar and rules (calendar(), deadlineRules()).
    DatabaseError create(const QString& id, const QJsonObject& fields, const RegistrationContext& context);
    /// Takes a step. A refusal is Kind::Invalid with the reason; nothing is written then.
    DatabaseError step(const QString& id, const QString& command, const QJsonObject& arguments,
                       const RegistrationContext& context);

    void setJoinsOuterTransaction(bool joins) { m_journal.setJoinsOuterTransaction(joins); }

private:
    QSqlDatabase m_database;
    QString m_user;
    ChangeJournal m_journal;
    RecordWriter m_writer;
};

} // namespace xs
