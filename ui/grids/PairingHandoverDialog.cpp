#include "grids/PairingHandoverDialog.h"

#include "domain/Enums.h"
#include "widgets/MessageBox.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace anju {

PairingHandoverDialog::PairingHandoverDialog(const Database& db, qint64 gridId, QDate day, qint64 fromStaffId,
                                             QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Hand over pairings"));
    m_load = new QLabel(this);
    m_load->setObjectName(QStringLiteral("pairingHandoverLoad"));
    m_load->setWordWrap(true);
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("pairingHandoverFrom"));
    m_households = new QListWidget(this);
    m_households->setObjectName(QStringLiteral("pairingHandoverHouseholds"));
    m_households->setMinimumHeight(120);

    m_toPartner = new QRadioButton(tr("A &partner in the grid:"), this);
    m_toPartner->setObjectName(QStringLiteral("pairingHandoverToPartner"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("pairingHandoverSuccessors"));
    m_toCadre = new QRadioButton(tr("An outside &cadre:"), this);
    m_toCadre->setObjectName(QStringLiteral("pairingHandoverToCadre"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_toPartner);
    group->addButton(m_toCadre);
    m_toPartner->setChecked(true);
    auto* cadre = new QWidget(this);
    m_cadreName = new QLineEdit(cadre);
    m_cadreName->setObjectName(QStringLiteral("pairingHandoverCadreName"));
    m_cadreName->setPlaceholderText(tr("Name"));
    m_workUnit = new QLineEdit(cadre);
    m_workUnit->setObjectName(QStringLiteral("pairingHandoverWorkUnit"));
    m_workUnit->setPlaceholderText(tr("Work unit"));
    m_phone = new QLineEdit(cadre);
    m_phone->setObjectName(QStringLiteral("pairingHandoverPhone"));
    m_phone->setPlaceholderText(tr("Phone"));
    auto* cadreRow = new QHBoxLayout(cadre);
    cadreRow->setContentsMargins(0, 0, 0, 0);
    cadreRow->addWidget(m_cadreName, 2);
    cadreRow->addWidget(m_workUnit, 3);
    cadreRow->addWidget(m_phone, 2);
    auto* successor = new QWidget(this);
    auto* successorRows = new QFormLayout(successor);
    successorRows->setContentsMargins(0, 0, 0, 0);
    successorRows->addRow(m_toPartner, m_to);
    successorRows->addRow(m_toCadre, cadre);

    m_date = new QDateEdit(day, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. transferred to another post"));

    auto* form = new QFormLayout;
    form->addRow(m_load);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("Hou&seholds:"), m_households);
    m_errors.addRow(form, this, tr("&To:"), successor, "pairingHandoverSuccessor",
                    QLatin1String(Field::PairingPartner));
    m_errors.addRow(form, this, tr("On &day:"), m_date, "pairingHandoverDate",
                    QLatin1String(Field::GridDates));
    m_errors.addRow(form, this, tr("&Reason:"), m_reason, "pairingHandoverReason",
                    QLatin1String(Field::GridReason));
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("pairingHandoverError"));
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand over"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pairingHandoverOk"));
    // Enter in the reason must not write: the clerk confirms with the button (Alt+H) once they have looked.
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    if (const auto partners = grids::PairingHandover(db).partners(gridId, day)) {
        m_partners = partners.value();
    } else {
        general->setText(partners.summary());
        general->show();
    }
    int start = -1;
    for (int i = 0; i < m_partners.size(); ++i) {
        const grids::PairingPartner& p = m_partners.at(i);
        if (p.pairings == 0)
            continue;
        if (p.kind == grids::PartnerKind::Staff && p.id == fromStaffId)
            start = m_from->count();
        m_from->addItem(tr("%1 · %2 households in this grid").arg(describe(p)).arg(p.pairings), i);
    }
    if (m_from->count() == 0)
        m_load->setText(tr("Nobody pairs a household of this grid yet."));
    m_from->setCurrentIndex(start >= 0 ? start : 0);

    connect(buttons, &QDialogButtonBox::accepted, this, &PairingHandoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PairingHandoverDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &PairingHandoverDialog::fromChanged);
    connect(m_households, &QListWidget::itemChanged, this, &PairingHandoverDialog::updateLoad);
    connect(m_toPartner, &QRadioButton::toggled, this, &PairingHandoverDialog::choiceChanged);
    fromChanged();
    choiceChanged();
    m_from->setFocus();
    resize(640, sizeHint().height());
}

QString PairingHandoverDialog::describe(const grids::PairingPartner& p) const
{
    switch (p.kind) {
    case grids::PartnerKind::Staff:
        return tr("%1 (%2)").arg(p.name, enumLabel(p.role));
    case grids::PartnerKind::PartyMember:
        return tr("%1 (party member)").arg(p.name);
    case grids::PartnerKind::Cadre:
        return p.workUnit.isEmpty() ? tr("%1 (cadre)").arg(p.name)
                                    : tr("%1 (cadre, %2)").arg(p.name, p.workUnit);
    }
    return p.name;
}

bool PairingHandoverDialog::chooseFrom(const QString& name)
{
    for (int i = 0; i < m_from->count(); ++i)
        if (m_partners.at(m_from->itemData(i).toInt()).name == name) {
            m_from->setCurrentIndex(i);
            return true;
        }
    return false;
}

void PairingHandoverDialog::fromChanged()
{
    m_households->clear();
    m_open.clear();
    m_to->clear();
    const int index = m_from->currentData().isValid() ? m_from->currentData().toInt() : -1;
    if (index >= 0) {
        const grids::PairingPartner& from = m_partners.at(index);
        if (const auto open = grids::PairingHandover(m_db).openPairings(from, m_date->date()))
            m_open = open.value();
        else
            m_load->setText(open.summary());
        for (int i = 0; i < m_partners.size(); ++i)
            if (i != index)
                m_to->addItem(describe(m_partners.at(i)), i);
    }
    const QSignalBlocker quiet(m_households);
    for (const grids::PairingToMove& p : m_open) {
        auto* item =
            new QListWidgetItem(tr("%1 %2 · paired since %3 · %4 open visit tasks")
                                    .arg(p.householdNumber, p.headName, p.validFrom.toString(Qt::ISODate))
                                    .arg(p.openTasks),
                                m_households);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, p.pairingId);
    }
    if (m_households->count() > 0)
        m_households->setCurrentRow(0);
    m_toPartner->setEnabled(m_to->count() > 0);
    if (m_to->count() == 0)
        m_toCadre->setChecked(true);
    updateLoad();
}

void PairingHandoverDialog::updateLoad()
{
    if (m_from->count() == 0)
        return;
    int households = 0, tasks = 0;
    for (int i = 0; i < m_households->count(); ++i)
        if (m_households->item(i)->checkState() == Qt::Checked) {
            ++households;
            tasks += m_open.at(i).openTasks;
        }
    m_load->setText(
        tr("%1 households and %2 open visit tasks go to the successor; the pairings end on the day "
           "and start again with them.")
            .arg(households)
            .arg(tasks));
}

void PairingHandoverDialog::choiceChanged()
{
    const bool partner = m_toPartner->isChecked();
    m_to->setEnabled(partner);
    for (QLineEdit* edit : {m_cadreName, m_workUnit, m_phone})
        edit->setEnabled(!partner);
}

grids::PairingPartner PairingHandoverDialog::successor() const
{
    if (m_toPartner->isChecked() && m_to->currentData().isValid())
        return m_partners.at(m_to->currentData().toInt());
    return grids::PairingPartner::cadre(m_cadreName->text(), m_workUnit->text(), m_phone->text());
}

void PairingHandoverDialog::accept()
{
    if (!m_from->currentData().isValid())
        return;
    const grids::PairingPartner from = m_partners.at(m_from->currentData().toInt());
    QList<qint64> chosen;
    int tasks = 0;
    for (int i = 0; i < m_households->count(); ++i)
        if (m_households->item(i)->checkState() == Qt::Checked) {
            chosen.append(m_households->item(i)->data(Qt::UserRole).toLongLong());
            tasks += m_open.at(i).openTasks;
        }
    if (chosen.isEmpty()) {
        m_errors.show(Outcome::error(tr("Tick at least one household to hand over.")));
        m_households->setFocus();
        return;
    }
    const grids::PairingPartner to = successor();
    const QDate date = m_date->date();
    const QString toName = to.kind == grids::PartnerKind::Cadre ? to.cadreName.trimmed() : to.name;
    if (MessageBox::question(
            this, windowTitle(),
            tr("Hand %1's pairings with %2 households over to %3 on %4? %5 open visit tasks "
               "move along.")
                .arg(from.name)
                .arg(chosen.size())
                .arg(toName.isEmpty() ? tr("the successor") : toName, date.toString(Qt::ISODate))
                .arg(tasks),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto done = grids::PairingHandover(m_db).handOver(from, to, date, m_reason->text(), chosen);
    if (!m_errors.show(done))
        return;
    m_done = done.value();
    emit handedOver(m_done);
    QDialog::accept();
}

} // namespace anju
