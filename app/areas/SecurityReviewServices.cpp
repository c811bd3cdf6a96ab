#include "app/areas/SecurityReviewServices.h"

#include "app/areas/RecordNames.h"
#include "models/catalog/CatalogVocabulary.h"
#include "models/fieldaudit/FieldAuditWorkflow.h"
#include "models/journal/LocalRecords.h"
#include "models/journal/RecordWriter.h"
#include "models/securityreview/SecurityReviewWorkflow.h"
#include "models/sharing/SharingWorkflow.h"

#include <QCoreApplication>

#include <algorithm>

namespace xs {

namespace {

namespace Flow = SecurityReviewWorkflow;

QString text(const QJsonObject& fields, const char* name)
{
    return fields.value(QLatin1String(name)).toString();
}

SecurityReviewServices::Checklist checklistOf(const RecordState& checklist)
{
    return {checklist.id,
            QCoreApplication::translate("xs::SecurityReviewServices", "%1 (version %2)")
                .arg(text(checklist.fields, "title"))
                .arg(checklist.fields.value(QStringLiteral("template_version")).toInteger()),
            FieldAuditWorkflow::itemsOf(checklist.fields)};
}

bool isReviewChecklist(const RecordState& checklist)
{
    return !checklist.deleted && text(checklist.fields, "kind") == Flow::TemplateKind;
}

} // namespace

SecurityReviewServices::SecurityReviewServices(QSqlDatabase database, QString user, const Clock& clock)
    : m_database(database)
    , m_user(std::move(user))
    , m_clock(clock)
    , m_journal(database, m_user, clock)
{}

QList<RecordState> SecurityReviewServices::reviews() const
{
    return LocalRecords(m_database, m_clock).live(Flow::Entity);
}

// "<requesting department> asks for <resource>": what both sides call a request.
QHash<QString, QString> SecurityReviewServices::sharingRequestNames(const QList<RecordState>& requests) const
{
    const QHash<QString, QString> departments = RecordNames::departments(m_database);
    const QHash<QString, QString> entries = RecordNames::entriesNamedIn(m_database, SharingWorkflow::Entity);
    QHash<QString, QString> names;
    for (const RecordState& request : requests) {
        const QString requester = text(request.fields, "requester_code");
        const QString entry = text(request.fields, "entry_id");
        names.insert(request.id,
                     QCoreApplication::translate("xs::SecurityReviewServices", "%1 asks for %2")
                         .arg(departments.value(requester, requester), entries.value(entry, entry)));
    }
    return names;
}

SecurityReviewListModel::Names SecurityReviewServices::names() const
{
    SecurityReviewListModel::Names names;
    const LocalRecords records(m_database, m_clock);
    names.subjects = sharingRequestNames(records.live(SharingWorkflow::Entity));
    for (const RecordState& agreement : records.live(Flow::AgreementSubject))
        names.subjects.insert(agreement.id, text(agreement.fields, "title"));
    for (const RecordState& checklist : records.live(FieldAuditWorkflow::TemplateEntity)) {
        if (!isReviewChecklist(checklist))
            continue;
        names.checklists.insert(checklist.id, text(checklist.fields, "title"));
        names.checklistSizes.insert(checklist.id, int(FieldAuditWorkflow::itemsOf(checklist.fields).size()));
    }
    return names;
}

QList<SecurityReviewServices::Subject> SecurityReviewServices::openSubjects() const
{
    QList<Subject> subjects;
    const LocalRecords records(m_database, m_clock);
    const QList<RecordState> requests = records.live(SharingWorkflow::Entity);
    const QHash<QString, QString> requestNames = sharingRequestNames(requests);
    const QString sharing = Flow::subjectLabel(Flow::SharingSubject);
    for (const RecordState& request : requests) {
        const QString state = text(request.fields, "state");
        if (text(request.fields, "share_attribute") == CatalogVocabulary::conditionalShare() &&
            (state == QLatin1String("submitted") || state == QLatin1String("material_requested")))
            subjects.append({Flow::SharingSubject, request.id,
                             QStringLiteral("%1 · %2").arg(sharing, requestNames.value(request.id))});
    }
    const QString agreementKind = Flow::subjectLabel(Flow::AgreementSubject);
    for (const RecordState& agreement : records.live(Flow::AgreementSubject)) {
        if (text(agreement.fields, "state") == QLatin1String("signed"))
            subjects.append({Flow::AgreementSubject, agreement.id,
                             QStringLiteral("%1 · %2").arg(agreementKind, text(agreement.fields, "title"))});
    }
    return subjects;
}

QList<SecurityReviewServices::Checklist> SecurityReviewServices::publishedChecklists() const
{
    QList<RecordState> published;
    for (const RecordState& checklist :
         LocalRecords(m_database, m_clock).live(FieldAuditWorkflow::TemplateEntity)) {
        if (isReviewChecklist(checklist) && text(checklist.fields, "state") == QLatin1String("published"))
            published.append(checklist);
    }
    std::ranges::sort(published, [](const RecordState& a, const RecordState& b) {
        return a.fields.value(QStringLiteral("template_version")).toInteger() >
               b.fields.value(QStringLiteral("template_version")).toInteger();
    });
    QList<Checklist> checklists;
    for (const RecordState& checklist : published)
        checklists.append(checklistOf(checklist));
    return checklists;
}

std::optional<SecurityReviewServices::Checklist>
SecurityReviewServices::checklist(const QString& templateId) const
{
    const std::optional<RecordState> found =
        LocalRecords(m_database, m_clock).find(FieldAuditWorkflow::TemplateEntity, templateId);
    if (!found || !isReviewChecklist(*found))
        return std::nullopt;
    return checklistOf(*found);
}

DatabaseError SecurityReviewServices::write(Role role, const Operation& operation)
{
    return RecordWriter(m_database, m_journal).write(Principal{m_user, role, {}}, operation);
}

DatabaseError SecurityReviewServices::save(Role role, const QString& reviewId, const QJsonObject& fields,
                                           QString* savedId)
{
    return RecordWriter(m_database, m_journal)
        .save(Principal{m_user, role, {}}, Flow::Entity, reviewId, fields, savedId);
}

DatabaseError SecurityReviewServices::step(Role role, const QString& reviewId, const QString& command,
                                           const QJsonObject& arguments)
{
    return write(role, Operation::step(Flow::Entity, reviewId, command, arguments));
}

} // namespace xs
