#include "work/BeneficiaryDialog.h"

#include "widgets/FieldError.h"
#include "widgets/HouseholdSearchBox.h"
#include "work/IndustryRules.h"
#include "work/IndustryService.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

enum Column
{
    HouseholdColumn,
    SharesColumn,
    AmountColumn,
    BenefitColumn,
    ColumnCount
};

const QString BadStyle = QStringLiteral("border: 2px solid #c01c1c;");

} // namespace

BeneficiaryDialog::BeneficiaryDialog(const Database& db, const work::IndustryProject& project, int year,
                                     QWidget* parent)
    : QDialog(parent), m_db(db), m_project(project)
{
    setObjectName(QStringLiteral("beneficiaryDialog"));
    setWindowTitle(tr("Beneficiary households of %1").arg(project.name));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("beneficiaryYear"));
    m_year->setRange(2000, QDate::currentDate().year() + 5);
    m_year->setValue(year > 0 ? year : QDate::currentDate().year());
    m_search = new HouseholdSearchBox(db, this);
    m_search->searchField()->setPlaceholderText(
        tr("Name, ID number or household number: Enter to search, Enter again to add"));
    // Ahead of the search box's own filter: a second Enter on the same text adds the household chosen.
    m_search->searchField()->installEventFilter(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("beneficiaryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Household"), tr("Shares"), tr("Amount (yuan)"), tr("What it received")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setSectionResizeMode(HouseholdColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BenefitColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("Delete takes the chosen household off the list"));
    m_table->installEventFilter(this);
    m_error = FieldError::makeLabel(this);
    m_error->setObjectName(QStringLiteral("beneficiaryError"));
    auto* add = new QPushButton(tr("&Add household"), this);
    add->setAutoDefault(false);
    auto* remove = new QPushButton(tr("&Remove from the list"), this);
    remove->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Find:"), m_search);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    QPushButton* save = buttons->button(QDialogButtonBox::Ok);
    save->setObjectName(QStringLiteral("beneficiarySave"));
    save->setText(tr("&Save all"));
    save->setAutoDefault(false);
    save->setDefault(false);
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(project.model == work::IndustryModel::AssetShares
                                 ? tr("%1: %2 shares in all").arg(project.name).arg(project.totalShares)
                                 : project.name,
                             this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &BeneficiaryDialog::addChosen);
    connect(remove, &QPushButton::clicked, this, &BeneficiaryDialog::removeCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, &BeneficiaryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BeneficiaryDialog::reject);
    resize(std::max(sizeHint().width(), 860), std::max(sizeHint().height(), 480));
    m_search->setFocus();
}

bool BeneficiaryDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_search->searchField() && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            const QString text = m_search->searchField()->text().trimmed();
            if (!text.isEmpty() && text == m_searched && m_search->householdId() > 0) {
                addChosen();
                return true;
            }
            m_searched = text; // the search box searches it
            return false;
        }
        if (watched == m_table && key == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        // Enter walks a household's line: shares, amount, what it received, then back to the search for
        // the next household.
        const QVariant column = watched->property("entryColumn");
        if (column.isValid() && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
            const int row = watched->property("entryRow").toInt();
            QWidget* next = column.toInt() == SharesColumn   ? static_cast<QWidget*>(amountEdit(row))
                            : column.toInt() == AmountColumn ? static_cast<QWidget*>(benefitEdit(row))
                                                             : static_cast<QWidget*>(m_search);
            focusField(next);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void BeneficiaryDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter belongs to the search and the lines: saving the list is a deliberate Alt+S.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return;
    QDialog::keyPressEvent(event);
}

QSpinBox* BeneficiaryDialog::sharesEdit(int row) const
{
    return qobject_cast<QSpinBox*>(m_table->cellWidget(row, SharesColumn));
}

QDoubleSpinBox* BeneficiaryDialog::amountEdit(int row) const
{
    return qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(row, AmountColumn));
}

QLineEdit* BeneficiaryDialog::benefitEdit(int row) const
{
    return qobject_cast<QLineEdit*>(m_table->cellWidget(row, BenefitColumn));
}

void BeneficiaryDialog::showError(const QString& message)
{
    if (message.isEmpty())
        FieldError::clear(nullptr, m_error);
    else
        FieldError::show(nullptr, m_error, message);
}

void BeneficiaryDialog::addChosen()
{
    const qint64 id = m_search->householdId();
    if (id <= 0)
        return;
    showError({});
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_table->item(i, HouseholdColumn)->data(Qt::UserRole).toLongLong() == id) {
            m_table->setCurrentCell(i, HouseholdColumn);
            showError(tr("Household %1 is on the list already.").arg(m_search->householdNumber()));
            return;
        }
    }
    const QListWidgetItem* hit = m_search->households()->currentItem();
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* household = new QTableWidgetItem(hit ? hit->text() : m_search->householdNumber());
    household->setToolTip(household->text());
    household->setData(Qt::UserRole, id);
    household->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, HouseholdColumn, household);
    auto* shares = new QSpinBox(m_table);
    shares->setRange(0, 100000000);
    shares->setEnabled(m_project.model == work::IndustryModel::AssetShares);
    m_table->setCellWidget(row, SharesColumn, shares);
    auto* amount = new QDoubleSpinBox(m_table);
    amount->setRange(0, 1e9);
    amount->setDecimals(2);
    m_table->setCellWidget(row, AmountColumn, amount);
    auto* benefit = new QLineEdit(m_table);
    benefit->setPlaceholderText(tr("e.g. dividend, wages, seedlings"));
    m_table->setCellWidget(row, BenefitColumn, benefit);
    for (QWidget* w :
         {static_cast<QWidget*>(shares), static_cast<QWidget*>(amount), static_cast<QWidget*>(benefit)}) {
        w->setProperty("entryRow", row);
        w->installEventFilter(this);
    }
    shares->setProperty("entryColumn", int(SharesColumn));
    amount->setProperty("entryColumn", int(AmountColumn));
    benefit->setProperty("entryColumn", int(BenefitColumn));
    m_table->scrollToBottom();
    m_search->searchField()->clear();
    m_searched.clear();
    m_search->households()->clear();
    // On to what the household received; Enter on its last field comes back to the search.
    focusField(shares->isEnabled() ? static_cast<QWidget*>(shares) : static_cast<QWidget*>(amount));
}

void BeneficiaryDialog::focusField(QWidget* field)
{
    field->setFocus();
    // What is typed replaces the 0 there, as in a sheet's cell.
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(field))
        spin->selectAll();
}

void BeneficiaryDialog::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

QList<work::BeneficiaryEntry> BeneficiaryDialog::entries() const
{
    QList<work::BeneficiaryEntry> list;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        work::BeneficiaryEntry e;
        e.householdId = m_table->item(i, HouseholdColumn)->data(Qt::UserRole).toLongLong();
        e.shares = sharesEdit(i)->value();
        e.amount = qRound64(amountEdit(i)->value() * 100);
        e.benefit = benefitEdit(i)->text().trimmed();
        list.append(e);
    }
    return list;
}

void BeneficiaryDialog::accept()
{
    m_year->setStyleSheet(QString());
    for (int i = 0; i < m_table->rowCount(); ++i) {
        sharesEdit(i)->setStyleSheet(QString());
        m_table->item(i, HouseholdColumn)->setForeground(QBrush());
        m_table->item(i, HouseholdColumn)->setToolTip(QString());
    }
    if (m_table->rowCount() == 0) {
        showError(tr("Find a household and press Enter twice to put it on the list."));
        m_search->setFocus();
        return;
    }
    const auto recorded = work::IndustryService(m_db).recordBeneficiaries(m_project.id, m_year->value(),
                                                                          entries(), m_recordedOn);
    if (!recorded) {
        QStringList messages;
        for (const Violation& v : recorded.violations()) {
            messages.append(v.message);
            if (v.field == QLatin1String(Field::IndustryYear))
                m_year->setStyleSheet(BadStyle);
            if (v.row < 0 || v.row >= m_table->rowCount())
                continue;
            m_table->item(v.row, HouseholdColumn)->setForeground(QColor(0xc0, 0x1c, 0x1c));
            m_table->item(v.row, HouseholdColumn)->setToolTip(v.message);
            if (v.field == QLatin1String(Field::IndustryShares))
                sharesEdit(v.row)->setStyleSheet(BadStyle);
        }
        showError(messages.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

} // namespace anju
