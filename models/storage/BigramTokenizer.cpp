#include "models/storage/BigramTokenizer.h"

#include <QChar>

#include <sqlite3.h>
#include <vector>

namespace xs {

namespace {

struct Character
{
    int start = 0; // byte offsets in the text
    int end = 0;
};

// Decodes one UTF-8 sequence at text[position]; invalid bytes read as U+FFFD one byte long, so a
// damaged value still tokenizes (and can be found by its valid parts).
char32_t decode(const unsigned char* text, int size, int position, int* length)
{
    const unsigned char lead = text[position];
    int expected = 0;
    char32_t value = 0;
    if (lead < 0x80) {
        *length = 1;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        expected = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        expected = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        expected = 4;
        value = lead & 0x07;
    }
    if (expected == 0 || position + expected > size) {
        *length = 1;
        return 0xFFFD;
    }
    for (int i = 1; i < expected; ++i) {
        if ((text[position + i] & 0xC0) != 0x80) {
            *length = 1;
            return 0xFFFD;
        }
        value = (value << 6) | (text[position + i] & 0x3F);
    }
    *length = expected;
    return value;
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

class RunTokenizer
{
public:
    RunTokenizer(const char* text, void* context, TokenCallback callback, bool query)
        : m_text(text)
        , m_context(context)
        , m_emit(callback)
        , m_query(query)
    {}

    // Emits the tokens of one run of letters and digits.
    int finish()
    {
        const size_t count = m_run.size();
        if (count == 0)
            return SQLITE_OK;
        int rc = SQLITE_OK;
        // Between two runs, a token no text can contain: a phrase of pairs (身份号码) cannot match
        // across a gap (身份 at the end of one run, 号码 at the start of the next), as a substring
        // search would not. A query with the same gap (身份-号码) has the same token.
        if (m_runs++ > 0)
            rc = m_emit(m_context, 0, Separator, 1, m_run.front().start, m_run.front().start);
        if (count == 1 && rc == SQLITE_OK)
            rc = emitToken(0, 1, 0);
        for (size_t i = 0; rc == SQLITE_OK && i + 1 < count; ++i)
            rc = emitToken(i, 2, 0);
        // The last character alone, at the last pair's position: a one-character prefix query finds
        // every character, and phrases of pairs stay consecutive.
        if (rc == SQLITE_OK && count > 1 && !m_query)
            rc = emitToken(count - 1, 1, FTS5_TOKEN_COLOCATED);
        m_run.clear();
        return rc;
    }

    void add(Character character) { m_run.push_back(character); }

private:
    int emitToken(size_t first, size_t characters, int flags)
    {
        const Character& from = m_run[first];
        const Character& to = m_run[first + characters - 1];
        m_token.assign(m_text + from.start, m_text + to.end);
        for (char& byte : m_token) {
            if (byte >= 'A' && byte <= 'Z')
                byte = char(byte - 'A' + 'a');
        }
        return m_emit(m_context, flags, m_token.data(), int(m_token.size()), from.start, to.end);
    }

    static constexpr const char Separator[] = "\x01";

    const char* m_text;
    int m_runs = 0;
    void* m_context;
    TokenCallback m_emit;
    bool m_query;
    std::vector<Character> m_run;
    std::vector<char> m_token;
};

int create(void*, const char**, int argumentCount, Fts5Tokenizer** tokenizer)
{
    if (argumentCount > 0)
        return SQLITE_ERROR; // it takes no options
    // Stateless: FTS5 wants a non-null handle, and any address that is never dereferenced will do.
    static char handle = 0;
    *tokenizer = reinterpret_cast<Fts5Tokenizer*>(&handle);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*)
{}

int tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int size, TokenCallback callback)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text);
    RunTokenizer run(text, context, callback, (flags & FTS5_TOKENIZE_QUERY) != 0);
    int position = 0;
    while (position < size) {
        int length = 1;
        const char32_t character = decode(bytes, size, position, &length);
        if (QChar::isLetterOrNumber(character)) {
            run.add({position, position + length});
        } else if (const int rc = run.finish(); rc != SQLITE_OK) {
            return rc;
        }
        position += length;
    }
    return run.finish();
}

fts5_api* fts5Of(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

int BigramTokenizer::registerWith(sqlite3* db)
{
    fts5_api* api = fts5Of(db);
    if (!api)
        return SQLITE_ERROR;
    fts5_tokenizer tokenizer{create, destroy, tokenize};
    return api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr);
}

} // namespace xs
