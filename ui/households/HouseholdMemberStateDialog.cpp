#include "households/HouseholdMemberStateDialog.h"

#include "registry/RegistryService.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace anju {

bool HouseholdMemberStateDialog::fillNewHeadChoice(QComboBox* combo, const Person& person,
                                                   const Household& household)
{
    combo->clear();
    if (person.relationship != Relationship::Head)
        return false;
    for (const Person& other : household.members) {
        if (other.id != person.id && other.isActive() && other.id != 0)
            combo->addItem(HouseholdMemberStateDialog::tr("%1 (%2)", "member name (relationship)")
                               .arg(other.name, enumLabel(other.relationship)),
                           other.id);
    }
    // A spouse usually takes over: offer them first.
    for (int i = 0; i < combo->count(); ++i) {
        const qint64 id = combo->itemData(i).toLongLong();
        for (const Person& other : household.members) {
            if (other.id == id && other.relationship == Relationship::Spouse)
                combo->setCurrentIndex(i);
        }
    }
    return combo->count() > 0;
}

HouseholdMemberStateDialog::HouseholdMemberStateDialog(const Database& db, Change change,
                                                       const Person& person, const Household& household,
                                                       QWidget* parent)
    : QDialog(parent), m_db(db), m_change(change), m_person(person)
{
    const bool movingOut = change == Change::MoveOut;
    setWindowTitle(movingOut ? tr("Move out: %1").arg(person.name)
                             : tr("Mark deceased: %1").arg(person.name));

    auto* explanation = new QLabel(
        movingOut ? tr("%1 moves away from the office's sites (household %2). The record stays on file with "
                       "the date and is no longer counted as a resident.")
                        .arg(person.name, household.number)
                  : tr("%1 of household %2 died. The record stays on file with the date and is no longer "
                       "counted as a resident.")
                        .arg(person.name, household.number),
        this);
    explanation->setWordWrap(true);
    // The household form around this dialog still shows Save: say that this one does not wait for it.
    auto* atOnce = new QLabel(
        tr("<b>Recorded at once</b> when you press %1, on its own: the household form's Save is not "
           "needed for it, and closing the form without saving does not undo it.")
            .arg(movingOut ? tr("Move out now") : tr("Mark deceased now")),
        this);
    atOnce->setObjectName(QStringLiteral("recordedAtOnce"));
    atOnce->setWordWrap(true);

    auto* form = new QFormLayout;
    if (movingOut) {
        // The two ways the registry records a member leaving a household alive (memberships.end_reason).
        m_away = new QRadioButton(tr("&Away from the office's sites (moved away)"), this);
        m_away->setObjectName(QStringLiteral("moveOutAway"));
        m_away->setChecked(true);
        m_toHousehold = new QRadioButton(tr("Into a&nother household at the office's sites"), this);
        m_toHousehold->setObjectName(QStringLiteral("moveOutToHousehold"));
        m_toHousehold->setToolTip(
            tr("Recorded as a move between households, with the new relationship; the member stays a "
               "resident."));
        auto* where = new QVBoxLayout;
        where->setContentsMargins(0, 0, 0, 0);
        where->addWidget(m_away);
        where->addWidget(m_toHousehold);
        auto* whereLabel = new QLabel(tr("Goes to:"), this);
        form->addRow(whereLabel, where);
    }
    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(QStringLiteral("memberStateDate"));
    m_date->setValue(QDate::currentDate());
    auto* dateError = FieldError::makeLabel(this);
    auto* dateLabel = new QLabel(movingOut ? tr("Moved away &on:") : tr("Died &on:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, FieldError::stack(m_date, dateError));
    m_errors.add(QLatin1String(Field::PersonDate), m_date, dateError);

    m_newHead = new QComboBox(this);
    m_newHead->setObjectName(QStringLiteral("newHead"));
    auto* headError = FieldError::makeLabel(this);
    auto* headLabel = new QLabel(tr("New &head:"), this);
    headLabel->setBuddy(m_newHead);
    auto* headField = FieldError::stack(m_newHead, headError);
    form->addRow(headLabel, headField);
    m_errors.add(QLatin1String(Field::PersonRelationship), m_newHead, headError);
    const bool needsHead = fillNewHeadChoice(m_newHead, person, household);
    headLabel->setVisible(needsHead);
    headField->setVisible(needsHead);

    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors.setGeneralLabel(general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(movingOut ? tr("&Move out now") : tr("&Mark deceased now"));
    if (m_toHousehold) {
        connect(m_toHousehold, &QRadioButton::toggled, this, [this](bool toHousehold) {
            m_buttons->button(QDialogButtonBox::Ok)
                ->setText(toHousehold ? tr("&Choose the household…") : tr("&Move out now"));
            m_date->setEnabled(!toHousehold);
            m_newHead->setEnabled(!toHousehold);
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HouseholdMemberStateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HouseholdMemberStateDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(atOnce);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(440);
    m_date->setFocus();
}

void HouseholdMemberStateDialog::accept()
{
    if (m_toHousehold && m_toHousehold->isChecked()) {
        QDialog::reject(); // nothing recorded here
        emit moveToHouseholdChosen();
        return;
    }
    registry::RegistryService registry(m_db);
    const QDate date = m_date->value();
    const qint64 newHeadId = m_newHead->count() > 0 ? m_newHead->currentData().toLongLong() : 0;
    const Outcome outcome = m_change == Change::MoveOut ? registry.moveOut(m_person.id, date, newHeadId)
                                                        : registry.markDeceased(m_person.id, date, newHeadId);
    if (m_errors.show(outcome))
        QDialog::accept();
}

} // namespace anju
