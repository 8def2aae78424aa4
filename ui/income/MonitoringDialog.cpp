#include "income/MonitoringDialog.h"

#include "database/Database.h"
#include "income/IncomeSettings.h"
#include "income/MonitoringDiscoveryFields.h"
#include "income/MonitoringRules.h"
#include "income/MonitoringService.h"
#include "income/OfficeCalendar.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

using namespace anju::income;
using Mode = MonitoringDialog::Mode;

namespace {

QDateEdit* dateEdit(QDate day, QWidget* parent)
{
    auto* edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QString key(const char* field)
{
    return QString::fromLatin1(field);
}

} // namespace

MonitoringDialog::MonitoringDialog(const Database& db, Mode mode, const MonitoringCase& c, QDate today,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_mode(mode), m_case(c), m_today(today), m_caseId(c.id)
{
    setObjectName(QStringLiteral("monitoringDialog"));
    setWindowTitle(title());
    const IncomeSettings settings = IncomeSettings::load(db);
    const MonitoringProgress progress = MonitoringRules::progress(c, settings);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* about = new QLabel(this);
    about->setWordWrap(true);
    if (mode != Mode::Discover)
        about->setText(tr("%1 %2 · %3 · %4")
                           .arg(c.householdNumber, c.headName, enumLabel(c.category), enumLabel(c.state)));

    m_date = dateEdit(today, this);
    m_date->setMaximumDate(mode == Mode::Notice || mode == Mode::Measure ? today.addYears(1) : today);
    m_text = new QPlainTextEdit(this);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(fontMetrics().height() * 4);

    switch (mode) {
    case Mode::Discover:
        m_discovery = new MonitoringDiscoveryFields(db, m_form, m_errors, m_date, m_text, this);
        break;
    case Mode::Decide: {
        auto* step =
            new QLabel(progress.current ? enumLabel(*progress.current) : tr("(no step is due)"), this);
        step->setObjectName(QStringLiteral("monitoringDueStep"));
        m_form->addRow(tr("Step due:"), step);
        if (const QString line = MonitoringRules::noticeLine(progress, today); !line.isEmpty()) {
            auto* lock = new QLabel(line, this);
            lock->setObjectName(QStringLiteral("monitoringLock"));
            lock->setStyleSheet(QStringLiteral("color: #b00000"));
            m_form->addRow(QString(), lock);
        }
        m_decision = new QComboBox(this);
        for (const auto& info : enumInfos<StepDecision>())
            m_decision->addItem(enumLabel(info.value), int(info.value));
        m_errors.addRow(m_form, this, tr("&Decision:"), m_decision, "monitoringDecision",
                        key(Field::MonitoringStep));
        m_errors.addRow(m_form, this, tr("Decided &on:"), m_date, "monitoringDate",
                        key(Field::MonitoringDate));
        m_decidedBy = new QLineEdit(this);
        m_errors.addRow(m_form, this, tr("Decided &by:"), m_decidedBy, "monitoringDecidedBy");
        m_errors.addRow(m_form, this, tr("&Reason or note:"), m_text, "monitoringText",
                        key(Field::MonitoringReason));
        break;
    }
    case Mode::Notice: {
        m_date->setDate(std::max(today, progress.currentStarted));
        m_until = dateEdit(today, this);
        m_until->setMaximumDate(today.addYears(1));
        m_errors.addRow(m_form, this, tr("Notice &from:"), m_date, "monitoringDate",
                        key(Field::MonitoringNoticeFrom));
        m_errors.addRow(m_form, this, tr("Notice &until:"), m_until, "monitoringUntil",
                        key(Field::MonitoringNoticeTo));
        m_hint = new QLabel(this);
        m_hint->setObjectName(QStringLiteral("monitoringNoticeHint"));
        m_hint->setWordWrap(true);
        m_form->addRow(QString(), m_hint);
        const OfficeCalendar calendar = OfficeCalendar::load(db);
        auto updateHint = [this, settings, calendar]() {
            const QDate earliest = MonitoringRules::earliestNoticeEnd(m_date->date(), settings, calendar);
            m_hint->setText(settings.noticeDayKind == NoticeDayKind::Working
                                ? tr("At least %1 working days: until %2 at the earliest.")
                                      .arg(settings.noticeDays)
                                      .arg(earliest.toString(Qt::ISODate))
                                : tr("At least %1 days: until %2 at the earliest.")
                                      .arg(settings.noticeDays)
                                      .arg(earliest.toString(Qt::ISODate)));
        };
        connect(m_date, &QDateEdit::dateChanged, this, [this, settings, calendar, updateHint]() {
            updateHint();
            m_until->setDate(MonitoringRules::earliestNoticeEnd(m_date->date(), settings, calendar));
        });
        m_until->setDate(MonitoringRules::earliestNoticeEnd(m_date->date(), settings, calendar));
        updateHint();
        break;
    }
    case Mode::Objection:
        m_errors.addRow(m_form, this, tr("Received &on:"), m_date, "monitoringDate",
                        key(Field::MonitoringDate));
        m_who = new QLineEdit(this);
        m_errors.addRow(m_form, this, tr("Raised &by:"), m_who, "monitoringWho");
        m_errors.addRow(m_form, this, tr("&Objection:"), m_text, "monitoringText",
                        key(Field::MonitoringObjection));
        break;
    case Mode::Settle:
        m_which = new QComboBox(this);
        for (const MonitoringObjection& o : c.objections)
            if (!o.settledOn.isValid())
                m_which->addItem(tr("%1: %2").arg(o.receivedOn.toString(Qt::ISODate), o.content), o.id);
        m_errors.addRow(m_form, this, tr("&Objection:"), m_which, "monitoringWhich");
        m_errors.addRow(m_form, this, tr("Settled &on:"), m_date, "monitoringDate",
                        key(Field::MonitoringDate));
        m_errors.addRow(m_form, this, tr("&Handling:"), m_text, "monitoringText",
                        key(Field::MonitoringHandling));
        break;
    case Mode::Measure:
        m_kind = new QComboBox(this);
        for (const auto& info : enumInfos<MeasureKind>())
            m_kind->addItem(enumLabel(info.value), int(info.value));
        m_errors.addRow(m_form, this, tr("&Kind:"), m_kind, "monitoringMeasureKind");
        m_errors.addRow(m_form, this, tr("&What:"), m_text, "monitoringText", key(Field::MonitoringMeasure));
        m_who = new QLineEdit(this);
        m_who->setPlaceholderText(tr("e.g. 县人社局"));
        m_errors.addRow(m_form, this, tr("Provided &by:"), m_who, "monitoringWho");
        m_errors.addRow(m_form, this, tr("&From:"), m_date, "monitoringDate", key(Field::MonitoringDate));
        break;
    case Mode::EndMeasure:
        m_which = new QComboBox(this);
        for (const MonitoringMeasure& m : c.measures)
            if (!m.validTo.isValid())
                m_which->addItem(tr("%1: %2").arg(enumLabel(m.measure), m.description), m.id);
        m_errors.addRow(m_form, this, tr("&Measure:"), m_which, "monitoringWhich",
                        key(Field::MonitoringMeasure));
        m_errors.addRow(m_form, this, tr("&Ended on:"), m_date, "monitoringDate", key(Field::MonitoringDate));
        break;
    case Mode::Elimination:
        m_errors.addRow(m_form, this, tr("&Starts on:"), m_date, "monitoringDate",
                        key(Field::MonitoringDate));
        break;
    case Mode::Decline:
        m_errors.addRow(m_form, this, tr("Decided &on:"), m_date, "monitoringDate",
                        key(Field::MonitoringDate));
        m_errors.addRow(m_form, this, tr("&Reason:"), m_text, "monitoringText", key(Field::MonitoringReason));
        break;
    }
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("monitoringRefusal"));
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MonitoringDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MonitoringDialog::reject);
    auto* layout = new QVBoxLayout(this);
    if (!about->text().isEmpty())
        layout->addWidget(about);
    layout->addLayout(m_form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString MonitoringDialog::title() const
{
    switch (m_mode) {
    case Mode::Discover:
        return tr("New monitoring household");
    case Mode::Decide:
        return tr("Decide the step");
    case Mode::Notice:
        return tr("Set the notice period");
    case Mode::Objection:
        return tr("Log an objection");
    case Mode::Settle:
        return tr("Settle an objection");
    case Mode::Measure:
        return tr("Add an assistance measure");
    case Mode::EndMeasure:
        return tr("End an assistance measure");
    case Mode::Elimination:
        return tr("Start the risk elimination");
    case Mode::Decline:
        return tr("Decline the household");
    }
    return {};
}

Outcome MonitoringDialog::validate() const
{
    Outcome outcome;
    const QString text = m_text->toPlainText().trimmed();
    switch (m_mode) {
    case Mode::Discover:
        outcome.add(m_discovery->validate());
        break;
    case Mode::Decide:
        if (static_cast<StepDecision>(m_decision->currentData().toInt()) == StepDecision::Rejected &&
            text.isEmpty())
            outcome.add(key(Field::MonitoringReason), tr("Enter why the step is rejected."));
        break;
    case Mode::Notice:
        break;
    case Mode::Objection:
        if (text.isEmpty())
            outcome.add(key(Field::MonitoringObjection), tr("Enter what the objection says."));
        break;
    case Mode::Settle:
        if (m_which->count() == 0)
            outcome.add(QStringLiteral("monitoringWhich"), tr("There is no unsettled objection."));
        if (text.isEmpty())
            outcome.add(key(Field::MonitoringHandling), tr("Enter how the objection was handled."));
        break;
    case Mode::Measure:
        if (text.isEmpty())
            outcome.add(key(Field::MonitoringMeasure), tr("Enter what the measure is."));
        break;
    case Mode::EndMeasure:
        if (m_which->count() == 0)
            outcome.add(key(Field::MonitoringMeasure), tr("There is no running measure."));
        break;
    case Mode::Elimination:
        break;
    case Mode::Decline:
        if (text.isEmpty())
            outcome.add(key(Field::MonitoringReason), tr("Enter why the household is not taken in."));
        break;
    }
    return outcome;
}

MonitoringStepDecision MonitoringDialog::decisionFromFields() const
{
    const MonitoringProgress p = MonitoringRules::progress(m_case, IncomeSettings::load(m_db));
    MonitoringStepDecision d;
    d.caseId = m_case.id;
    d.step = p.current.value_or(MonitoringStepKind::HomeCheck);
    d.decision = static_cast<StepDecision>(m_decision->currentData().toInt());
    d.date = m_date->date();
    d.decidedBy = m_decidedBy->text().trimmed();
    d.note = m_text->toPlainText().trimmed();
    return d;
}

bool MonitoringDialog::confirm()
{
    QString question;
    if (m_mode == Mode::Decide)
        question = tr("Record \"%1\" for %2 of household %3 on %4? A decision is not undone.")
                       .arg(m_decision->currentText(),
                            findChild<QLabel*>(QStringLiteral("monitoringDueStep"))->text(),
                            m_case.householdNumber, m_date->date().toString(Qt::ISODate));
    else if (m_mode == Mode::Decline)
        question = tr("Decline household %1 on %2? It leaves the entry review.")
                       .arg(m_case.householdNumber, m_date->date().toString(Qt::ISODate));
    else if (m_mode == Mode::Elimination)
        question = tr("Start the risk elimination of household %1 on %2?")
                       .arg(m_case.householdNumber, m_date->date().toString(Qt::ISODate));
    else
        return true;
    return MessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes;
}

Result<MonitoringCase> MonitoringDialog::apply()
{
    MonitoringService service(m_db);
    const QString text = m_text->toPlainText().trimmed();
    switch (m_mode) {
    case Mode::Discover:
        return service.discover(m_discovery->discovery(), m_today);
    case Mode::Decide:
        return service.decide(decisionFromFields(), m_today);
    case Mode::Notice:
        return service.setNotice(m_case.id, m_date->date(), m_until->date(), m_today);
    case Mode::Objection: {
        MonitoringObjection o;
        o.receivedOn = m_date->date();
        o.raisedBy = m_who->text().trimmed();
        o.content = text;
        return service.logObjection(m_case.id, o, m_today);
    }
    case Mode::Settle:
        return service.settleObjection(m_which->currentData().toLongLong(), m_date->date(), text, m_today);
    case Mode::Measure: {
        MonitoringMeasure m;
        m.caseId = m_case.id;
        m.measure = static_cast<MeasureKind>(m_kind->currentData().toInt());
        m.description = text;
        m.provider = m_who->text().trimmed();
        m.validFrom = m_date->date();
        return service.addMeasure(m);
    }
    case Mode::EndMeasure:
        return service.endMeasure(m_which->currentData().toLongLong(), m_date->date());
    case Mode::Elimination:
        return service.startElimination(m_case.id, m_date->date(), m_today);
    case Mode::Decline:
        return service.decline(m_case.id, m_date->date(), text, m_today);
    }
    return Outcome::error(tr("Unknown action."));
}

void MonitoringDialog::accept()
{
    if (!m_errors.show(validate()))
        return;
    // A decision core would refuse (the notice still running, a step out of order) is said before the
    // confirmation, not after it.
    if (m_mode == Mode::Decide && !m_errors.show(MonitoringRules::checkDecision(
                                      m_case, decisionFromFields(), IncomeSettings::load(m_db), m_today)))
        return;
    if (!confirm())
        return;
    const Result<MonitoringCase> done = apply();
    if (!m_errors.show(done))
        return;
    m_caseId = done.value().id;
    emit caseChanged(m_caseId);
    QDialog::accept();
}

} // namespace anju
