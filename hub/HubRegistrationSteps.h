#pragma once

#include "models/journal/AccessPolicy.h"
#include "models/journal/SyncTypes.h"
#include "models/registration/RegistrationWorkflow.h"

#include <optional>

namespace xs {

class HubStore;

/// The hub's side of registration: it decides every registration step with the same
/// RegistrationWorkflow the desktops run, but with the hub's calendar, the hub's deadline rules,
/// the hub's date, and the one thing only the hub may do: allocate 登记结果查询码.
class HubRegistrationSteps
{
public:
    explicit HubRegistrationSteps(HubStore& store);

    /// What a registration upsert or command changes, or why it is refused. A store failure sets
    /// *error (the operation is then retried, not answered).
    RegistrationStep decide(const Principal& principal, const Operation& operation,
                            const std::optional<RecordState>& current, QString* error);

    struct MovedDeadline
    {
        QString id;
        QString before;
        QString after;
        bool stillProvisional = false;
    };
    /// After a year's schedule was published: counts every provisional deadline again on the
    /// calendar known now, and writes each registration that changed as a new version (so every
    /// desktop receives it on its next sync). Runs inside the publisher's write transaction.
    /// Nothing, with *error, when the store failed.
    std::optional<QList<MovedDeadline>> recomputeProvisional(const Principal& principal, QString* error);

    /// The code for the n-th registration coded in a year: 43 (Hunan) + year + an 8-digit number.
    /// DOMAIN.md names "national coding rules" without giving them, so the form is kept here alone.
    static QString codeFor(int year, qint64 number);

private:
    void loadRules();
    RegistrationContext contextFor(const Principal& principal, QString* error);

    HubStore& m_store;
    WorkingCalendar m_calendar;
    DeadlineRules m_rules;
};

} // namespace xs
