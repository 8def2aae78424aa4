#include "households/HouseholdHistoryDialog.h"

#include "audit/AuditLog.h"
#include "audittext/AuditNarrator.h"
#include "database/Database.h"
#include "registry/HouseholdRepository.h"

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
    Content,
    ColumnCount
};

} // namespace

HouseholdHistoryDialog::HouseholdHistoryDialog(const Database& db, qint64 householdId, QWidget* parent)
    : QDialog(parent)
{
    const std::optional<Household> household = registry::HouseholdRepository(db).household(householdId);
    setWindowTitle(household ? tr("History of household %1").arg(household->number) : tr("History"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Content")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    // One sentence per change, masked as the user's role sees identities; the fields on demand.
    const QList<AuditEntry> entries = AuditLog(db).householdHistory(householdId);
    for (const AuditSentence& s : AuditNarrator(db).narrate(entries)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {s.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   AuditNarrator::who(s.userName), s.text};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == Content)
                item->setToolTip(AuditNarrator::fullText(s));
            m_table->setItem(row, c, item);
        }
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Who, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Content, QHeaderView::Stretch);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setReadOnly(true);
    m_details->hide();
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* showDetails = new QPushButton(tr("&Details"), this);
    showDetails->setObjectName(QStringLiteral("historyShowDetails"));
    showDetails->setCheckable(true);
    showDetails->setAutoDefault(false);
    showDetails->setToolTip(tr("Show every changed field of the selected change"));
    connect(showDetails, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_table, &QTableWidget::cellDoubleClicked, showDetails,
            [showDetails] { showDetails->setChecked(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = m_table->selectedItems();
        m_details->setPlainText(
            selected.isEmpty() ? QString() : m_table->item(selected.first()->row(), Content)->toolTip());
    });

    auto* note =
        new QLabel(entries.isEmpty() ? tr("No changes are on record for this household.")
                                     : tr("%n change(s), oldest first.", nullptr, int(entries.size())),
                   this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(showDetails);
    bottom->addStretch();
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    resize(1000, 560);
}

} // namespace anju
