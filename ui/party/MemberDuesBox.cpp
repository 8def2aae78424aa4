#include "party/MemberDuesBox.h"

#include "domain/Enums.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyEnums.h"
#include "party/PartyRules.h"
#include "party/PartyService.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

QString monthText(QDate month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

MemberDuesBox::MemberDuesBox(const Database& db, FieldErrors& errors, QWidget* parent)
    : QWidget(parent), m_db(db), m_settings(party::PartySettings::load(db))
{
    auto* basisBox = new QGroupBox(tr("Monthly dues"), this);
    auto* form = new QFormLayout(basisBox);
    m_category = new QComboBox(basisBox);
    for (const auto& info : enumInfos<party::DuesCategory>())
        m_category->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_income = new QLineEdit(basisBox);
    m_income->setPlaceholderText(tr("yuan per month, after tax"));
    m_fixed = new QLineEdit(basisBox);
    m_fixed->setPlaceholderText(tr("yuan per month, as agreed"));
    m_fromMonth = new QDateEdit(QDate::currentDate(), basisBox);
    m_fromMonth->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_amount = new QLabel(basisBox);
    m_amount->setObjectName(QStringLiteral("duesAmount"));
    QFont bold = m_amount->font();
    bold.setBold(true);
    m_amount->setFont(bold);
    errors.addRow(form, basisBox, tr("&Category:"), m_category, "duesCategory",
                  QLatin1String(Field::MemberDues));
    errors.addRow(form, basisBox, tr("&Income:"), m_income, "duesIncome");
    errors.addRow(form, basisBox, tr("Agreed &amount:"), m_fixed, "duesFixed");
    errors.addRow(form, basisBox, tr("Applies &from:"), m_fromMonth, "duesFromMonth");
    form->addRow(tr("Dues per month:"), m_amount);

    m_payments = new QTableWidget(0, 3, this);
    m_payments->setObjectName(QStringLiteral("duesPayments"));
    m_payments->setHorizontalHeaderLabels({tr("Month"), tr("Amount (yuan)"), tr("Paid on")});
    m_payments->verticalHeader()->hide();
    m_payments->verticalHeader()->setDefaultSectionSize(m_payments->fontMetrics().height() + 10);
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payments->horizontalHeader()->setStretchLastSection(true);
    auto* paidBox = new QGroupBox(tr("Paid"), this);
    auto* paidLayout = new QVBoxLayout(paidBox);
    paidLayout->addWidget(m_payments);

    auto* owedBox = new QGroupBox(tr("Not paid"), this);
    m_arrears = new QListWidget(owedBox);
    m_arrears->setObjectName(QStringLiteral("duesArrears"));
    m_arrearsSummary = new QLabel(owedBox);
    m_arrearsSummary->setWordWrap(true);
    m_paidOn = new OptionalDateEdit(owedBox);
    m_paidOn->setObjectName(QStringLiteral("duesPaidOn"));
    m_paidOn->setValue(QDate::currentDate());
    m_record = new QPushButton(tr("Record &payment of ticked months"), owedBox);
    m_record->setObjectName(QStringLiteral("recordDues"));
    m_record->setAutoDefault(false);
    auto* paymentForm = new QFormLayout;
    m_paymentErrors.addRow(paymentForm, owedBox, tr("Paid o&n:"), m_paidOn, "duesPaidOnField",
                           QLatin1String(Field::DuesMonth));
    auto* general = FieldError::makeLabel(owedBox);
    m_paymentErrors.setGeneralLabel(general);
    auto* owedLayout = new QVBoxLayout(owedBox);
    owedLayout->addWidget(m_arrearsSummary);
    owedLayout->addWidget(m_arrears, 1);
    owedLayout->addLayout(paymentForm);
    owedLayout->addWidget(general);
    owedLayout->addWidget(m_record, 0, Qt::AlignRight);

    auto* left = new QVBoxLayout;
    left->addWidget(basisBox);
    left->addWidget(paidBox, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addWidget(owedBox, 2);

    connect(m_category, &QComboBox::currentIndexChanged, this, &MemberDuesBox::updateFields);
    connect(m_category, &QComboBox::activated, this, &MemberDuesBox::edited);
    for (QLineEdit* edit : {m_income, m_fixed}) {
        connect(edit, &QLineEdit::textChanged, this, &MemberDuesBox::updateAmount);
        connect(edit, &QLineEdit::textEdited, this, &MemberDuesBox::edited);
    }
    connect(m_fromMonth, &QDateEdit::dateChanged, this, &MemberDuesBox::edited);
    connect(m_record, &QPushButton::clicked, this, &MemberDuesBox::recordPayment);
}

party::DuesBasis MemberDuesBox::basis() const
{
    party::DuesBasis basis = m_member.dues;
    basis.category = static_cast<party::DuesCategory>(m_category->currentData().toInt());
    basis.monthlyIncome = party::PartyRules::parseYuan(m_income->text()).value_or(0);
    basis.fixedAmount = party::PartyRules::parseYuan(m_fixed->text()).value_or(0);
    const QDate month = m_fromMonth->date();
    basis.fromMonth = QDate(month.year(), month.month(), 1);
    return basis;
}

void MemberDuesBox::updateFields()
{
    const auto category = static_cast<party::DuesCategory>(m_category->currentData().toInt());
    const bool byIncome =
        category == party::DuesCategory::Employed || category == party::DuesCategory::Retired;
    m_income->setEnabled(byIncome);
    m_fixed->setEnabled(category == party::DuesCategory::Farmer);
    updateAmount();
}

void MemberDuesBox::updateAmount()
{
    m_amount->setText(tr("%1 yuan").arg(
        party::PartyRules::formatYuan(party::PartyRules::monthlyDues(basis(), m_settings.dues))));
}

void MemberDuesBox::load(const party::PartyMember& member)
{
    const QSignalBlocker blocker(this);
    m_member = member;
    m_category->setCurrentIndex(qMax(0, m_category->findData(static_cast<int>(member.dues.category))));
    m_income->setText(member.dues.monthlyIncome > 0 ? party::PartyRules::formatYuan(member.dues.monthlyIncome)
                                                    : QString());
    m_fixed->setText(member.dues.fixedAmount > 0 ? party::PartyRules::formatYuan(member.dues.fixedAmount)
                                                 : QString());
    m_fromMonth->setDate(member.dues.fromMonth.isValid() ? member.dues.fromMonth : QDate::currentDate());
    updateFields();

    const QList<party::DuesPayment> payments = party::PartyActivityRepository(m_db).payments(member.id);
    QSet<QDate> paid;
    m_payments->setRowCount(0);
    // Newest first: the months a secretary asks about are the recent ones.
    for (auto it = payments.crbegin(); it != payments.crend(); ++it) {
        paid.insert(it->month);
        const int row = m_payments->rowCount();
        m_payments->insertRow(row);
        m_payments->setItem(row, 0, new QTableWidgetItem(monthText(it->month)));
        auto* amount = new QTableWidgetItem(party::PartyRules::formatYuan(it->amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_payments->setItem(row, 1, amount);
        m_payments->setItem(row, 2, new QTableWidgetItem(it->paidOn.toString(Qt::ISODate)));
    }
    m_payments->resizeColumnsToContents();

    m_arrears->clear();
    // The months not paid through this one: this month can be paid now, but is owed only once it is over.
    const QDate thisMonth = party::PartyRules::monthStart(QDate::currentDate());
    const QList<QDate> unpaid = party::PartyRules::unpaidMonths(member, paid, thisMonth);
    QList<QDate> owed = unpaid;
    owed.removeAll(thisMonth);
    const party::Fen perMonth = party::PartyRules::monthlyDues(member.dues, m_settings.dues);
    for (const QDate& month : unpaid) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2 yuan").arg(monthText(month), party::PartyRules::formatYuan(perMonth)), m_arrears);
        item->setData(Qt::UserRole, month);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(month < thisMonth ? Qt::Checked : Qt::Unchecked);
    }
    if (unpaid.isEmpty())
        m_arrearsSummary->setText(tr("Every month is paid."));
    else if (owed.isEmpty())
        m_arrearsSummary->setText(
            tr("Nothing owed before this month. This month's dues can be recorded here."));
    else
        m_arrearsSummary->setText(
            tr("%n month(s) owed, %1 yuan in all. Tick the months paid now.", nullptr, int(owed.size()))
                .arg(party::PartyRules::formatYuan(perMonth * owed.size())));
    m_record->setEnabled(!unpaid.isEmpty());
    m_paidOn->setEnabled(!unpaid.isEmpty());
}

void MemberDuesBox::applyTo(party::PartyMember& member) const
{
    member.dues = basis();
}

bool MemberDuesBox::recordPayment()
{
    QList<QDate> months;
    for (int i = 0; i < m_arrears->count(); ++i) {
        if (m_arrears->item(i)->checkState() == Qt::Checked)
            months.append(m_arrears->item(i)->data(Qt::UserRole).toDate());
    }
    if (months.isEmpty()) {
        m_paymentErrors.show(Outcome::failure(QLatin1String(Field::DuesMonth), tr("Tick the months paid.")));
        return false;
    }
    const Outcome outcome =
        party::PartyService(m_db).recordDuesPayments(m_member.id, months, m_paidOn->value());
    if (!m_paymentErrors.show(outcome))
        return false;
    emit paymentRecorded();
    return true;
}

} // namespace anju
