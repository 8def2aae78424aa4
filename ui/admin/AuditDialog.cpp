#include "admin/AuditDialog.h"

#include "audittext/AuditFields.h"
#include "audittext/AuditNarrator.h"
#include "database/Database.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

enum Column
{
    When,
    Who,
    What,
    Record,
    Content,
    ColumnCount
};

// A record's name as the forms call it (AuditFields holds one name per audited table); the rows the
// program writes itself (logins, exports …) have no table.
QString recordTypeLabel(const QString& type)
{
    if (type.isEmpty())
        return AuditDialog::tr("Event");
    if (type == QLatin1String("event"))
        return AuditDialog::tr("Logins, exports and other events");
    QString name = AuditFields::recordName(type);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // English starts a cell with a capital; Chinese is unchanged
    return name;
}

} // namespace

AuditDialog::AuditDialog(const Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Audit trail"));
    const AuditLog log(db);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->addItem(tr("Everyone"), QString());
    for (const QString& name : log.userNames())
        m_user->addItem(name, name);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("auditType"));
    m_type->addItem(tr("All records and events"), QString());
    for (const QString& type : AuditFields::recordTypes())
        m_type->addItem(recordTypeLabel(type), type);
    m_type->addItem(recordTypeLabel(QStringLiteral("event")), QStringLiteral("event"));
    m_from = new OptionalDateEdit(this);
    m_to = new OptionalDateEdit(this);
    for (QComboBox* box : {m_user, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    for (OptionalDateEdit* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &AuditDialog::reload);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Record:"), this));
    filters->addWidget(m_type);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addStretch();

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Record"), tr("Content")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    // Details on demand: the selected sentence in full, each changed field on a line of its own.
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->hide();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_showDetails = new QPushButton(tr("&Details"), this);
    m_showDetails->setObjectName(QStringLiteral("auditShowDetails"));
    m_showDetails->setCheckable(true);
    m_showDetails->setAutoDefault(false);
    m_showDetails->setToolTip(tr("Show every changed field of the selected entry"));
    connect(m_showDetails, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditDialog::showSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { m_showDetails->setChecked(true); });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_more = new QPushButton(tr("Show &more"), this);
    m_more->setAutoDefault(false);
    connect(m_more, &QPushButton::clicked, this, &AuditDialog::showMore);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_more);
    bottom->addWidget(m_showDetails);
    bottom->addStretch();
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    resize(1200, 680);
    reload();
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.userName = m_user->currentData().toString();
    f.recordType = m_type->currentData().toString();
    f.from = m_from->value();
    f.to = m_to->value();
    return f;
}

void AuditDialog::reload()
{
    m_table->setRowCount(0);
    m_details->clear();
    m_loaded = 0;
    const AuditLog log(m_db);
    m_total = log.count(filter());
    append(log.page(filter(), 0, PageSize));
    // The short columns fit their text; the sentence takes the rest, elided, whole in its tooltip.
    for (int c = When; c < Content; ++c)
        m_table->resizeColumnToContents(c);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void AuditDialog::showSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    m_details->setPlainText(selected.isEmpty() ? QString()
                                               : m_table->item(selected.first()->row(), Content)->toolTip());
}

void AuditDialog::showMore()
{
    append(AuditLog(m_db).page(filter(), m_loaded, PageSize));
}

void AuditDialog::append(const Result<QList<AuditEntry>>& page)
{
    if (!page) {
        m_count->setText(page.summary());
        m_more->setEnabled(false);
        return;
    }
    // The page's names are looked up together, and rows that belong together make one sentence.
    for (const AuditSentence& s : AuditNarrator(m_db).narrate(page.value())) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {s.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   AuditNarrator::who(s.userName), AuditLog::actionLabel(s.action),
                                   recordTypeLabel(s.recordType), s.text};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == Content)
                item->setToolTip(AuditNarrator::fullText(s));
            m_table->setItem(row, c, item);
        }
    }
    m_loaded += int(page.value().size());
    m_count->setText(tr("%1 of %2 entries shown").arg(m_loaded).arg(m_total));
    m_more->setEnabled(m_loaded < m_total);
}

} // namespace anju
