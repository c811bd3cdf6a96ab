#pragma once

#include "models/grants/GrantRules.h"
#include "models/journal/ChangeJournal.h"
#include "models/journal/RecordWriter.h"
#include "models/journal/Vocabularies.h"

#include <QSqlDatabase>

#include <optional>

namespace xs {

/// Grant records on this desktop (operators, plans, agreements, products, monthly prices, operating
/// reports, disclosures): reading them, saving edits and taking steps. Every write is checked here
/// by the same code the hub runs (GrantAccess), so a refusal shows at once and nothing is written;
/// what passes goes through the change journal as a proposal the hub confirms.
class GrantRepository
{
public:
    /// clock: when changes happen (it must outlive the repository).
    GrantRepository(QSqlDatabase database, QString user, const Clock& clock);

    std::optional<RecordState> record(const QString& entity, const QString& id,
                                      DatabaseError* error = nullptr) const;
    /// An id for a record about to be made here.
    QString newId() const { return m_journal.newId(); }

    /// Creates (id not yet here) or edits a record. A refusal is Kind::Invalid with the reason.
    DatabaseError save(const QString& entity, const QString& id, const QJsonObject& fields, Role role);
    /// A plan or agreement step, shown here at once with its effect.
    DatabaseError step(const QString& entity, const QString& id, const QString& command,
                       const QJsonObject& arguments, Role role);

    /// (id, label) pairs for choosers: operators, plans and agreements by name, products of one
    /// agreement; an empty parent lists all.
    struct Choice
    {
        QString id;
        QString label;
    };
    QList<Choice> choices(const QString& entity, const QString& parentId = {}) const;
    /// What an agreement's scope offers (AgreementScope): the authorized entries by name and
    /// department, at most ResourceChoiceLimit; and the entries the agreement names already that
    /// are no longer authorized, labelled with what became of them and not offered anew.
    QList<LabelledValue> resourceChoices(const QJsonObject& agreement) const;
    static constexpr int ResourceChoiceLimit = 5000;
    /// The ids of an entity's live records under a parent column (products of an agreement, prices
    /// of a product, reports of an agreement), in the order people read them.
    QStringList children(const QString& entity, const QString& parentColumn, const QString& parentId) const;
    /// What an agreement's editor says of the first registration its operation owes
    /// (FirstRegistrationDeadline, with the published rules and calendar); empty before it operates.
    QString firstRegistrationNote(const QString& agreementId, const QJsonObject& agreement) const;

private:
    /// The stored record (if any) of a grant entity; refuses any other entity.
    DatabaseError current(const QString& entity, const QString& id, std::optional<RecordState>* record) const;

    QSqlDatabase m_database;
    QString m_user;
    const Clock& m_clock;
    ChangeJournal m_journal;
    RecordWriter m_writer;
};

} // namespace xs
