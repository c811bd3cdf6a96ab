#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>

namespace xs {

/// One word of a vocabulary: the code records store, and the English source text of its label
/// (marked with QT_TRANSLATE_NOOP in the vocabulary's own context; zh_CN gives the official term).
struct VocabularyTerm
{
    const char* code;
    const char* label;
};

/// The codes of a list of terms, in order.
inline QStringList vocabularyCodes(std::span<const VocabularyTerm> terms)
{
    QStringList codes;
    codes.reserve(qsizetype(terms.size()));
    for (const VocabularyTerm& term : terms)
        codes << QString::fromLatin1(term.code);
    return codes;
}

/// The untranslated source of a code's label (for a Message read elsewhere), or null.
inline const char* vocabularySource(std::span<const VocabularyTerm> terms, const QString& code)
{
    for (const VocabularyTerm& term : terms) {
        if (code == QLatin1String(term.code))
            return term.label;
    }
    return nullptr;
}

/// The label of a code in the UI's language; an unknown code is shown as stored, never hidden.
inline QString vocabularyLabel(const char* context, std::span<const VocabularyTerm> terms,
                               const QString& code)
{
    for (const VocabularyTerm& term : terms) {
        if (code == QLatin1String(term.code))
            return QCoreApplication::translate(context, term.label);
    }
    return code;
}

} // namespace xs
