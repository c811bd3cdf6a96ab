#include "models/registration/RegistrationVocabulary.h"

#include "models/common/VocabularyTerm.h"

#include <QCoreApplication>

namespace xs::RegistrationVocabulary {

namespace {

using Term = VocabularyTerm;

// English source texts; the Chinese terms come from translations/xiangshu_zh_CN.ts.
constexpr Term Types[] = {
    {"first", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "First registration")},
    {"change", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Change registration")},
    {"correction", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Correction registration")},
    {"cancellation", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Cancellation registration")},
    {"renewal", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Renewal")},
    {"revocation", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Revocation")},
    {"termination", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Termination")},
};

constexpr Term States[] = {
    {"submitted", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Awaiting acceptance")},
    {"awaiting_materials", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Awaiting missing materials")},
    {"not_accepted", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Not accepted")},
    {"under_review", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Formal review")},
    {"review_paused", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Review paused for the applicant")},
    {"review_failed", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Failed formal review")},
    {"in_public_notice", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "In public notice")},
    {"objection_review", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Objection under review")},
    {"awaiting_code", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Awaiting coding")},
    {"registered", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Registered")},
    {"applied", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Applied to the registration")},
    {"terminated", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Terminated")},
    {"expired", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Expired")},
    {"cancelled", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Cancelled")},
    {"revoked", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Revoked")},
};

constexpr Term ApplicantKinds[] = {
    {"department", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Government department")},
    {"operator", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Operator")},
    {"utility", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Public utility")},
};

constexpr Term Materials[] = {
    {"subject_info", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Subject information")},
    {"lawful_source", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Proof of lawful data source")},
    {"resource_description",
     QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Description of the data resource")},
    {"evidence_record", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Evidence-preservation record")},
    {"product_info", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Product and service information")},
    {"scenarios", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Application scenarios")},
    {"security_assessment", QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Data-security risk assessment")},
    {"change_statement",
     QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Statement of the change and its proof")},
    {"cancellation_statement",
     QT_TRANSLATE_NOOP("xs::RegistrationVocabulary", "Statement of the reasons for cancellation")},
};

QStringList codes(std::span<const VocabularyTerm> terms)
{
    return vocabularyCodes(terms);
}

QString label(std::span<const VocabularyTerm> terms, const QString& code)
{
    return vocabularyLabel("xs::RegistrationVocabulary", terms, code);
}

} // namespace

QStringList types()
{
    return codes(Types);
}

QStringList states()
{
    return codes(States);
}

QStringList applicantKinds()
{
    return codes(ApplicantKinds);
}

QStringList materialsFor(const QString& type)
{
    // REG §9 lists the materials of a first registration; the others are the same body's
    // practice for amending a registration (unverified, so kept to what the change needs).
    if (type == QLatin1String("first"))
        return {QStringLiteral("subject_info"),         QStringLiteral("lawful_source"),
                QStringLiteral("resource_description"), QStringLiteral("evidence_record"),
                QStringLiteral("product_info"),         QStringLiteral("scenarios"),
                QStringLiteral("security_assessment")};
    if (type == QLatin1String("change") || type == QLatin1String("correction"))
        return {QStringLiteral("subject_info"), QStringLiteral("change_statement")};
    if (type == QLatin1String("cancellation"))
        return {QStringLiteral("subject_info"), QStringLiteral("cancellation_statement")};
    if (type == QLatin1String("renewal"))
        return {QStringLiteral("subject_info"), QStringLiteral("security_assessment")};
    return {}; // 撤销 and 终止 are the registration body's own decisions
}

QString typeLabel(const QString& type)
{
    return label(Types, type);
}

const char* stateLabelSource(const QString& state)
{
    return vocabularySource(States, state);
}

QString stateLabel(const QString& state)
{
    return label(States, state);
}

QString applicantKindLabel(const QString& kind)
{
    return label(ApplicantKinds, kind);
}

QString materialLabel(const QString& material)
{
    return label(Materials, material);
}

bool isOpen(const QString& state)
{
    static const QStringList open{QStringLiteral("submitted"),        QStringLiteral("awaiting_materials"),
                                  QStringLiteral("under_review"),     QStringLiteral("review_paused"),
                                  QStringLiteral("in_public_notice"), QStringLiteral("objection_review"),
                                  QStringLiteral("awaiting_code")};
    return open.contains(state);
}

bool hasRunningClock(const QString& state)
{
    return state == QLatin1String("submitted") || state == QLatin1String("under_review") ||
           state == QLatin1String("in_public_notice");
}

} // namespace xs::RegistrationVocabulary
