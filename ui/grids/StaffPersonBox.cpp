#include "grids/StaffPersonBox.h"

#include "domain/Enums.h"
#include "registry/PersonSearch.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace anju {

namespace {
constexpr int SearchLimit = 50;
} // namespace

StaffPersonBox::StaffPersonBox(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_resident = new QRadioButton(tr("A &resident"), this);
    m_resident->setObjectName(QStringLiteral("staffResident"));
    m_cadre = new QRadioButton(tr("An &outside cadre"), this);
    m_cadre->setObjectName(QStringLiteral("staffCadre"));
    m_resident->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_resident);
    group->addButton(m_cadre);
    auto* radios = new QHBoxLayout;
    radios->addWidget(m_resident);
    radios->addWidget(m_cadre);
    radios->addStretch(1);

    auto* residentPage = new QWidget(this);
    m_search = new QLineEdit(residentPage);
    m_search->setObjectName(QStringLiteral("staffSearch"));
    m_search->setPlaceholderText(tr("Name, ID number or household number, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_people = new QListWidget(residentPage);
    m_people->setObjectName(QStringLiteral("staffPeople"));
    m_people->setMinimumHeight(120);
    auto* residentLayout = new QVBoxLayout(residentPage);
    residentLayout->setContentsMargins(0, 0, 0, 0);
    residentLayout->addWidget(m_search);
    residentLayout->addWidget(m_people, 1);

    auto* cadrePage = new QWidget(this);
    m_cadreName = new QLineEdit(cadrePage);
    m_cadreName->setObjectName(QStringLiteral("staffCadreName"));
    m_workUnit = new QLineEdit(cadrePage);
    m_workUnit->setObjectName(QStringLiteral("staffWorkUnit"));
    m_phone = new QLineEdit(cadrePage);
    m_phone->setObjectName(QStringLiteral("staffPhone"));
    auto* cadreForm = new QFormLayout(cadrePage);
    cadreForm->setContentsMargins(0, 0, 0, 0);
    cadreForm->addRow(tr("&Name:"), m_cadreName);
    cadreForm->addRow(tr("&Work unit:"), m_workUnit);
    cadreForm->addRow(tr("&Phone:"), m_phone);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(residentPage);
    m_pages->addWidget(cadrePage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(radios);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_search);

    connect(m_resident, &QRadioButton::toggled, this, [this](bool resident) {
        m_pages->setCurrentIndex(resident ? 0 : 1);
        setFocusProxy(resident ? static_cast<QWidget*>(m_search) : m_cadreName);
    });
    // Enter searches and is eaten here: let through, it reached the dialog, which pressed its button with
    // the first hit chosen (a namesake of another site) before the user had looked at the list.
    m_search->installEventFilter(this);
}

bool StaffPersonBox::isResident() const
{
    return m_resident->isChecked();
}

void StaffPersonBox::search()
{
    m_people->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const registry::PersonSearch search(m_db);
    // A masked role typing ID or phone digits: the reason, not "No resident found."
    if (const Outcome refused = search.refusal(text); !refused) {
        m_people->addItem(refused.summary());
        return;
    }
    for (const registry::PersonHit& hit : search.page(text, 0, SearchLimit)) {
        if (hit.state != PersonState::Active)
            continue;
        auto* item =
            new QListWidgetItem(tr("%1 · %2 · household %3, %4")
                                    .arg(hit.name, enumLabel(hit.sex), hit.householdNumber, hit.siteName),
                                m_people);
        item->setData(Qt::UserRole, hit.personId);
        item->setData(Qt::UserRole + 1, hit.name);
    }
    if (m_people->count() == 0)
        m_people->addItem(tr("No resident found."));
    else
        m_people->setCurrentRow(0);
}

QString StaffPersonBox::chosenDescription() const
{
    if (!isResident())
        return m_cadreName->text().trimmed();
    const QListWidgetItem* chosen = m_people->currentItem();
    return chosen && chosen->data(Qt::UserRole).toLongLong() > 0 ? chosen->text() : QString();
}

bool StaffPersonBox::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            search();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StaffPersonBox::fill(grids::StaffMember& staff) const
{
    if (isResident()) {
        staff.origin = grids::StaffOrigin::Resident;
        const QListWidgetItem* chosen = m_people->currentItem();
        staff.personId = chosen ? chosen->data(Qt::UserRole).toLongLong() : 0;
        staff.name = chosen ? chosen->data(Qt::UserRole + 1).toString() : QString();
    } else {
        staff.origin = grids::StaffOrigin::OutsideCadre;
        staff.cadreName = m_cadreName->text();
        staff.workUnit = m_workUnit->text();
        staff.phone = m_phone->text();
        staff.name = staff.cadreName.trimmed();
    }
}

} // namespace anju
