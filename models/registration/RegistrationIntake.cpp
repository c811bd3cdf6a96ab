#include "models/registration/RegistrationIntake.h"

#include "models/common/CreditCode.h"
#include "models/common/StructuredField.h"
#include "models/registration/RegistrationVocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace xs::RegistrationIntake {

namespace {

QString text(const QJsonObject& object, const char* name)
{
    return object.value(QLatin1String(name)).toString().trimmed();
}

FieldProblem problem(const char* field, Message message)
{
    return {QString::fromLatin1(field), std::move(message)};
}

} // namespace

QStringList filedTypes()
{
    return {QStringLiteral("first"), QStringLiteral("change"), QStringLiteral("correction"),
            QStringLiteral("renewal"), QStringLiteral("cancellation")};
}

QStringList roles()
{
    return {QStringLiteral("lead"), QStringLiteral("joint")};
}

QString roleLabel(const QString& role)
{
    if (role == QLatin1String("lead"))
        return QCoreApplication::translate("xs::RegistrationIntake", "Lead applicant (牵头)");
    if (role == QLatin1String("joint"))
        return QCoreApplication::translate("xs::RegistrationIntake", "Joint applicant (联合)");
    return role;
}

QList<FieldProblem> check(const QJsonObject& application, bool requireCreditCodes)
{
    // The first three keep the words they had when the workflow checked them alone.
    QList<FieldProblem> problems;
    if (!RegistrationVocabulary::types().contains(text(application, "type")))
        problems.append(
            problem("type", XS_MESSAGE("xs::RegistrationWorkflow", "Choose the type of registration.")));
    if (text(application, "data_name").isEmpty())
        problems.append(problem("data_name", XS_MESSAGE("xs::RegistrationWorkflow",
                                                        "Enter the name of the data resource or product.")));
    const QJsonArray applicants = structuredField(application, "applicants").toArray();
    if (applicants.isEmpty()) {
        problems.append(
            problem("applicants", XS_MESSAGE("xs::RegistrationWorkflow", "Name at least one applicant.")));
        return problems;
    }
    int leads = 0;
    bool roled = false;
    QSet<QString> codes;
    for (const QJsonValue& value : applicants) {
        const QJsonObject applicant = value.toObject();
        const QString name = text(applicant, "name");
        if (name.isEmpty() || !RegistrationVocabulary::applicantKinds().contains(text(applicant, "kind"))) {
            problems.append(problem("applicants", XS_MESSAGE("xs::RegistrationWorkflow",
                                                             "Every applicant needs a name and a kind.")));
            continue;
        }
        const QString code = text(applicant, "credit_code").toUpper();
        if ((!code.isEmpty() || requireCreditCodes) && !CreditCode::isValid(code))
            problems.append(
                problem("applicants", XS_MESSAGE("xs::RegistrationIntake",
                                                 "The unified social credit code of %1 must have 18 "
                                                 "characters, the last of them checking out.")
                                          .arg(name.left(100))));
        else if (!code.isEmpty() && codes.contains(code))
            problems.append(problem(
                "applicants", XS_MESSAGE("xs::RegistrationIntake", "%1 is named twice among the applicants.")
                                  .arg(name.left(100))));
        codes.insert(code);
        const QString role = text(applicant, "role");
        if (!role.isEmpty() && !roles().contains(role))
            problems.append(problem("applicants", XS_MESSAGE("xs::RegistrationIntake",
                                                             "An applicant is either the lead or a joint "
                                                             "applicant.")));
        leads += role == QLatin1String("lead") ? 1 : 0;
        roled = roled || !role.isEmpty();
    }
    // One applicant leads by being the only one; a joint application names its lead. One filed
    // before roles were recorded names none: its first applicant leads, as the queue shows it.
    if (applicants.size() > 1 && roled && leads != 1)
        problems.append(problem("applicants", XS_MESSAGE("xs::RegistrationIntake",
                                                         "A joint application names exactly one lead "
                                                         "applicant (牵头申请人).")));
    for (const QJsonValue& scenario : structuredField(application, "scenarios").toArray()) {
        if (!scenario.isString() || scenario.toString().trimmed().isEmpty()) {
            problems.append(problem("scenarios", XS_MESSAGE("xs::RegistrationIntake",
                                                            "Describe each application scenario in words.")));
            break;
        }
    }
    return problems;
}

QStringList missingMaterials(const QJsonObject& application)
{
    const QJsonObject provided = structuredField(application, "materials").toObject();
    QStringList missing;
    for (const QString& material : RegistrationVocabulary::materialsFor(text(application, "type"))) {
        if (!provided.value(material).toBool())
            missing << material;
    }
    return missing;
}

} // namespace xs::RegistrationIntake
