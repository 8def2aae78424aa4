#include "import/ImportSourcePage.h"

#include "exchange/MoveInDate.h"
#include "import/ImportMappingTable.h"
#include "registry/SiteRepository.h"
#include "widgets/FieldError.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anju {

namespace {
constexpr int HeaderRowDelayMs = 400; // typing "12" asks once, not for row 1 and then row 12
constexpr int ExcelRows = 1048576;
} // namespace

ImportSourcePage::ImportSourcePage(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_choose = new QPushButton(tr("&Choose another file…"), this);
    m_choose->setObjectName(QStringLiteral("chooseImportFile"));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setRange(1, ExcelRows);
    m_headerRow->setToolTip(tr("The row of the sheet that holds the column headers (姓名, 身份证号 …)"));
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_fileError = FieldError::makeLabel(this);
    m_fileError->setObjectName(QStringLiteral("importFileError"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheet);
    sheetRow->addSpacing(16);
    auto* headerLabel = new QLabel(tr("&Header in row:"), this);
    headerLabel->setBuddy(m_headerRow);
    sheetRow->addWidget(headerLabel);
    sheetRow->addWidget(m_headerRow);
    sheetRow->addSpacing(16);
    sheetRow->addWidget(m_format);
    sheetRow->addStretch(1);

    auto* sourceForm = new QFormLayout;
    sourceForm->addRow(tr("File:"), fileRow);
    auto* sheetLabel = new QLabel(tr("&Sheet:"), this);
    sheetLabel->setBuddy(m_sheet);
    sourceForm->addRow(sheetLabel, sheetRow);
    sourceForm->addRow(m_fileError);

    m_mapping = new ImportMappingTable(this);
    m_mappingError = FieldError::makeLabel(this);
    m_mappingError->setObjectName(QStringLiteral("importMappingError"));
    auto* columns = new QGroupBox(tr("Columns"), this);
    auto* columnsLayout = new QVBoxLayout(columns);
    auto* columnsHint = new QLabel(tr("Where each field is in the file. Fields marked * are required; "
                                      "columns not chosen here are not imported."),
                                   columns);
    columnsHint->setWordWrap(true);
    columnsLayout->addWidget(columnsHint);
    columnsLayout->addWidget(m_mapping, 1);
    columnsLayout->addWidget(m_mappingError);

    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("importDefaultSite"));
    auto* siteLabel = new QLabel(tr("Default &site for rows without one:"), this);
    siteLabel->setBuddy(m_site);
    m_siteError = FieldError::makeLabel(this);
    m_siteError->setObjectName(QStringLiteral("importSiteError"));
    auto* siteRow = new QHBoxLayout;
    siteRow->addWidget(siteLabel);
    siteRow->addWidget(m_site);
    siteRow->addWidget(m_siteError);
    siteRow->addStretch(1);
    loadSites();

    // Asked once for the whole file: many offices keep no move-in date column.
    m_movedIn = new OptionalDateEdit(this);
    m_movedIn->setObjectName(QStringLiteral("importMovedIn"));
    m_movedIn->setToolTip(tr("The date the households moved in, for every household whose rows give none; "
                             "the site's move-in date when it has one"));
    auto* movedInLabel = new QLabel(tr("&Move-in date for households without one:"), this);
    movedInLabel->setBuddy(m_movedIn);
    m_movedInError = FieldError::makeLabel(this);
    m_movedInError->setObjectName(QStringLiteral("importMovedInError"));
    auto* movedInRow = new QHBoxLayout;
    movedInRow->addWidget(movedInLabel);
    movedInRow->addWidget(m_movedIn);
    movedInRow->addWidget(m_movedInError);
    movedInRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sourceForm);
    layout->addWidget(columns, 1);
    layout->addLayout(siteRow);
    layout->addLayout(movedInRow);

    m_headerRowDelay.setSingleShot(true);
    m_headerRowDelay.setInterval(HeaderRowDelayMs);
    connect(&m_headerRowDelay, &QTimer::timeout, this,
            [this] { emit headerRowChosen(sheetIndex(), headerRow()); });
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this] { m_headerRowDelay.start(); });
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_headerRowDelay.stop();
        emit sheetChosen(index);
    });
    connect(m_choose, &QPushButton::clicked, this, &ImportSourcePage::chooseFileRequested);
    connect(m_mapping, &ImportMappingTable::mappingChanged, this, [this] {
        offerMovedIn();
        emit changed();
    });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        offerMovedIn();
        emit changed();
    });
    connect(m_movedIn, &QDateEdit::dateChanged, this, &ImportSourcePage::changed);
}

void ImportSourcePage::loadSites()
{
    m_site->clear();
    m_site->addItem(tr("(none: every row names its site)"), QString());
    for (const Site& site : registry::SiteRepository(m_db).sites())
        m_site->addItem(tr("%1 %2").arg(site.code, site.name), site.code);
}

void ImportSourcePage::presetSite(const exchange::ColumnMapping& mapping)
{
    // With no site column and one site on file, every row can only mean that site.
    if (mapping.value(exchange::RosterField::Site, -1) < 0 && m_site->count() == 2)
        m_site->setCurrentIndex(1);
}

void ImportSourcePage::offerMovedIn()
{
    // The site's own date when the file has no date column, unless the clerk typed another one; a file
    // with the column gets no date unasked, so an empty cell stays an error the clerk sees.
    if (m_movedIn->value().isValid() && m_movedIn->value() != m_offeredMovedIn)
        return;
    m_offeredMovedIn = exchange::MoveInDate::isNeeded(m_mapping->mapping())
                           ? exchange::MoveInDate::offeredFor(m_db, defaultSite())
                           : QDate();
    m_movedIn->setValue(m_offeredMovedIn);
}

void ImportSourcePage::showReading(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_format->setText(tr("Reading the file…"));
    FieldError::clear(m_headerRow, m_fileError);
}

void ImportSourcePage::showInspection(const FileInspection& inspection)
{
    m_file->setText(QDir::toNativeSeparators(inspection.path));
    {
        const QSignalBlocker sheetBlocker(m_sheet);
        const QSignalBlocker rowBlocker(m_headerRow);
        m_sheet->clear();
        m_sheet->addItems(inspection.sheetNames);
        m_sheet->setCurrentIndex(inspection.sheetIndex);
        m_sheet->setEnabled(inspection.sheetNames.size() > 1);
        if (inspection.headerRow > 0)
            m_headerRow->setValue(inspection.headerRow);
        m_headerRow->setEnabled(inspection.readable);
    }
    m_headerRowDelay.stop();
    if (!inspection.readable)
        m_format->clear();
    else if (inspection.formatName == QLatin1String("xlsx"))
        m_format->setText(tr("Excel workbook"));
    else
        m_format->setText(
            tr("CSV text in %1")
                .arg(inspection.formatName.section(QLatin1Char('('), 1).remove(QLatin1Char(')'))));
    m_headerFound = inspection.headerRow > 0;
    if (inspection.error.isEmpty())
        FieldError::clear(m_headerRow, m_fileError);
    else
        FieldError::show(inspection.readable ? m_headerRow : nullptr, m_fileError, inspection.error);
    m_mapping->setHeaders(inspection.headers, inspection.mapping, inspection.firstRow);
    m_mapping->setEnabled(m_headerFound);
    presetSite(inspection.mapping);
    offerMovedIn();
    problems();
}

int ImportSourcePage::sheetIndex() const
{
    return m_sheet->currentIndex();
}

int ImportSourcePage::headerRow() const
{
    return m_headerRow->value();
}

exchange::ColumnMapping ImportSourcePage::mapping() const
{
    return m_mapping->mapping();
}

QString ImportSourcePage::defaultSite() const
{
    return m_site->currentData().toString();
}

QDate ImportSourcePage::movedIn() const
{
    return m_movedIn->value();
}

QStringList ImportSourcePage::problems()
{
    if (!m_headerFound) {
        FieldError::clear(nullptr, m_mappingError);
        return {m_fileError->text().isEmpty() ? tr("The file has no header yet.") : m_fileError->text()};
    }
    QStringList found = m_mapping->problems();
    if (found.isEmpty())
        FieldError::clear(nullptr, m_mappingError);
    else
        FieldError::show(nullptr, m_mappingError, found.join(QLatin1Char('\n')));
    // Without either, every household would be rejected for naming no site.
    if (m_mapping->mapping().value(exchange::RosterField::Site, -1) < 0 && defaultSite().isEmpty()) {
        const QString why = m_site->count() > 1
                                ? tr("The file has no site column: choose the site its households live in.")
                                : tr("The file has no site column and no site is entered yet: enter the site "
                                     "first (Sites and "
                                     "buildings), or add a site column to the file.");
        FieldError::show(m_site, m_siteError, why);
        found.append(why);
    } else {
        FieldError::clear(m_site, m_siteError);
    }
    // Without the column or a date, every household would be rejected for lacking it.
    const exchange::ColumnMapping mapping = m_mapping->mapping();
    if (const Outcome dated = exchange::MoveInDate::problem(mapping, movedIn(), QDate::currentDate());
        !dated) {
        const QString why = movedIn().isValid()
                                ? dated.summary()
                                : tr("The file has no move-in date column: enter the date its households "
                                     "moved in.");
        FieldError::show(m_movedIn, m_movedInError, why);
        found.append(why);
    } else {
        FieldError::clear(m_movedIn, m_movedInError);
    }
    return found;
}

} // namespace anju
