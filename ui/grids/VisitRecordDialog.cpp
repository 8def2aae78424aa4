#include "grids/VisitRecordDialog.h"

#include "grids/GridRepository.h"
#include "grids/VisitService.h"
#include "registry/HouseholdRepository.h"
#include "widgets/MessageBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace anju {

namespace {

// The visitor combo's data: "staff:ID", "member:ID" or "cadre" (a name typed below).
QString staffKey(qint64 id)
{
    return QStringLiteral("staff:%1").arg(id);
}

} // namespace

VisitRecordDialog::VisitRecordDialog(const Database& db, const grids::VisitSheetRow& row, QWidget* parent)
    : QDialog(parent), m_db(db), m_row(row)
{
    setWindowTitle(tr("Record the visit %1").arg(row.code));
    auto* about = new QLabel(this);
    about->setObjectName(QStringLiteral("visitTask"));
    about->setWordWrap(true);
    about->setText(tr("<b>%1 %2</b> %3<br>%4: %5, from %6 to %7")
                       .arg(row.householdNumber.toHtmlEscaped(), row.headName.toHtmlEscaped(),
                            row.address().toHtmlEscaped(), enumLabel(row.kind),
                            grids::VisitSheetQuery::reasonLabel(row).toHtmlEscaped(),
                            row.window.dueFrom.toString(Qt::ISODate),
                            row.window.overdueAfter.toString(Qt::ISODate)));

    m_date = new OptionalDateEdit(this);
    m_date->setValue(QDate::currentDate());
    m_visitor = new QComboBox(this);
    m_cadre = new QLineEdit(this);
    m_cadre->setObjectName(QStringLiteral("visitCadre"));
    m_cadre->setPlaceholderText(tr("the cadre's name, when not on the list"));
    fillVisitors();
    m_person = new QComboBox(this);
    m_person->addItem(tr("The household"), 0);
    if (const auto household = registry::HouseholdRepository(db).household(row.householdId))
        for (const Person& p : household->members)
            if (p.state == PersonState::Active)
                m_person->addItem(p.name, p.id);
    for (const grids::VisitSheetPerson& p : row.persons)
        if (p.isTaskPerson)
            m_person->setCurrentIndex(std::max(0, m_person->findData(p.personId)));
    m_reason = new QLineEdit(grids::VisitSheetQuery::reasonLabel(row), this);
    m_findings = new QPlainTextEdit(this);
    m_findings->setTabChangesFocus(true);
    m_findings->setPlaceholderText(tr("what you saw and heard"));
    m_followUp = new QPlainTextEdit(this);
    m_followUp->setTabChangesFocus(true);
    m_findings->setFixedHeight(m_findings->fontMetrics().lineSpacing() * 4);
    m_followUp->setFixedHeight(m_followUp->fontMetrics().lineSpacing() * 3);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, this, tr("Visit &date:"), m_date, "visitDate", QLatin1String(Field::VisitDate));
    m_errors.addRow(form, this, tr("&Who went:"), m_visitor, "visitVisitor",
                    QLatin1String(Field::VisitVisitor));
    form->addRow(QString(), m_cadre);
    m_errors.addRow(form, this, tr("&Saw:"), m_person, "visitPerson", QLatin1String(Field::VisitPerson));
    form->addRow(tr("Kind:"),
                 new QLabel(enumLabel(row.kind == grids::TaskKind::MustVisit ? grids::VisitKind::MustVisit
                                                                             : grids::VisitKind::MustAttend),
                            this));
    m_errors.addRow(form, this, tr("&Why:"), m_reason, "visitReason");
    m_errors.addRow(form, this, tr("&Found:"), m_findings, "visitFindings");
    m_errors.addRow(form, this, tr("F&ollow-up:"), m_followUp, "visitFollowUp");
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("visitError"));
    m_errors.setGeneralLabel(general);
    // The task itself (answered meanwhile by another desk) and the household are shown as general messages.

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitRecordDialog::reject);
    // Ctrl+Enter from any field, also where the window is not the active one yet (a QShortcut needs it):
    // the fields pass the key to this filter first.
    for (QWidget* field : std::initializer_list<QWidget*>{m_date, m_visitor, m_cadre, m_person, m_reason,
                                                          m_findings, m_followUp})
        field->installEventFilter(this);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &VisitRecordDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_findings->setFocus();
}

bool VisitRecordDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void VisitRecordDialog::fillVisitors()
{
    if (m_row.assigneeStaffId > 0)
        m_visitor->addItem(m_row.assigneeName, staffKey(m_row.assigneeStaffId));
    else if (m_row.assigneeMemberId > 0)
        m_visitor->addItem(m_row.assigneeName, QStringLiteral("member:%1").arg(m_row.assigneeMemberId));
    const grids::GridRepository grids(m_db);
    if (const auto grid = grids.gridOfHousehold(m_row.householdId, QDate::currentDate())) {
        const auto staff = grids.staff(*grid, QDate::currentDate());
        if (staff)
            for (const grids::StaffMember& s : staff.value())
                if (m_visitor->findData(staffKey(s.id)) < 0)
                    m_visitor->addItem(tr("%1 (%2)").arg(s.name, enumLabel(s.role)), staffKey(s.id));
    }
    m_visitor->addItem(tr("Another cadre (name below)"), QStringLiteral("cadre"));
    const auto showCadre = [this] {
        m_cadre->setEnabled(m_visitor->currentData().toString() == QLatin1String("cadre"));
    };
    connect(m_visitor, &QComboBox::currentIndexChanged, this, showCadre);
    showCadre();
}

VisitRecordDialog* VisitRecordDialog::open(const Database& db, qint64 taskId, QWidget* parent)
{
    const auto row = grids::VisitSheetQuery(db).row(taskId);
    if (!row) {
        MessageBox::warning(parent, tr("Record a visit"), row.summary());
        return nullptr;
    }
    if (const Outcome denied = grids::VisitSheetQuery::mayRecord(db); !denied) {
        MessageBox::warning(parent, tr("Record a visit"), denied.summary());
        return nullptr;
    }
    auto* dialog = new VisitRecordDialog(db, row.value(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    return dialog;
}

void VisitRecordDialog::accept()
{
    grids::Visit visit;
    visit.householdId = m_row.householdId;
    visit.taskId = m_row.taskId;
    visit.date = m_date->value();
    const QString who = m_visitor->currentData().toString();
    if (who.startsWith(QLatin1String("staff:"))) {
        visit.visitorKind = grids::VisitorKind::Staff;
        visit.visitorStaffId = who.mid(6).toLongLong();
    } else if (who.startsWith(QLatin1String("member:"))) {
        visit.visitorKind = grids::VisitorKind::PartyMember;
        visit.visitorMemberId = who.mid(7).toLongLong();
    } else {
        visit.visitorKind = grids::VisitorKind::Cadre;
        visit.visitorName = m_cadre->text();
    }
    visit.personId = m_person->currentData().toLongLong();
    visit.reason = m_reason->text();
    visit.findings = m_findings->toPlainText();
    visit.followUp = m_followUp->toPlainText();
    const auto saved = grids::VisitService(m_db).recordVisit(visit);
    if (!m_errors.show(saved))
        return;
    m_saved = saved.value();
    emit visitRecorded(m_saved.id, m_row.taskId);
    QDialog::accept();
}

} // namespace anju
