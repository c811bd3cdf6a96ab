#include "models/storage/PinyinCollation.h"

#include <array>
#include <sqlite3.h>
#include <unicode/ucol.h>
#include <unicode/uversion.h>

namespace xs {

PinyinCollation::PinyinCollation()
{
    UErrorCode status = U_ZERO_ERROR;
    // "zh" defaults to the pinyin tailoring; "zh@collation=pinyin" would say the same.
    m_collator = ucol_open("zh", &status);
    if (U_FAILURE(status)) {
        if (m_collator)
            ucol_close(m_collator);
        m_collator = nullptr;
    }
}

PinyinCollation::~PinyinCollation()
{
    if (m_collator)
        ucol_close(m_collator);
}

QByteArray PinyinCollation::sortKey(QStringView text) const
{
    if (!m_collator)
        return text.toUtf8();
    const auto* source = reinterpret_cast<const UChar*>(text.utf16());
    const auto length = int32_t(text.size());
    // Most names need less than 4 bytes a character; ICU says how much when that is too little.
    QByteArray key(int(text.size()) * 4 + 16, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(m_collator, source, length, reinterpret_cast<uint8_t*>(key.data()),
                                     int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(m_collator, source, length, reinterpret_cast<uint8_t*>(key.data()),
                                 int32_t(key.size()));
    }
    key.resize(needed > 0 ? needed - 1 : 0); // without ICU's terminating zero byte
    return key;
}

QString PinyinCollation::version() const
{
    if (!m_collator)
        return QStringLiteral("utf8");
    UVersionInfo info;
    ucol_getVersion(m_collator, info);
    std::array<char, U_MAX_VERSION_STRING_LENGTH> text{};
    u_versionToString(info, text.data());
    return QString::fromLatin1(text.data());
}

namespace {

void sqlPinyinKey(sqlite3_context* context, int, sqlite3_value** arguments)
{
    const auto* collation = static_cast<const PinyinCollation*>(sqlite3_user_data(context));
    QByteArray key;
    if (sqlite3_value_type(arguments[0]) != SQLITE_NULL) {
        const auto* text = static_cast<const char16_t*>(sqlite3_value_text16(arguments[0]));
        const int bytes = sqlite3_value_bytes16(arguments[0]);
        if (!text && bytes > 0) {
            sqlite3_result_error_nomem(context);
            return;
        }
        key = collation->sortKey(QStringView(text, bytes / 2));
    }
    sqlite3_result_blob64(context, key.constData(), sqlite3_uint64(key.size()), SQLITE_TRANSIENT);
}

void sqlPinyinVersion(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* collation = static_cast<const PinyinCollation*>(sqlite3_user_data(context));
    const QByteArray version = collation->version().toLatin1();
    sqlite3_result_text(context, version.constData(), int(version.size()), SQLITE_TRANSIENT);
}

} // namespace

int PinyinCollation::registerSqlFunctions(sqlite3* db)
{
    // DETERMINISTIC: the key may be used in an index or a generated column. INNOCUOUS: it reads
    // nothing but its argument, so it is safe in triggers and views too.
    constexpr int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    auto* collation = new PinyinCollation;
    const auto destroy = [](void* data) {
        delete static_cast<PinyinCollation*>(data);
    };
    // The key function owns the collator (SQLite calls destroy when the connection closes); the
    // version function borrows it.
    int rc = sqlite3_create_function_v2(db, "xs_pinyin_key", 1, flags, collation, sqlPinyinKey, nullptr,
                                        nullptr, destroy);
    if (rc != SQLITE_OK)
        return rc;
    return sqlite3_create_function_v2(db, "xs_pinyin_version", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, collation,
                                      sqlPinyinVersion, nullptr, nullptr, nullptr);
}

} // namespace xs
