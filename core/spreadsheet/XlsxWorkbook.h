#pragma once

#include "domain/Violation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace anju {

class ZipArchive;

// The structure of an .xlsx: its sheets in tab order and where their parts are, found through the
// relationship parts rather than [Content_Types].xml or fixed names.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(anju::XlsxWorkbook)

public:
    struct Sheet
    {
        QString name;
        QString part; // "xl/worksheets/sheet1.xml"; empty when the workbook names no target
        bool hidden = false;
    };

    // Fails with a message when the zip is no workbook or its workbook part is damaged.
    [[nodiscard]] Outcome load(const ZipArchive& zip);

    const QList<Sheet>& sheets() const { return m_sheets; }
    bool date1904() const { return m_date1904; }
    QString sharedStringsPart() const { return m_sharedStringsPart; }
    QString stylesPart() const { return m_stylesPart; }

    // A relationship target resolved against the part that refers to it: "worksheets/sheet1.xml" from
    // "xl/workbook.xml" is "xl/worksheets/sheet1.xml"; "/xl/worksheets/sheet1.xml" is absolute.
    static QString resolveTarget(const QString& sourcePart, const QString& target);

private:
    struct Relationship
    {
        QString id;
        QString type; // the last segment of the type URI: "worksheet", "sharedStrings", "styles"
        QString target;
    };
    // Appends the relationships read, also those before damage in the part.
    Outcome readRelationships(const ZipArchive& zip, const QString& sourcePart,
                              QList<Relationship>& out) const;
    Result<QString> findWorkbookPart(const ZipArchive& zip) const;
    // Reads the sheets (into m_sheets) and the date system; the sheets' relationship ids, in tab order.
    Result<QList<QString>> readWorkbook(const ZipArchive& zip, const QString& part);

    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStringsPart;
    QString m_stylesPart;
};

} // namespace anju
