#include "income/SafetyNetTab.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "domain/Enums.h"
#include "income/IncomeSettings.h"
#include "income/SafetyNetChangeDialog.h"
#include "income/SafetyNetEnrolDialog.h"
#include "income/SafetyNetRepository.h"
#include "income/SafetyNetRules.h"
#include "income/SafetyNetService.h"
#include "registry/SiteRepository.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

namespace {

QString yuan(income::Fen fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

QTableWidget* makeTable(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}

void fill(QTableWidget* table, int row, const QStringList& texts)
{
    for (int c = 0; c < texts.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(texts.at(c)));
}

} // namespace

SafetyNetTab::SafetyNetTab(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("safetyNetTab"));
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("safetyNetDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* dayLabel = new QLabel(tr("&On:"), this);
    dayLabel->setBuddy(m_day);
    m_scheme = new QComboBox(this);
    m_scheme->setObjectName(QStringLiteral("safetyNetSchemeFilter"));
    m_scheme->addItem(tr("All schemes"), QString());
    const income::IncomeSettings settings = income::IncomeSettings::load(db);
    for (auto it = settings.schemes.cbegin(); it != settings.schemes.cend(); ++it)
        m_scheme->addItem(it.value(), it.key());
    auto* schemeLabel = new QLabel(tr("S&cheme:"), this);
    schemeLabel->setBuddy(m_scheme);
    m_site = new QComboBox(this);
    // As narrow as a site name needs, not the longest one: the page must fit a 1280-pixel screen.
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_site->setMinimumContentsLength(14);
    m_site->setObjectName(QStringLiteral("safetyNetSiteFilter"));
    m_site->addItem(tr("All sites"), qint64(0));
    for (const Site& site : registry::SiteRepository(db).sites())
        m_site->addItem(site.name, site.id);
    auto* siteLabel = new QLabel(tr("Si&te:"), this);
    siteLabel->setBuddy(m_site);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("safetyNetTotals"));
    m_totals->setWordWrap(true);

    m_table = makeTable(this, "safetyNetEnrolments",
                        {tr("Person"), tr("Household"), tr("Site"), tr("Scheme"), tr("Amount (yuan)"),
                         tr("From"), tr("Until"), tr("Note")});
    m_exemptionTable =
        makeTable(this, "safetyNetExemptions",
                  {tr("Person"), tr("Household"), tr("Why not enrolled"), tr("From"), tr("Until")});
    m_enrol = new QPushButton(tr("&Enrol…"), this);
    m_enrol->setObjectName(QStringLiteral("safetyNetEnrol"));
    m_change = new QPushButton(tr("Change &amount…"), this);
    m_change->setObjectName(QStringLiteral("safetyNetChange"));
    m_end = new QPushButton(tr("E&nd…"), this);
    m_end->setObjectName(QStringLiteral("safetyNetEnd"));
    m_reason = new QPushButton(tr("&Record reason…"), this);
    m_reason->setObjectName(QStringLiteral("safetyNetRecordReason"));
    m_endReason = new QPushButton(tr("End rea&son…"), this);
    m_endReason->setObjectName(QStringLiteral("safetyNetEndReason"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(dayLabel);
    filters->addWidget(m_day);
    filters->addWidget(schemeLabel);
    filters->addWidget(m_scheme);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    filters->addStretch(1);
    filters->addWidget(m_enrol);
    filters->addWidget(m_change);
    filters->addWidget(m_end);
    auto* enrolments = new QWidget(this);
    auto* top = new QVBoxLayout(enrolments);
    top->setContentsMargins(0, 0, 0, 0);
    top->addLayout(filters);
    top->addWidget(m_totals);
    top->addWidget(m_table, 1);
    auto* exemptions = new QWidget(this);
    auto* bottom = new QVBoxLayout(exemptions);
    bottom->setContentsMargins(0, 0, 0, 0);
    auto* exemptionBar = new QHBoxLayout;
    exemptionBar->addWidget(new QLabel(tr("Recorded reasons for not enrolling (应兜尽兜 exemptions):"), this),
                            1);
    exemptionBar->addWidget(m_reason);
    exemptionBar->addWidget(m_endReason);
    bottom->addLayout(exemptionBar);
    bottom->addWidget(m_exemptionTable, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(enrolments);
    splitter->addWidget(exemptions);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    PermissionGate::apply(db, Action::WriteIncome, {m_enrol, m_change, m_end, m_reason, m_endReason});
    connect(m_day, &QDateEdit::dateChanged, this, &SafetyNetTab::refresh);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &SafetyNetTab::refresh);
    connect(m_site, &QComboBox::currentIndexChanged, this, &SafetyNetTab::refresh);
    connect(m_enrol, &QPushButton::clicked, this, &SafetyNetTab::enrol);
    connect(m_change, &QPushButton::clicked, this, &SafetyNetTab::changeAmount);
    connect(m_end, &QPushButton::clicked, this, &SafetyNetTab::endEnrolment);
    connect(m_reason, &QPushButton::clicked, this, &SafetyNetTab::recordReason);
    connect(m_endReason, &QPushButton::clicked, this, &SafetyNetTab::endReason);
    refresh();
}

void SafetyNetTab::setDay(QDate day)
{
    m_day->setDate(day); // refreshes when it changes
    refresh();
}

void SafetyNetTab::refresh()
{
    income::SafetyNetFilter filter;
    filter.scheme = m_scheme->currentData().toString();
    filter.siteId = m_site->currentData().toLongLong();
    const QDate day = m_day->date();
    const income::IncomeSettings settings = income::IncomeSettings::load(m_db);
    income::SafetyNetRepository repository(m_db);
    const auto rows = repository.enrolledOn(day, filter);
    m_rows = rows ? rows.value() : QList<income::SafetyNetRow>{};
    if (!rows) {
        m_totals->setText(rows.summary());
    } else {
        QStringList parts;
        for (const income::SchemeTotal& t : income::SafetyNetRules::totals(m_rows, settings)) {
            if (!filter.scheme.isEmpty() && t.scheme != filter.scheme)
                continue;
            parts << (t.oneOff > 0 ? tr("%1: %2 people, %3 yuan a month, %4 yuan one-off")
                                         .arg(t.name)
                                         .arg(t.people)
                                         .arg(yuan(t.monthly), yuan(t.oneOff))
                                   : tr("%1: %2 people, %3 yuan a month")
                                         .arg(t.name)
                                         .arg(t.people)
                                         .arg(yuan(t.monthly)));
        }
        m_totals->setText(parts.join(tr(" · ")));
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const income::SafetyNetRow& r = m_rows.at(i);
        const income::SafetyNetEnrolment& e = r.enrolment;
        fill(m_table, i,
             {r.personName, r.householdNumber, r.siteName, settings.schemeName(e.scheme),
              e.amountKind == income::AmountKind::OneOff ? tr("%1 (one-off)").arg(yuan(e.amount))
                                                         : yuan(e.amount),
              e.validFrom.toString(Qt::ISODate),
              e.amountKind == income::AmountKind::OneOff ? QString() : e.validTo.toString(Qt::ISODate),
              e.note});
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);

    const auto exemptions = repository.exemptionsOn(day, filter);
    m_exemptions = exemptions ? exemptions.value() : QList<income::SafetyNetExemptionRow>{};
    m_exemptionTable->setRowCount(int(m_exemptions.size()));
    for (int i = 0; i < m_exemptions.size(); ++i) {
        const income::SafetyNetExemptionRow& r = m_exemptions.at(i);
        fill(m_exemptionTable, i,
             {r.personName, r.householdNumber, r.exemption.reason,
              r.exemption.validFrom.toString(Qt::ISODate), r.exemption.validTo.toString(Qt::ISODate)});
    }
    m_exemptionTable->resizeColumnsToContents();
    m_exemptionTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

const income::SafetyNetRow* SafetyNetTab::currentRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void SafetyNetTab::enrol()
{
    SafetyNetEnrolDialog dialog(m_db, SafetyNetEnrolDialog::Mode::Enrol, m_day->date(), this);
    connect(&dialog, &SafetyNetEnrolDialog::saved, this, &SafetyNetTab::refresh);
    dialog.exec();
}

void SafetyNetTab::changeAmount()
{
    const income::SafetyNetRow* row = currentRow();
    if (!row || row->enrolment.amountKind == income::AmountKind::OneOff) {
        MessageBox::information(this, tr("Change the monthly amount"),
                                tr("Choose a monthly enrolment in the list first."));
        return;
    }
    SafetyNetChangeDialog dialog(m_db, SafetyNetChangeDialog::Mode::ChangeAmount, *row, m_day->date(), this);
    connect(&dialog, &SafetyNetChangeDialog::saved, this, &SafetyNetTab::refresh);
    dialog.exec();
}

void SafetyNetTab::endEnrolment()
{
    const income::SafetyNetRow* row = currentRow();
    if (!row || row->enrolment.amountKind == income::AmountKind::OneOff) {
        MessageBox::information(this, tr("End the enrolment"),
                                tr("Choose a monthly enrolment in the list first."));
        return;
    }
    SafetyNetChangeDialog dialog(m_db, SafetyNetChangeDialog::Mode::End, *row, m_day->date(), this);
    connect(&dialog, &SafetyNetChangeDialog::saved, this, &SafetyNetTab::refresh);
    dialog.exec();
}

void SafetyNetTab::recordReason()
{
    SafetyNetEnrolDialog dialog(m_db, SafetyNetEnrolDialog::Mode::Exempt, m_day->date(), this);
    connect(&dialog, &SafetyNetEnrolDialog::saved, this, &SafetyNetTab::refresh);
    dialog.exec();
}

void SafetyNetTab::endReason()
{
    const int row = m_exemptionTable->currentRow();
    if (row < 0 || row >= m_exemptions.size()) {
        MessageBox::information(this, tr("End the reason"), tr("Choose a reason in the list first."));
        return;
    }
    const income::SafetyNetExemptionRow& r = m_exemptions.at(row);
    const QDate day = m_day->date();
    if (MessageBox::question(
            this, tr("End the reason"),
            tr("End the reason recorded for %1 on %2? From that day %1 may be a 应兜尽兜 finding "
               "again.")
                .arg(r.personName, day.toString(Qt::ISODate)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto ended = income::SafetyNetService(m_db).endExemption(r.exemption.id, day);
    if (!ended) {
        MessageBox::warning(this, tr("End the reason"), ended.summary());
        return;
    }
    refresh();
}

} // namespace anju
