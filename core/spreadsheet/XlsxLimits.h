#pragma once

#include <QtGlobal>

namespace anju {

// What an .xlsx may unpack to and hold, measured against the largest roster the program is for: a
// province of 1,000,000 persons (about 300,000 households) in one workbook. Past these the file is
// refused with a message; below them the reader's memory stays bounded whatever the file holds
// (docs/security.md states the bound and tests/cli/tst_xlsxbombs.cpp holds it under `ulimit -v`).
struct XlsxLimits
{
    static constexpr qint64 MiB = 1024 * 1024;

    // Parts are streamed, so these bound time, not memory. A province's sheet is about 1,000,000 rows
    // of 20-30 cells, 1-2.5 GB of XML; Excel's own maximum sheet (1,048,576 rows) fits in 4 GiB.
    static constexpr qint64 MaxSheetPart = 4096 * MiB;
    // Excel writes every distinct text once here: a province's names, ID numbers, phones and addresses
    // are 3-4 million strings, 150-250 MB of XML even with rich-text runs.
    static constexpr qint64 MaxSharedStringsPart = 1024 * MiB;
    // Excel allows 64,000 cell formats: a few MB of XML; the worst bloated workbooks seen are ~30 MB.
    static constexpr qint64 MaxStylesPart = 64 * MiB;
    // The workbook (sheet names) and relationship parts are a few KB, even with thousands of sheets.
    static constexpr qint64 MaxSmallPart = 16 * MiB;

    // What the shared-string table may hold in memory (4 bytes of index and 2 bytes a character):
    // at most 32 MiB + 128 MiB. The province needs about 3.5 million strings of 45 million characters.
    static constexpr qint64 MaxSharedStrings = 8 * 1024 * 1024;
    static constexpr qint64 MaxSharedStringCharacters = 64 * 1024 * 1024;
    // One row is held at a time; a roster row has 20-40 cells of a few characters, so 1,048,576
    // characters (32 full cells) is far beyond any, and keeps a row of 16,384 full cells (1 GB) out.
    static constexpr qint64 MaxRowCharacters = 1024 * 1024;
    // Excel's limit of cell formats (styles.xml <cellXfs>) and of custom number formats.
    static constexpr qint64 MaxCellFormats = 65536;
    // No sheet name, relationship or other item comes near these counts in a real workbook.
    static constexpr qint64 MaxSheets = 10000;
    static constexpr qint64 MaxRelationships = 100000;

    // The XML parser holds one token (a text run, a tag, a comment) whole: no token may be longer than
    // this many bytes. The longest a cell's text can be written is 32,767 characters as 8-byte
    // character references (262,136 bytes); a real tag is under 2 KB. Whitespace between elements is
    // a token too, so gigabytes of it stop here.
    static constexpr qint64 MaxXmlToken = 1 * MiB;
    // An .xlsx nests elements 5-8 deep; the parser keeps a stack entry for each open element.
    static constexpr int MaxXmlDepth = 256;
};

} // namespace anju
