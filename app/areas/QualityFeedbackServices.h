#pragma once

#include "models/journal/ChangeJournal.h"
#include "models/journal/EntitySchema.h"
#include "models/journal/Roles.h"
#include "models/journal/SyncTypes.h"
#include "models/journal/Vocabularies.h"
#include "models/quality/QualityFeedbackListModel.h"
#include "models/storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace xs {

class Clock;

/// What the 质量反馈 tab gets from the application: the feedback on this desktop with the orders
/// that have it corrected, the resources one may file on, and filing and deciding through the
/// hub's own rules (RecordWriter). The page never sees the database.
class QualityFeedbackServices
{
    Q_DECLARE_TR_FUNCTIONS(xs::QualityFeedbackServices)

public:
    /// user: who works on this desktop; clock: "today" (it must outlive the services).
    QualityFeedbackServices(QSqlDatabase database, QString user, const Clock& clock);

    const Clock& clock() const { return m_clock; }
    void setDepartment(const QString& department) { m_department = department; }
    QString department() const { return m_department; }

    QList<RecordState> feedback() const;
    /// The rectification orders on this desktop (the list picks those following feedback).
    QList<RecordState> orders() const;
    QualityFeedbackListModel::Names names() const;
    /// What the form offers: published resources by name (at most ResourceChoiceLimit), the
    /// departments, the four dimensions.
    QList<LabelledValue> choices(const FieldSchema& field) const;
    static constexpr int ResourceChoiceLimit = 5000;

    /// Files feedback (a new one when feedbackId is empty; *savedId receives its id), or corrects
    /// one not yet verified.
    DatabaseError file(Role role, const QString& feedbackId, const QJsonObject& fields, QString* savedId);
    /// A step of the feedback (verify, reject, mark_corrected, feed_back). uphold goes through
    /// uphold(), which also has it corrected.
    DatabaseError step(Role role, const QString& feedbackId, const QString& command,
                       const QJsonObject& arguments);
    /// Upholds the feedback and, in the same transaction, issues the provider a rectification order
    /// of 10 working days that follows it (all or nothing).
    DatabaseError uphold(Role role, const QString& feedbackId, const QJsonObject& arguments);

private:
    DatabaseError write(Role role, const Operation& operation);

    QSqlDatabase m_database;
    QString m_user;
    QString m_department;
    const Clock& m_clock;
    ChangeJournal m_journal;
};

} // namespace xs
