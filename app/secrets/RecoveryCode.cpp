#include "app/secrets/RecoveryCode.h"

#include "models/storage/DatabaseKey.h"

#include <QRegularExpression>

namespace xs::RecoveryCode {

namespace {
constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; // RFC 4648 base32
constexpr int CodeBytes = 15;                                   // 120 bits -> 24 characters
constexpr int GroupSize = 4;
} // namespace

QString generate()
{
    // Base32 is five bits per character; Qt has no encoder for it, and this is all of it.
    const QByteArray random = secureRandomBytes(CodeBytes);
    QString code;
    quint32 buffer = 0;
    int bits = 0;
    int emitted = 0;
    for (const char byte : random) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            if (emitted > 0 && emitted % GroupSize == 0)
                code += QLatin1Char('-');
            code += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
            ++emitted;
        }
    }
    return code;
}

QByteArray normalise(const QString& text)
{
    const QString trimmed = text.trimmed().normalized(QString::NormalizationForm_C);
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z2-7]{4}([- ]?[A-Za-z2-7]{4}){5}$"));
    if (codeShape.match(trimmed).hasMatch()) {
        QString compact = trimmed.toUpper();
        compact.remove(QLatin1Char('-'));
        compact.remove(QLatin1Char(' '));
        return compact.toLatin1();
    }
    return trimmed.toUtf8();
}

} // namespace xs::RecoveryCode
