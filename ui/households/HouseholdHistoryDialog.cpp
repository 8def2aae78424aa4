#include "households/HouseholdHistoryDialog.h"

#include "audit/AuditChanges.h"
#include "audit/AuditLog.h"
#include "database/Database.h"
#include "registry/HouseholdRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
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
    FieldName,
    Before,
    After,
    ColumnCount
};

} // namespace

HouseholdHistoryDialog::HouseholdHistoryDialog(const Database& db, qint64 householdId, QWidget* parent)
    : QDialog(parent)
{
    const std::optional<Household> household = registry::HouseholdRepository(db).household(householdId);
    setWindowTitle(household ? tr("History of household %1").arg(household->number) : tr("History"));
    QHash<qint64, QString> names;
    if (household) {
        for (const Person& p : household->members)
            names.insert(p.id, p.name);
    }

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Change"), tr("Record"), tr("Field"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    const QList<AuditEntry> entries = AuditLog(db).householdHistory(householdId);
    for (const AuditEntry& e : entries) {
        const QString when = e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString record = e.recordType == QLatin1String("households")
                             ? tr("This household")
                             : AuditLog::recordTypeLabel(e.recordType);
        if (e.recordType == QLatin1String("persons")) {
            QString name = names.value(e.recordId);
            if (name.isEmpty() && e.changes.contains(QStringLiteral("name")))
                name = e.changes.value(QStringLiteral("name")).toArray().at(1).toString();
            record = name.isEmpty() ? record : tr("Member %1").arg(name);
        }
        // One line per changed field; the first of an entry carries its time, user and kind.
        bool first = true;
        for (const AuditChange& change : AuditChanges::of(e)) {
            if (change.isKey)
                continue;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells = {first ? when : QString(),
                                       first ? e.userName : QString(),
                                       first ? AuditLog::actionLabel(e.action) : QString(),
                                       first ? record : QString(),
                                       change.label,
                                       change.before,
                                       change.after};
            for (int c = 0; c < ColumnCount; ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
            first = false;
        }
    }
    // The values may be long (an address, a village): they share the room left by the short columns.
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6);
    for (int c = When; c < Before; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Before, QHeaderView::Stretch);
    header->setSectionResizeMode(After, QHeaderView::Stretch);

    auto* note =
        new QLabel(entries.isEmpty() ? tr("No changes are on record for this household.")
                                     : tr("%n change(s), oldest first.", nullptr, int(entries.size())),
                   this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

} // namespace anju
