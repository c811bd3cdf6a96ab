#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>

struct sqlite3;
struct UCollator;

namespace xs {

/// Chinese names in the order Chinese readers expect: ICU's collation for zh, which is pinyin
/// (郴州 < 衡阳 < 怀化 < 娄底 < 邵阳 < 湘潭 < 岳阳 < 株洲), not Unicode code points.
///
/// The sort key is a byte string whose memcmp order is the collation order, so SQLite can store
/// and index it like any blob and page through it with plain keyset comparisons. The key depends
/// on ICU's collation data: when the version changes (a Debian upgrade), stored keys are rebuilt
/// (refreshStoredKeys).
///
/// Not thread-safe: one instance per thread or per database connection.
class PinyinCollation final
{
public:
    PinyinCollation();
    ~PinyinCollation();
    PinyinCollation(const PinyinCollation&) = delete;
    PinyinCollation& operator=(const PinyinCollation&) = delete;

    /// False when ICU has no collation for zh (then keys fall back to UTF-8, code point order).
    bool isValid() const { return m_collator != nullptr; }

    /// The sort key of text; equal texts give equal keys, and an empty text the shortest key.
    QByteArray sortKey(QStringView text) const;

    /// ICU's version of the collation rules in use, e.g. "153.112.32.72"; "utf8" without ICU.
    QString version() const;

    /// Registers SQL functions on a connection, each with a collator of its own:
    ///   xs_pinyin_key(text): the sort key as a blob (NULL and '' give the same key);
    ///   xs_pinyin_version(): version().
    /// Returns an SQLite result code.
    static int registerSqlFunctions(sqlite3* db);

private:
    UCollator* m_collator = nullptr;
};

} // namespace xs
