#include "party/MeetingsPanel.h"

#include "domain/Enums.h"
#include "party/MeetingDialog.h"
#include "party/OrganisationRepository.h"
#include "party/PartyActivityRepository.h"
#include "party/PartyEnums.h"
#include "widgets/MessageBox.h"
#include "widgets/PermissionGate.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace anju {

MeetingsPanel::MeetingsPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("meetings"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Meeting"), tr("Topic"), tr("Organisation"), tr("Present")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_count = new QLabel(this);
    m_new = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New meeting…"), this);
    auto* open = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Open"), this);

    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch(1);
    bottom->addWidget(m_new);
    bottom->addWidget(open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_year, &QSpinBox::valueChanged, this, &MeetingsPanel::refresh);
    PermissionGate::apply(db, Action::WriteParty, {m_new});
    connect(m_new, &QPushButton::clicked, this, [this] { newMeeting(); });
    connect(open, &QPushButton::clicked, this, &MeetingsPanel::openCurrent);
    connect(m_table, &QTableWidget::activated, this, &MeetingsPanel::openCurrent);
}

void MeetingsPanel::setOrganisation(qint64 organisationId)
{
    m_organisationId = organisationId;
    refresh();
}

void MeetingsPanel::refresh()
{
    const int year = m_year->value();
    const party::PartyActivityRepository repository(m_db);
    const party::OrganisationRepository organisationRepository(m_db);
    // The whole office's meetings, or those of the chosen organisation and the ones below it.
    const QList<qint64> organisations =
        m_organisationId != 0 ? organisationRepository.subtreeIds(m_organisationId) : QList<qint64>();
    QHash<qint64, QString> names;
    for (const party::Organisation& o : organisationRepository.organisations())
        names.insert(o.id, o.name);
    m_meetings = repository.meetings(0, QDate(year, 1, 1), QDate(year, 12, 31));
    if (m_organisationId != 0)
        m_meetings.removeIf(
            [&](const party::Meeting& m) { return !organisations.contains(m.organisationId); });
    m_table->setRowCount(int(m_meetings.size()));
    for (int i = 0; i < m_meetings.size(); ++i) {
        const party::Meeting& m = m_meetings.at(i);
        const QString present = m.attendance.isEmpty()
                                    ? tr("not recorded")
                                    : tr("%1 of %2").arg(m.presentCount()).arg(m.attendance.size());
        const QStringList texts = {m.date.toString(Qt::ISODate), enumLabel(m.type), m.topic,
                                   names.value(m.organisationId), present};
        for (int c = 0; c < texts.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(texts.at(c)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    m_table->resizeColumnToContents(4);
    // The organisation is worth a column only when several are listed.
    m_table->setColumnHidden(3, organisations.size() == 1);
    m_count->setText(tr("%n meeting(s) in %1", nullptr, int(m_meetings.size())).arg(year));
}

void MeetingsPanel::newMeeting(std::optional<party::MeetingType> type)
{
    if (m_organisationId == 0) {
        MessageBox::information(this, tr("New meeting"),
                                tr("Choose the organisation that met in the tree on the left first."));
        return;
    }
    auto* dialog = new MeetingDialog(m_db, 0, m_organisationId, type, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeetingDialog::meetingSaved, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

void MeetingsPanel::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_meetings.size())
        return;
    auto* dialog =
        new MeetingDialog(m_db, m_meetings.at(row).id, m_meetings.at(row).organisationId, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeetingDialog::meetingSaved, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

} // namespace anju
