#include "grids/CaseDialog.h"

#include "database/Database.h"
#include "domain/Enums.h"
#include "grids/CaseService.h"
#include "grids/GridRepository.h"
#include "grids/VisitEnums.h"
#include "grids/VisitRules.h"
#include "registry/HouseholdRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace anju {

CaseDialog::CaseDialog(const Database& db, qint64 gridId, qint64 siteId, QDate today, QWidget* parent)
    : QDialog(parent), m_db(db), m_gridId(gridId), m_siteId(siteId), m_today(today)
{
    setWindowTitle(tr("Receive a case"));
    m_kind = new QComboBox(this);
    for (const auto& info : enumInfos<grids::CaseKind>())
        m_kind->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("e.g. water leaking into the stairwell of building 3"));
    m_households = new QLineEdit(this);
    m_households->setPlaceholderText(tr("household numbers, separated by spaces or commas"));
    m_persons = new QListWidget(this);
    m_persons->setObjectName(QStringLiteral("casePersons"));
    m_persons->setMaximumHeight(fontMetrics().height() * 5);
    m_reporter = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_received = new QDateEdit(today, this);
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setMaximumDate(today);
    m_deadline = new QLabel(this);
    m_deadline->setObjectName(QStringLiteral("caseDeadline"));
    m_handler = new QComboBox(this);
    fillHandlers(db, m_handler, gridId, siteId, today);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().height() * 5);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("&Kind:"), m_kind, "caseKind");
    m_errors.addRow(form, this, tr("&About:"), m_title, "caseTitle", QLatin1String(Field::CaseTitle));
    m_errors.addRow(form, this, tr("&Households:"), m_households, "caseHouseholds",
                    QLatin1String(Field::CaseHouseholds));
    form->addRow(tr("&Persons:"), m_persons);
    m_errors.addRow(form, this, tr("&Reporter:"), m_reporter, "caseReporter");
    m_errors.addRow(form, this, tr("P&hone:"), m_phone, "casePhone");
    m_errors.addRow(form, this, tr("Received &on:"), m_received, "caseReceived",
                    QLatin1String(Field::CaseReceived));
    form->addRow(tr("Deadline:"), m_deadline);
    m_errors.addRow(form, this, tr("Ha&ndler:"), m_handler, "caseHandler", QLatin1String(Field::CaseHandler));
    m_errors.addRow(form, this, tr("&Description:"), m_description, "caseDescription");
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Receive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
    connect(m_households, &QLineEdit::editingFinished, this, &CaseDialog::findHouseholds);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseDialog::updateDeadline);
    connect(m_received, &QDateEdit::dateChanged, this, &CaseDialog::updateDeadline);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    updateDeadline();
}

void CaseDialog::fillHandlers(const Database& db, QComboBox* box, qint64 gridId, qint64 siteId, QDate day)
{
    box->clear();
    box->addItem(tr("(not yet named)"), 0);
    const grids::GridRepository repository(db);
    QList<qint64> gridIds;
    if (gridId > 0) {
        gridIds.append(gridId);
    } else if (const auto grids = repository.grids(siteId, day)) {
        for (const grids::GridSummary& g : grids.value())
            gridIds.append(g.grid.id);
    }
    for (qint64 id : std::as_const(gridIds)) {
        const auto staff = repository.staff(id, day);
        if (!staff)
            continue;
        for (const grids::StaffMember& s : staff.value())
            if (s.role == grids::StaffRole::GridWorker || s.role == grids::StaffRole::GridLeader)
                box->addItem(tr("%1 (%2)").arg(s.name, enumLabel(s.role)), s.id);
    }
}

void CaseDialog::setKind(grids::CaseKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void CaseDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

void CaseDialog::setHouseholdNumbers(const QString& numbers)
{
    m_households->setText(numbers);
    findHouseholds();
}

void CaseDialog::setReceivedOn(QDate day)
{
    m_received->setDate(day);
}

QString CaseDialog::deadlineText() const
{
    return m_deadline->text();
}

void CaseDialog::findHouseholds()
{
    static const QRegularExpression separators(QStringLiteral("[\\s,，、;；]+"));
    const QStringList numbers = m_households->text().split(separators, Qt::SkipEmptyParts);
    const registry::HouseholdRepository repository(m_db);
    QList<qint64> ids;
    m_unknownNumbers.clear();
    m_householdsSite = 0;
    QList<Person> persons;
    for (const QString& number : numbers) {
        const auto household = repository.householdByNumber(number);
        if (!household) {
            m_unknownNumbers.append(number);
            continue;
        }
        if (ids.contains(household->id))
            continue;
        ids.append(household->id);
        if (m_householdsSite == 0)
            m_householdsSite = household->siteId;
        for (const Person& p : household->members)
            if (p.isActive())
                persons.append(p);
    }
    if (ids == m_householdIds)
        return;
    m_householdIds = ids;
    m_persons->clear();
    for (const Person& p : std::as_const(persons)) {
        auto* item = new QListWidgetItem(p.name, m_persons);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void CaseDialog::updateDeadline()
{
    const auto kind = static_cast<grids::CaseKind>(m_kind->currentData().toInt());
    const grids::VisitRules rules = grids::VisitRules::load(m_db);
    const QDate deadline = rules.caseDeadline(kind, m_received->date());
    m_deadline->setText(tr("%1 (%n day(s) for this kind)", nullptr, rules.caseDeadlineDays.value(kind))
                            .arg(deadline.toString(Qt::ISODate)));
}

void CaseDialog::accept()
{
    findHouseholds();
    if (!m_unknownNumbers.isEmpty()) {
        m_errors.show(
            Outcome::failure(QLatin1String(Field::CaseHouseholds),
                             tr("No household has the number %1.").arg(m_unknownNumbers.join(tr(", ")))));
        return;
    }
    grids::GridCase c;
    c.siteId = m_siteId > 0 ? m_siteId : m_householdsSite;
    c.gridId = m_gridId;
    c.kind = static_cast<grids::CaseKind>(m_kind->currentData().toInt());
    c.title = m_title->text();
    c.description = m_description->toPlainText();
    c.reporterName = m_reporter->text();
    c.reporterPhone = m_phone->text();
    c.receivedOn = m_received->date();
    c.handlerStaffId = m_handler->currentData().toLongLong();
    c.householdIds = m_householdIds;
    for (int i = 0; i < m_persons->count(); ++i)
        if (m_persons->item(i)->checkState() == Qt::Checked)
            c.personIds.append(m_persons->item(i)->data(Qt::UserRole).toLongLong());
    const Result<grids::GridCase> saved = grids::CaseService(m_db).receive(c, m_today);
    if (!m_errors.show(saved))
        return;
    m_case = saved.value();
    emit caseReceived(m_case.id);
    QDialog::accept();
}

} // namespace anju
