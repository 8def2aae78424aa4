#include "work/WishAbsenceDialog.h"

#include "widgets/OptionalDateEdit.h"
#include "widgets/PersonSearchBox.h"
#include "work/EmploymentRules.h"
#include "work/EmploymentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

WishAbsenceDialog::WishAbsenceDialog(const Database& db, Mode mode, QDate day, QWidget* parent)
    : QDialog(parent), m_db(db), m_mode(mode)
{
    const bool wish = mode == Mode::Wish;
    setWindowTitle(wish ? tr("Record a wish") : tr("Record why not working"));
    m_person = new PersonSearchBox(db, this);
    m_kind = new QComboBox(this);
    if (wish) {
        for (const EnumInfo<work::WishKind>& info : enumInfos<work::WishKind>())
            m_kind->addItem(enumLabel(info.value), int(info.value));
    } else {
        for (const EnumInfo<work::AbsenceReason>& info : enumInfos<work::AbsenceReason>())
            m_kind->addItem(enumLabel(info.value), int(info.value));
    }
    m_place = new QLineEdit(this);
    m_place->setPlaceholderText(tr("e.g. in the county, 广东"));
    m_detail = new QLineEdit(this);
    m_detail->setPlaceholderText(wish ? tr("What work, which trade, what business")
                                      : tr("e.g. caring for a parent"));
    m_collectedBy = new QLineEdit(this);
    m_collectedBy->setPlaceholderText(tr("The pairing cadre who asked"));
    m_from = new QDateEdit(day.isValid() ? day : QDate::currentDate(), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new OptionalDateEdit(this);
    m_to->setToolTip(tr("The first day it no longer holds; leave empty while it holds"));

    auto* form = new QFormLayout;
    m_errors.addRow(form, this, tr("&Person:"), m_person, "wishPerson",
                    QLatin1String(wish ? Field::WishPerson : Field::AbsencePerson));
    if (wish) {
        m_errors.addRow(form, this, tr("&Wish:"), m_kind, "wishKind", QStringLiteral("wish.kind"));
        m_errors.addRow(form, this, tr("W&here:"), m_place, "wishPlace", QStringLiteral("wish.place"));
        m_errors.addRow(form, this, tr("&What:"), m_detail, "wishDetail", QStringLiteral("wish.detail"));
        m_errors.addRow(form, this, tr("&Collected on:"), m_from, "wishRecorded",
                        QLatin1String(Field::WishRecorded));
        m_errors.addRow(form, this, tr("Collected &by:"), m_collectedBy, "wishCollectedBy",
                        QStringLiteral("wish.collectedBy"));
        m_to->hide();
    } else {
        m_errors.addRow(form, this, tr("&Reason:"), m_kind, "absenceReason",
                        QStringLiteral("absence.reason"));
        m_errors.addRow(form, this, tr("&Note:"), m_detail, "absenceNote", QLatin1String(Field::AbsenceNote));
        m_errors.addRow(form, this, tr("Holds f&rom:"), m_from, "absenceFrom",
                        QLatin1String(Field::AbsenceFrom));
        m_errors.addRow(form, this, tr("&Until:"), m_to, "absenceTo", QLatin1String(Field::AbsenceTo));
        m_place->hide();
        m_collectedBy->hide();
    }
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(wish ? tr("&Save wish") : tr("&Save reason"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WishAbsenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WishAbsenceDialog::reject);
    m_person->setFocus();
}

work::Wish WishAbsenceDialog::wish() const
{
    work::Wish w;
    w.personId = m_person->personId();
    w.kind = static_cast<work::WishKind>(m_kind->currentData().toInt());
    w.place = m_place->text().trimmed();
    w.detail = m_detail->text().trimmed();
    w.recordedOn = m_from->date();
    w.collectedBy = m_collectedBy->text().trimmed();
    return w;
}

work::Absence WishAbsenceDialog::absence() const
{
    work::Absence a;
    a.personId = m_person->personId();
    a.reason = static_cast<work::AbsenceReason>(m_kind->currentData().toInt());
    a.note = m_detail->text().trimmed();
    a.validFrom = m_from->date();
    a.validTo = m_to->value();
    return a;
}

void WishAbsenceDialog::accept()
{
    work::EmploymentService service(m_db);
    const Outcome written = m_mode == Mode::Wish ? Outcome(service.recordWish(wish()))
                                                 : Outcome(service.recordAbsence(absence()));
    if (!m_errors.show(written))
        return;
    emit saved();
    QDialog::accept();
}

} // namespace anju
