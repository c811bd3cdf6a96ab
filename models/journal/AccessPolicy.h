#pragma once

#include "models/common/Message.h"
#include "models/journal/RecordRules.h"
#include "models/journal/Roles.h"
#include "models/journal/SyncTypes.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace xs {

class Clock;
class StepTable;

/// Who may do what: the one copy of the rules, checked by the desktop (to hide what a role cannot
/// do) and enforced by the hub (which is authoritative).
struct Principal
{
    QString user;
    Role role = Role::Manager;
    QString department; // department code, for roles bound to one
    QString uid = {};   // on the hub: the user's id, never reused (answers and tokens are bound to it)
};

/// The hub's endpoints, for the role check done before a request is read.
enum class Endpoint
{
    Health,
    Login,
    Logout,
    Pull,
    Push,
    Users,
    Quarantine,     // a desktop reports records it could not store
    Administration, // users, sessions (hub/HubAdminApi)
};

/// Whether a role may call an endpoint at all. A forbidden pair is answered 403.
bool mayUse(Role role, Endpoint endpoint);

/// Why an operation is not allowed, or nothing when it is. The codes are stable ("forbidden",
/// "invalid_state", ...; hub/PROTOCOL.md); the message is for people, translated where it is
/// read, and field names the field it is about, when there is one.
struct Refusal
{
    QString code;
    Message message = {};
    QString field = {};
    bool isRefused() const { return !code.isEmpty(); }
    QString reason() const { return message.text(); }
    static Refusal of(const char* code, Message message, QString field = {})
    {
        return {QString::fromLatin1(code), std::move(message), std::move(field)};
    }
};

/// A record's fields once an upsert is applied to it (for checks of the record as a whole).
QJsonObject fieldsAfter(const RecordState* current, const Operation& operation);

/// One operation as a record type's rule sees it. current is the record as the hub holds it now
/// (nullptr for a new record); parentEntry and parentEntryBefore are the record it belongs to
/// (EntitySchema::ownerField) after the operation and now (see checkOperation).
struct AccessRequest
{
    const Principal& principal;
    const Operation& operation;
    const RecordState* current;
    const RecordState* parentEntry;
    const RecordState* parentEntryBefore;
};

/// What a record type's hub-side decisions may use besides the request: the hub's stored records,
/// its clock (China's date for deadlines) and its counters (codes only the hub allocates).
class AuthorityStore : public StoredRecords
{
public:
    virtual QList<RecordState> live(const QString& entity) const = 0;
    /// Every live record of the entity whose boolean field is true.
    virtual QList<RecordState> liveFlagged(const QString& entity, const QString& booleanField) const = 0;
    virtual const Clock& clock() const = 0;
    /// Whether this store hands out codes: the hub's does. A desktop runs the same decisions to
    /// show their outcome at once, as a proposal, and leaves codes to the hub.
    virtual bool allocatesCodes() const = 0;
    /// The next value (1, 2, ...) of a named counter, never handed out twice; nothing, with
    /// *error, when the store failed. Only called when allocatesCodes().
    virtual std::optional<qint64> nextCounter(const QString& name, QString* error) = 0;
};

/// What the hub decides along with an allowed operation: refused (by what only the hub knows,
/// such as its date), or the fields it writes besides those sent.
struct AuthorityDecision
{
    Refusal refusal;
    QJsonObject effect;
};

/// A record the hub rewrote because a record it derives from changed, with what its log says.
struct Rederived
{
    RecordState record;
    QString event;       // the log event ("deadline_recomputed")
    QJsonObject details; // the event's fields; never record content beyond ids and dates
};

/// Who may change one record type, and how: each area writes the rules of its own types
/// (CatalogAccess, RegistrationAccess, CalendarAccess, GrantAccess); takesCommands says whether
/// the type has workflow commands, which its check then also decides.
struct AccessRule
{
    QString entity;
    Refusal (*check)(const AccessRequest& request) = nullptr;
    bool takesCommands = false;
    bool managersSignOff = false; // managers, who change nothing else, may send its commands
    /// What the hub writes along with an allowed operation (a first state, the state a command
    /// leads to, a code it allocates), or nullptr when it writes only what was sent. A store
    /// failure sets *error: the push is then retried, not answered.
    AuthorityDecision (*decide)(const AccessRequest& request, AuthorityStore& hub, QString* error) = nullptr;
    /// The type's own rules on what an upsert would store (the catalog's CatalogRules), which the
    /// hub runs before it stores anything; nullptr when the field definitions are all.
    RecordRulesCheck rules = nullptr;
    /// The types whose changes alter what the hub derived in records of this type, and how it
    /// rewrites them then, in the same write (a registration's provisional deadline, when a year
    /// of the holiday schedule is published). Nothing, with *error, when the store failed.
    QStringList rederivedAfter = {};
    /// changedTypes: which of rederivedAfter were written (a rule may derive differently from each).
    std::optional<QList<Rederived>> (*rederive)(const Principal& principal, AuthorityStore& hub,
                                                const QSet<QString>& changedTypes, QString* error) = nullptr;
    /// The type's workflow steps, for a type that has them: desktops offer them (buttons, the step
    /// dialog) from the same table the type's check enforces.
    const StepTable& (*steps)() = nullptr;
    /// Managers may also create and edit its records (they plan and assign field audit tasks).
    bool managersPlan = false;
    /// What the hub rewrites in records of this type when a new day begins in China (registrations
    /// past their expiry lapse), in one write of its own; nothing, with *error, when the store failed.
    std::optional<QList<Rederived>> (*onNewDay)(const Principal& principal, AuthorityStore& hub,
                                                QString* error) = nullptr;
};

/// Every record type's rule, assembled from the areas in models/registry.
const QList<AccessRule>& accessRules();
const AccessRule* accessRuleFor(const QString& entity);
/// The step table of a record type, or nullptr for a type without steps.
const StepTable* stepTableFor(const QString& entity);

/// parentEntry: the record the operation's record belongs to after the operation (a data item's
/// entry); parentEntryBefore: the one it belongs to now. A department's rights are checked on
/// both, so moving another department's item under one's own entry is refused as surely as
/// editing it in place.
/// current is the record as the hub holds it now (nullptr for a new record).
Refusal checkOperation(const Principal& principal, const Operation& operation, const RecordState* current,
                       const RecordState* parentEntry, const RecordState* parentEntryBefore = nullptr);
/// The same, for a caller that already holds the type's rule (nullptr: an unknown type).
Refusal checkOperation(const AccessRequest& request, const AccessRule* rule);

} // namespace xs
