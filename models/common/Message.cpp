#include "models/common/Message.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <map>

namespace xs {

namespace {

// The placeholder at position i (%1 .. %99), or 0 with length 0 when there is none.
struct Placeholder
{
    int number = 0;
    qsizetype length = 0;
};

Placeholder placeholderAt(const QString& text, qsizetype i)
{
    if (text.at(i) != QLatin1Char('%') || i + 1 >= text.size() || !text.at(i + 1).isDigit())
        return {};
    int number = text.at(i + 1).digitValue();
    qsizetype length = 2;
    if (i + 2 < text.size() && text.at(i + 2).isDigit()) {
        number = number * 10 + text.at(i + 2).digitValue();
        length = 3;
    }
    return number == 0 ? Placeholder{} : Placeholder{number, length};
}

bool isShortString(const QJsonValue& value)
{
    return value.isString() && value.toString().size() <= Message::MaxTextLength;
}

} // namespace

Message::Message(const char* context, const char* source)
    : m_context(QString::fromLatin1(context))
    , m_source(QString::fromUtf8(source))
{}

Message Message::plain(const QString& text)
{
    Message message;
    message.m_source = text;
    return message;
}

Message& Message::arg(const QString& value)
{
    m_arguments.append({value, {}});
    return *this;
}

Message& Message::arg(const QString& first, const QString& second)
{
    return arg(first).arg(second);
}

Message& Message::arg(Argument argument)
{
    m_arguments.append(std::move(argument));
    return *this;
}

Message& Message::arg(qint64 number)
{
    return arg(QString::number(number));
}

Message& Message::argTerm(const char* context, const char* source, const QString& code)
{
    if (!source)
        return arg(code);
    m_arguments.append({QString::fromUtf8(source), QString::fromLatin1(context)});
    return *this;
}

QString Message::fill(const QString& pattern, bool translated) const
{
    // As QString::arg: the first argument takes the lowest placeholder number, the next the next
    // lowest, whatever their order in the sentence (a translation may reorder them). Unlike a
    // chain of QString::arg, an argument that itself holds "%2" is never filled again.
    std::map<int, qsizetype> argumentOf;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (const Placeholder found = placeholderAt(pattern, i); found.number)
            argumentOf[found.number] = 0;
    }
    qsizetype next = 0;
    for (auto& [number, argument] : argumentOf)
        argument = next++;

    QString result;
    result.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size();) {
        const Placeholder found = placeholderAt(pattern, i);
        const qsizetype argument = found.number ? argumentOf.at(found.number) : -1;
        if (argument < 0 || argument >= m_arguments.size()) {
            result += pattern.at(i);
            ++i;
            continue;
        }
        const Argument& value = m_arguments.at(argument);
        result += translated && !value.context.isEmpty()
                      ? QCoreApplication::translate(value.context.toLatin1().constData(),
                                                    value.value.toUtf8().constData())
                      : value.value;
        i += found.length;
    }
    return result;
}

QString Message::text() const
{
    if (m_context.isEmpty())
        return fill(m_source, false);
    return fill(QCoreApplication::translate(m_context.toLatin1().constData(), m_source.toUtf8().constData()),
                true);
}

QString Message::sourceText() const
{
    return fill(m_source, false);
}

QJsonObject Message::toJson() const
{
    QJsonArray arguments;
    for (const Argument& argument : m_arguments) {
        QJsonObject object{{QStringLiteral("value"), argument.value}};
        if (!argument.context.isEmpty())
            object.insert(QStringLiteral("context"), argument.context);
        arguments.append(object);
    }
    QJsonObject object{{QStringLiteral("source"), m_source}, {QStringLiteral("args"), arguments}};
    if (!m_context.isEmpty())
        object.insert(QStringLiteral("context"), m_context);
    return object;
}

std::optional<Message> Message::fromJson(const QJsonObject& object)
{
    const QJsonValue source = object.value(QStringLiteral("source"));
    const QJsonValue context = object.value(QStringLiteral("context"));
    const QJsonValue arguments = object.value(QStringLiteral("args"));
    if (!isShortString(source) || source.toString().isEmpty() ||
        !(context.isUndefined() || isShortString(context)) ||
        !(arguments.isUndefined() || arguments.isArray()) || arguments.toArray().size() > MaxArguments)
        return std::nullopt;
    Message message;
    message.m_source = source.toString();
    message.m_context = context.toString();
    for (const QJsonValue& item : arguments.toArray()) {
        const QJsonValue value = item.toObject().value(QStringLiteral("value"));
        const QJsonValue termContext = item.toObject().value(QStringLiteral("context"));
        if (!isShortString(value) || !(termContext.isUndefined() || isShortString(termContext)))
            return std::nullopt;
        message.m_arguments.append({value.toString(), termContext.toString()});
    }
    return message;
}

} // namespace xs
