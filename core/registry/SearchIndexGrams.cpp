#include "registry/SearchIndexGrams.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace anju::registry {

namespace {

// A gram as a sortable number: its first code point, then 0 for a single character or 1 + the second
// one. Code points sort as their UTF-8 bytes do, and a single character before the pairs it starts, so
// the order of these numbers is SQLite's BINARY order of the gram texts.
quint64 gramKey(char32_t first, char32_t second, bool pair)
{
    return (quint64(first) << 22) | (pair ? quint64(second) + 1 : 0);
}

int appendUtf8(char* out, char32_t c)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

// The code points of UTF-8 text, which are the characters of SQLite's substr() and length() (the names
// were written from QString, so they are valid UTF-8).
void decodeUtf8(const unsigned char* text, int size, std::vector<char32_t>& out)
{
    out.clear();
    for (int i = 0; i < size;) {
        char32_t c = text[i++];
        if (c >= 0xC0) {
            const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            c &= 0x3F >> extra;
            for (int k = 0; k < extra && i < size && (text[i] & 0xC0) == 0x80; ++k)
                c = (c << 6) | (text[i++] & 0x3F);
        }
        out.push_back(c);
    }
}

struct Gram
{
    quint64 key;
    quint32 person; // index into the persons read
    bool operator<(const Gram& other) const
    {
        return key != other.key ? key < other.key : person < other.person;
    }
    bool operator==(const Gram& other) const { return key == other.key && person == other.person; }
};

struct Statement
{
    sqlite3_stmt* statement = nullptr;
    ~Statement() { sqlite3_finalize(statement); }
};

} // namespace

Outcome SearchIndexGrams::fill(sqlite3* handle, qint64 personsAfter, int maxPositions)
{
    auto failed = [handle] {
        return Outcome::failure(QLatin1String(Field::General), QString::fromUtf8(sqlite3_errmsg(handle)));
    };
    Statement read;
    if (sqlite3_prepare_v2(handle, "SELECT id, household_id, name FROM persons WHERE id > ? ORDER BY id", -1,
                           &read.statement, nullptr) != SQLITE_OK)
        return failed();
    sqlite3_bind_int64(read.statement, 1, personsAfter);
    std::vector<std::pair<qint64, qint64>> persons; // id, household
    std::vector<Gram> grams;
    {
        Statement count;
        if (sqlite3_prepare_v2(handle, "SELECT COUNT(*) FROM persons WHERE id > ?", -1, &count.statement,
                               nullptr) != SQLITE_OK)
            return failed();
        sqlite3_bind_int64(count.statement, 1, personsAfter);
        if (sqlite3_step(count.statement) != SQLITE_ROW)
            return failed();
        // Names are mostly of three characters: three characters and two pairs.
        const auto n = size_t(sqlite3_column_int64(count.statement, 0));
        persons.reserve(n);
        grams.reserve(n * 5 + 16);
    }
    std::vector<char32_t> name;
    int rc;
    while ((rc = sqlite3_step(read.statement)) == SQLITE_ROW) {
        const auto person = quint32(persons.size());
        persons.emplace_back(sqlite3_column_int64(read.statement, 0),
                             sqlite3_column_int64(read.statement, 1));
        const unsigned char* text = sqlite3_column_text(read.statement, 2);
        decodeUtf8(text, sqlite3_column_bytes(read.statement, 2), name);
        const int length = int(name.size());
        // Positions 1 … maxPositions: a character where i <= length, a pair where i < length.
        for (int i = 0; i < maxPositions && i < length; ++i) {
            grams.push_back({gramKey(name[size_t(i)], 0, false), person});
            if (i + 1 < length)
                grams.push_back({gramKey(name[size_t(i)], name[size_t(i) + 1], true), person});
        }
    }
    if (rc != SQLITE_DONE)
        return failed();
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());

    // Many rows per statement: one row each spends more in starting and ending statements than in the B-tree.
    constexpr int RowsPerBatch = 128;
    QByteArray sql(
        "INSERT OR IGNORE INTO person_name_grams (gram, person_id, household_id) VALUES (?, ?, ?)");
    Statement single;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &single.statement, nullptr) != SQLITE_OK)
        return failed();
    for (int row = 1; row < RowsPerBatch; ++row)
        sql += ", (?, ?, ?)";
    Statement batch;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &batch.statement, nullptr) != SQLITE_OK)
        return failed();

    char texts[RowsPerBatch][8];
    size_t next = 0;
    while (next < grams.size()) {
        const bool full = grams.size() - next >= size_t(RowsPerBatch);
        sqlite3_stmt* insert = full ? batch.statement : single.statement;
        const int rows = full ? RowsPerBatch : 1;
        for (int row = 0; row < rows; ++row, ++next) {
            const Gram& gram = grams[next];
            const auto first = char32_t(gram.key >> 22);
            const quint64 second = gram.key & ((quint64(1) << 22) - 1);
            int size = appendUtf8(texts[row], first);
            if (second)
                size += appendUtf8(texts[row] + size, char32_t(second - 1));
            const auto& [id, household] = persons[gram.person];
            sqlite3_bind_text(insert, row * 3 + 1, texts[row], size, SQLITE_STATIC);
            sqlite3_bind_int64(insert, row * 3 + 2, id);
            sqlite3_bind_int64(insert, row * 3 + 3, household);
        }
        rc = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (rc != SQLITE_DONE)
            return failed();
    }
    return {};
}

} // namespace anju::registry
