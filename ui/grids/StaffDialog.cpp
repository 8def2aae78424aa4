#include "grids/StaffDialog.h"

#include "domain/Enums.h"
#include "grids/GridRepository.h"
#include "grids/GridService.h"
#include "grids/StaffPersonBox.h"
#include "registry/SiteRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

using grids::StaffRole;

StaffDialog::StaffDialog(const Database& db, qint64 gridId, QDate day, QWidget* parent)
    : QDialog(parent), m_db(db), m_gridId(gridId)
{
    setWindowTitle(tr("Add grid staff"));
    m_role = new QComboBox(this);
    for (const auto& info : enumInfos<StaffRole>())
        m_role->addItem(enumLabel(info.value), int(info.value));
    m_role->setCurrentIndex(m_role->findData(int(StaffRole::GridWorker)));
    m_place = new QComboBox(this);
    // The buildings the grid covers and their units: where a 楼栋长 or 单元长 serves.
    const registry::SiteRepository sites(db);
    if (const auto covered = grids::GridRepository(db).coverage(gridId, day)) {
        for (const grids::GridCoverage& c : covered.value()) {
            if (c.unitId != 0) {
                m_place->addItem(QStringLiteral("%1 %2").arg(c.buildingName, c.unitName),
                                 QVariantList{c.buildingId, c.unitId});
                continue;
            }
            m_place->addItem(c.buildingName, QVariantList{c.buildingId, qint64(0)});
            for (const BuildingUnit& u : sites.units(c.buildingId))
                m_place->addItem(QStringLiteral("%1 %2").arg(c.buildingName, u.name),
                                 QVariantList{c.buildingId, u.id});
        }
    }
    m_person = new StaffPersonBox(db, this);
    m_from = new QDateEdit(day, this);
    m_from->setObjectName(QStringLiteral("staffFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto* form = new QFormLayout;
    m_errors.addRow(form, this, tr("&Role:"), m_role, "staffRole");
    m_errors.addRow(form, this, tr("&Building or unit:"), m_place, "staffPlace",
                    QLatin1String(Field::StaffPlace));
    m_errors.addRow(form, this, tr("&Who:"), m_person, "staffPerson", QLatin1String(Field::StaffPerson));
    m_errors.addRow(form, this, tr("Serves &from:"), m_from, "staffFromField",
                    QLatin1String(Field::GridDates));
    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("staffError"));
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Ok)->setDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StaffDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &StaffDialog::roleChanged);
    roleChanged();
    resize(520, sizeHint().height());
    m_person->setFocus();
}

void StaffDialog::roleChanged()
{
    const auto role = StaffRole(m_role->currentData().toInt());
    m_place->setEnabled(role == StaffRole::BuildingLeader || role == StaffRole::UnitLeader);
}

void StaffDialog::accept()
{
    grids::StaffMember s;
    s.gridId = m_gridId;
    s.role = StaffRole(m_role->currentData().toInt());
    m_person->fill(s);
    s.validFrom = m_from->date();
    const QVariantList place = m_place->currentData().toList();
    if (m_place->isEnabled() && place.size() == 2) {
        s.buildingId = place.at(0).toLongLong();
        s.unitId = s.role == StaffRole::UnitLeader ? place.at(1).toLongLong() : 0;
    }
    // A resident on the party roll serves with their member record: GridService::addStaff finds it.
    const auto added = grids::GridService(m_db).addStaff(s);
    if (!m_errors.show(added))
        return;
    m_savedId = added.value();
    emit staffAdded(m_savedId);
    QDialog::accept();
}

} // namespace anju
