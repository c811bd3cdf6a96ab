#pragma once

struct sqlite3;

namespace xs {

/// An FTS5 tokenizer for short Chinese text (data item names such as 姓名, 公民身份号码):
/// overlapping pairs of characters, so a search of two characters is an index lookup.
///
/// SQLite's trigram tokenizer (the catalog's) cannot look up a term shorter than three characters,
/// and data item names are mostly two to six: 姓名, 地址 and 电话 would all fall back to a scan of
/// every item. Here a run of letters and digits 公民身份 becomes the tokens 公民 民身 身份 and, at the
/// position of the last pair, 份 alone. A query of two or more characters is the phrase of its
/// pairs (身份号码: 身份 份号 号码, consecutive); a query of one character is a prefix query
/// ("码" *), which the single last characters make complete. ASCII letters are folded to lower
/// case; anything that is not a letter or digit separates runs.
///
/// Registered as "xs_bigram" on every connection (SqlCipherDriver), since an FTS5 table that names
/// it cannot be read or written without it.
class BigramTokenizer
{
public:
    BigramTokenizer() = delete;

    static constexpr const char* Name = "xs_bigram";
    /// Returns an SQLite result code.
    static int registerWith(sqlite3* db);
};

} // namespace xs
