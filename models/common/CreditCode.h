#pragma once

#include <QString>

namespace xs::CreditCode {

/// Whether code is an 18-character 统一社会信用代码 (GB 32100-2015) whose last character checks
/// out: operators of authorized operation and the subjects of a registration are known by it.
bool isValid(const QString& code);

/// The check character that completes the first 17 characters of a code, or a null QChar if one
/// of them is not in the standard's alphabet.
QChar checkCharacter(const QString& first17);

} // namespace xs::CreditCode
