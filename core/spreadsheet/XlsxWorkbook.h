#pragma once

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

    // False with a message when the zip is no workbook or its workbook part is damaged.
    bool load(const ZipArchive& zip, QString* error);

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
    bool readRelationships(const ZipArchive& zip, const QString& sourcePart, QList<Relationship>& out,
                           QString* error) const;
    QString findWorkbookPart(const ZipArchive& zip, QString* error) const;
    bool readWorkbook(const ZipArchive& zip, const QString& part, QList<QString>& sheetRelationIds,
                      QString* error);

    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStringsPart;
    QString m_stylesPart;
};

} // namespace anju
