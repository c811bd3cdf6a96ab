#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace xs {

/// A sentence for people that is translated where it is read, not where it is made. The hub has no
/// language: it refuses an operation with a Message, sends it as its source text and arguments,
/// and every desktop shows it in its own user's language. On the desktop a Message made and read
/// in the same place is simply translated text.
///
/// The source text is marked where it is written, so lupdate extracts it:
///     XS_MESSAGE("xs::AccessPolicy", "a %1 may not edit catalog entries")
///         .arg(roleArgument(role))
/// Arguments fill the placeholders as QString::arg does (the first argument the lowest number).
class Message
{
public:
    /// A value shown as it is (a name, a date, a number), or a term translated where it is read.
    struct Argument
    {
        QString value;
        QString context; // set: value is a source text, translated in this context
        bool operator==(const Argument&) const = default;
    };

    Message() = default;
    /// context and source: a QT_TRANSLATE_NOOP pair.
    Message(const char* context, const char* source);
    /// A text that has no translation (from an older hub, or a library's own message).
    static Message plain(const QString& text);

    Message& arg(const QString& value);
    Message& arg(const QString& first, const QString& second);
    Message& arg(qint64 number);
    Message& arg(int number) { return arg(qint64(number)); }
    Message& arg(Argument argument);
    /// A vocabulary term (a role, a state) whose label the reader's language gives: source is the
    /// label's source text in context; when the vocabulary does not know the term (null), the
    /// code is shown as stored.
    Message& argTerm(const char* context, const char* source, const QString& code);

    bool isEmpty() const { return m_source.isEmpty(); }
    /// In the application's language, with its arguments in place.
    QString text() const;
    /// The untranslated text with its arguments: what the hub's log and older desktops read.
    QString sourceText() const;

    /// {"context", "source", "args": [{"value", "context"?}]}.
    QJsonObject toJson() const;
    /// Refuses what a hostile peer could make of it: wrong types, oversized texts, too many
    /// arguments. A refused object gives nullopt, never a partial message.
    static std::optional<Message> fromJson(const QJsonObject& object);

    bool operator==(const Message&) const = default;

    static constexpr int MaxArguments = 9;
    static constexpr int MaxTextLength = 2000;

private:
    QString fill(const QString& pattern, bool translated) const;

    QString m_context; // empty for a plain text
    QString m_source;
    QList<Argument> m_arguments;
};

} // namespace xs

/// A Message in context, its source extracted by lupdate like QT_TRANSLATE_NOOP's (translations/
/// CMakeLists.txt declares the alias). A macro only so that lupdate can see it.
#define XS_MESSAGE(context, source) ::xs::Message(context, source)
