#pragma once

#include "spreadsheet/CsvSniffer.h"
#include "spreadsheet/TableReader.h"

#include <QFile>
#include <QStringDecoder>

namespace anju {

// Reads a CSV file (RFC 4180: quoted fields with "" and line breaks) in chunks, decoding as it goes.
// Every cell is text: turning "4.30524E+17" or "1985年3月12日" into values is the importer's job.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(anju::CsvReader)

public:
    [[nodiscard]] Outcome open(const QString& path);

    QStringList sheetNames() const override { return {m_sheetName}; }
    bool selectSheet(int index) override;
    bool next(TableRow& row) override;
    QString error() const override { return m_error; }
    QList<MergedRange> merges() const override { return {}; }
    qint64 progressDone() const override { return m_file.pos(); }
    qint64 progressTotal() const override { return m_file.size(); }
    // "csv (UTF-8)", "csv (GB18030)", "csv (UTF-16LE)"
    QString formatName() const override;
    QChar delimiter() const { return m_delimiter; }

private:
    enum class End
    {
        Delimiter,
        Line,
        File,
        Failed
    };

    QStringDecoder makeDecoder() const;
    bool refill();
    bool ensureAvailable() { return m_pos < m_buffer.size() || refill(); }
    End readField(TableRow& row, int column, int recordLine);
    bool readQuoted(qint64& length);
    QStringView scanUnquoted(qint64& length);
    void appendToField(QStringView part, qint64& length);
    End consumeTerminator();
    void reportDecodingError(qsizetype firstNewCharacter);

    QFile m_file;
    QString m_sheetName;
    CsvSniffer::Format m_format;
    QStringDecoder m_decoder;
    QChar m_delimiter = u',';
    qint64 m_firstRecord = 0; // the byte after the BOM and after an Excel "sep=;" line
    int m_firstLine = 1;

    QByteArray m_bytes; // one chunk as read from the file
    QString m_buffer;   // decoded characters; those before m_pos are consumed
    qsizetype m_pos = 0;
    bool m_fileDone = false;
    int m_line = 1;  // the line m_pos is on
    QString m_field; // a field that spans chunks or holds "" escapes
    bool m_fieldInScratch = false;
    QString m_error;
};

} // namespace anju
