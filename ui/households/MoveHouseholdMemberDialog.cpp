#include "households/MoveHouseholdMemberDialog.h"

#include "households/HouseholdMemberStateDialog.h"
#include "registry/RegistryService.h"
#include "registry/RosterQuery.h"
#include "widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

MoveHouseholdMemberDialog::MoveHouseholdMemberDialog(const Database& db, const Person& person,
                                                     const Household& household, QWidget* parent)
    : QDialog(parent), m_db(db), m_person(person), m_sourceHouseholdId(household.id)
{
    setWindowTitle(tr("Move %1 to another household").arg(person.name));

    auto* form = new QFormLayout;
    const auto addField = [this, form](const QString& labelText, QWidget* field, const char* objectName,
                                       const char* fieldKey) {
        field->setObjectName(QLatin1String(objectName));
        auto* error = FieldError::makeLabel(this);
        auto* label = new QLabel(labelText, this);
        label->setBuddy(field);
        auto* stacked = FieldError::stack(field, error);
        form->addRow(label, stacked);
        if (fieldKey)
            m_errors.add(QLatin1String(fieldKey), field, error);
        return std::pair{label, stacked};
    };

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Household number, or a member's name or ID number"));
    m_search->setClearButtonEnabled(true);
    addField(tr("&Find household:"), m_search, "targetSearch", nullptr);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("targetMatches"));
    m_matches->setMinimumHeight(m_matches->fontMetrics().height() * 7);
    auto* matchesError = FieldError::makeLabel(this);
    form->addRow(QString(), FieldError::stack(m_matches, matchesError));
    m_errors.add(QLatin1String(Field::General), m_matches, matchesError);

    m_relationship = new QComboBox(this);
    for (const auto& info : enumInfos<Relationship>())
        m_relationship->addItem(enumLabel(info.value), static_cast<int>(info.value));
    m_relationship->setCurrentIndex(m_relationship->findData(static_cast<int>(Relationship::Other)));
    addField(tr("New &relationship:"), m_relationship, "targetRelationship", Field::PersonRelationship);

    m_date = new OptionalDateEdit(this);
    m_date->setValue(QDate::currentDate());
    addField(tr("Moved &on:"), m_date, "moveDate", Field::PersonDate);

    m_newHead = new QComboBox(this);
    const auto [headLabel, headField] = addField(tr("New &head here:"), m_newHead, "newHead", nullptr);
    const bool needsHead = HouseholdMemberStateDialog::fillNewHeadChoice(m_newHead, person, household);
    headLabel->setVisible(needsHead);
    headField->setVisible(needsHead);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveHouseholdMemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveHouseholdMemberDialog::reject);

    // As moving out: the form behind still shows Save, which this does not wait for.
    auto* atOnce = new QLabel(tr("<b>Recorded at once</b> in both households when you press Move: the "
                                 "household form's Save is not needed for it."),
                              this);
    atOnce->setObjectName(QStringLiteral("recordedAtOnce"));
    atOnce->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(atOnce);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &MoveHouseholdMemberDialog::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    m_search->installEventFilter(this);
    connect(m_matches, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    m_search->setFocus();
}

void MoveHouseholdMemberDialog::search()
{
    m_matches->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    registry::RosterFilter filter;
    filter.search = text;
    filter.state = HouseholdState::Active;
    const QList<registry::RosterRow> rows =
        registry::RosterQuery(m_db).page(filter, registry::RosterColumn::Number, true, 0, MaxMatches + 1);
    for (const registry::RosterRow& row : rows) {
        if (row.householdId == m_sourceHouseholdId)
            continue;
        auto* item = new QListWidgetItem(
            tr("%1  %2, %3 %4").arg(row.number, row.headName, row.siteName, row.address).trimmed(),
            m_matches);
        item->setData(Qt::UserRole, row.householdId);
    }
    if (m_matches->count() > 0)
        m_matches->setCurrentRow(0);
}

bool MoveHouseholdMemberDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the search finds at once and goes to the matches; it must not also press Move.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_searchDelay.stop();
            search();
            if (m_matches->count() > 0)
                m_matches->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

qint64 MoveHouseholdMemberDialog::targetHouseholdId() const
{
    const QListWidgetItem* item = m_matches->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void MoveHouseholdMemberDialog::accept()
{
    const auto relationship = static_cast<Relationship>(m_relationship->currentData().toInt());
    const qint64 newHeadId = m_newHead->count() > 0 ? m_newHead->currentData().toLongLong() : 0;
    const Outcome outcome = registry::RegistryService(m_db).moveToHousehold(
        m_person.id, targetHouseholdId(), relationship, m_date->value(), newHeadId);
    if (m_errors.show(outcome))
        QDialog::accept();
}

} // namespace anju
