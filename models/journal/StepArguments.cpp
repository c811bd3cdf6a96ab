#include "models/journal/StepArguments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace xs {

ArgumentSpec ArgumentSpec::asked(const char* labelSource, ArgumentInput how) const
{
    ArgumentSpec spec = *this;
    spec.label = labelSource;
    spec.input = how;
    return spec;
}

ArgumentSpec ArgumentSpec::offering(QList<ChecklistOption> (*offered)(const QJsonObject& record)) const
{
    ArgumentSpec spec = *this;
    spec.input = ArgumentInput::Checklist;
    spec.options = offered;
    return spec;
}

ArgumentSpec ArgumentSpec::neededWhen(bool (*needed)(const QJsonObject& record, const QDate& today)) const
{
    ArgumentSpec spec = *this;
    spec.neededFor = needed;
    return spec;
}

ArgumentSpec ArgumentSpec::explainedBy(QString (*text)(const QJsonObject& record)) const
{
    ArgumentSpec spec = *this;
    spec.hint = text;
    return spec;
}

ArgumentSpec ArgumentSpec::startingFrom(const char* field) const
{
    ArgumentSpec spec = *this;
    spec.startsFrom = field;
    return spec;
}

QString ArgumentSpec::title() const
{
    return label ? QCoreApplication::translate("xs::StepTable", label) : name;
}

ArgumentSpec needArgument(const char* name, int maxLength)
{
    return {QString::fromLatin1(name), maxLength, true};
}

ArgumentSpec mayArgument(const char* name, int maxLength)
{
    return {QString::fromLatin1(name), maxLength, false};
}

Refusal checkArguments(const QList<ArgumentSpec>& declared, const QJsonObject& arguments,
                       UndeclaredArguments undeclared)
{
    for (auto it = arguments.constBegin(); it != arguments.constEnd(); ++it) {
        const auto spec =
            std::find_if(declared.cbegin(), declared.cend(),
                         [&](const ArgumentSpec& candidate) { return candidate.name == it.key(); });
        if (spec == declared.cend() && undeclared == UndeclaredArguments::Ignore)
            continue;
        if (spec == declared.cend())
            return {
                QStringLiteral("invalid"),
                XS_MESSAGE("xs::StepArguments", "The step takes no argument \"%1\".").arg(it.key().left(64))};
        // Lists travel as JSON text; an editor may hand them over parsed. Either way, their size.
        const qsizetype length =
            it.value().isString()  ? it.value().toString().size()
            : it.value().isArray() ? QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact).size()
            : it.value().isObject()
                ? QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact).size()
                : 0;
        if (length > spec->maxLength)
            return {QStringLiteral("invalid"),
                    XS_MESSAGE("xs::StepArguments", "The argument \"%1\" is longer than %2 characters.")
                        .argTerm("xs::StepTable", spec->label, it.key())
                        .arg(spec->maxLength)};
    }
    for (const ArgumentSpec& spec : declared) {
        const QJsonValue value = arguments.value(spec.name);
        const bool blank = value.isString()  ? value.toString().trimmed().isEmpty()
                           : value.isArray() ? value.toArray().isEmpty()
                                             : value.isNull() || value.isUndefined();
        if (spec.required && blank)
            return {QStringLiteral("invalid"), XS_MESSAGE("xs::StepArguments", "The step needs \"%1\".")
                                                   .argTerm("xs::StepTable", spec.label, spec.name)};
    }
    return {};
}

} // namespace xs
