#include "models/catalog/CatalogSignOff.h"

namespace xs::CatalogSignOff {

namespace {

constexpr VocabularyTerm Conclusions[] = {
    {"acceptable", QT_TRANSLATE_NOOP("xs::CatalogSignOff", "Risks under control; may be submitted")},
    {"needs_changes", QT_TRANSLATE_NOOP("xs::CatalogSignOff", "Needs changes and a new assessment")},
};

const QString Conclusion = QStringLiteral("impact_conclusion");
const QString SignedBy = QStringLiteral("signed_off_by");

} // namespace

const QStringList& assessmentFields()
{
    static const QStringList fields{QStringLiteral("impact_confidentiality"),
                                    QStringLiteral("impact_personal_info"), Conclusion};
    return fields;
}

const QStringList& signOffFields()
{
    static const QStringList fields{SignedBy, QStringLiteral("signed_off_on"),
                                    QStringLiteral("sign_off_comment")};
    return fields;
}

std::span<const VocabularyTerm> conclusions()
{
    return Conclusions;
}

QString conclusionLabel(const QString& conclusion)
{
    return vocabularyLabel("xs::CatalogSignOff", Conclusions, conclusion);
}

std::optional<Message> whyNotSignable(const QJsonObject& entry)
{
    for (const QString& field : assessmentFields()) {
        if (entry.value(field).toString().trimmed().isEmpty())
            return XS_MESSAGE("xs::CatalogSignOff",
                              "the impact assessment (confidentiality, personal information and its "
                              "conclusion) is not complete");
    }
    if (entry.value(Conclusion).toString() != QLatin1String(Conclusions[0].code))
        return XS_MESSAGE("xs::CatalogSignOff",
                          "the impact assessment concludes that the entry needs changes; assess it "
                          "again once they are made");
    return std::nullopt;
}

std::optional<Message> whyNotSubmittable(const QJsonObject& entry)
{
    if (std::optional<Message> unsignable = whyNotSignable(entry))
        return unsignable;
    if (!isSignedOff(entry))
        return XS_MESSAGE("xs::CatalogSignOff",
                          "the department head has not signed off the entry and its impact assessment");
    return std::nullopt;
}

bool isSignedOff(const QJsonObject& entry)
{
    return !entry.value(SignedBy).toString().isEmpty();
}

QJsonObject signedOff(const QString& user, const QDate& day, const QString& comment)
{
    return {{signOffFields().at(0), user},
            {signOffFields().at(1), day.toString(Qt::ISODate)},
            {signOffFields().at(2), comment.trimmed()}};
}

QJsonObject withdrawnBy(const QJsonObject& current, const QJsonObject& change)
{
    if (!isSignedOff(current))
        return {};
    for (const QString& field : assessmentFields()) {
        if (change.contains(field) && change.value(field) != current.value(field)) {
            QJsonObject cleared;
            for (const QString& signOff : signOffFields())
                cleared.insert(signOff, QJsonValue::Null);
            return cleared;
        }
    }
    return {};
}

} // namespace xs::CatalogSignOff
