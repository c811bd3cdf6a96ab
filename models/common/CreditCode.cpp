#include "models/common/CreditCode.h"

namespace xs::CreditCode {

namespace {

// The 31 characters of GB 32100-2015 (no I, O, Z, S, V) and the weights 3^i mod 31.
const QString& alphabet()
{
    static const QString characters = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return characters;
}
constexpr int Weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

} // namespace

QChar checkCharacter(const QString& first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype value = alphabet().indexOf(first17.at(i));
        if (value < 0)
            return {};
        sum += int(value) * Weights[i];
    }
    return alphabet().at((31 - sum % 31) % 31);
}

bool isValid(const QString& code)
{
    if (code.size() != 18)
        return false;
    const QChar check = checkCharacter(code.left(17));
    return !check.isNull() && code.at(17) == check;
}

} // namespace xs::CreditCode
