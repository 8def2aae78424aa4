#include "party/ReviewPanel.h"

#include "party/PartyViews.h"
#include "party/ReviewModel.h"

#include "domain/Enums.h"
#include "party/PartyEnums.h"
#include "party/PoliticalStatusSync.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace anju {

ReviewPanel::ReviewPanel(const Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    m_model = new ReviewModel(db, this);

    m_month = new QDateEdit(QDate::currentDate(), this);
    m_month->setObjectName(QStringLiteral("reviewMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setMinimumWidth(m_month->fontMetrics().horizontalAdvance(QStringLiteral("0000-00")) + 48);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reviewKind"));
    m_kind->addItem(tr("Everything"), -1);
    for (const auto& info : enumInfos<party::ReviewKind>())
        m_kind->addItem(enumLabel(info.value), static_cast<int>(info.value));
    // Sized for a usual kind, not the longest: the list opens wide enough, and the panel must fit a
    // 1366×768 laptop beside the organisation tree.
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_kind->view()->setMinimumWidth(m_kind->view()->sizeHintForColumn(0) + 24);
    auto* kindLabel = new QLabel(tr("S&how:"), this);
    kindLabel->setBuddy(m_kind);
    auto* thisMonth = new QPushButton(tr("This month"), this);
    thisMonth->setAutoDefault(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reviewList"));
    m_view->setModel(m_model);
    setUpListView(m_view);
    // Names of branches and members whole; the note (说明) is the free text that gives way.
    sizeColumnsToContents(m_view, int(ReviewColumn::Details));

    m_emptyHint = new QLabel(tr("Nothing is due or overdue this month."), m_view->viewport());
    m_emptyHint->setObjectName(QStringLiteral("reviewEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt; padding: 24px;"));

    m_open = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Act on it…"), this);
    m_open->setObjectName(QStringLiteral("openReviewItem"));
    m_open->setToolTip(tr("Open the record of the selected row to act on it (Enter)"));
    m_reconcile = new QPushButton(tr("Set &political status from the party record"), this);
    m_reconcile->setObjectName(QStringLiteral("reconcilePoliticalStatus"));
    m_reconcile->setToolTip(tr("Write the member's stage (full or probationary member) into the household "
                               "register; to correct the party record instead, act on the row"));
    m_reconcile->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(previous);
    top->addWidget(m_month);
    top->addWidget(next);
    top->addWidget(thisMonth);
    top->addSpacing(16);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    // The note of the selected row in full under the list, whatever width its column has left.
    m_currentNote = new QLabel(this);
    m_currentNote->setObjectName(QStringLiteral("reviewCurrentNote"));
    m_currentNote->setWordWrap(true);
    m_currentNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bottom = new QHBoxLayout;
    auto* hint =
        new QLabel(tr("Rows are computed from the records as they stood at the end of the month."), this);
    hint->setEnabled(false);
    // Wrapped rather than widening the page past a 1280-pixel screen.
    hint->setWordWrap(true);
    bottom->addWidget(hint, 1);
    bottom->addWidget(m_reconcile);
    bottom->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_currentNote);
    layout->addLayout(bottom);

    connect(m_month, &QDateEdit::dateChanged, m_model, &ReviewModel::setMonth);
    connect(previous, &QToolButton::clicked, this,
            [this] { m_month->setDate(m_month->date().addMonths(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { m_month->setDate(m_month->date().addMonths(1)); });
    connect(thisMonth, &QPushButton::clicked, this, [this] { m_month->setDate(QDate::currentDate()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_model->setKinds(kind < 0 ? QList<party::ReviewKind>()
                                   : QList<party::ReviewKind>{static_cast<party::ReviewKind>(kind)});
    });
    connect(m_model, &ReviewModel::countChanged, this, &ReviewPanel::updateSummary);
    connect(m_view, &QAbstractItemView::activated, this, &ReviewPanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &ReviewPanel::openCurrent);
    connect(m_reconcile, &QPushButton::clicked, this, &ReviewPanel::reconcileCurrent);
    // The first row is current from the start, so Ctrl+2 then Enter acts on the most urgent item.
    const auto showCurrent = [this] {
        const QModelIndex current = m_view->currentIndex();
        m_open->setEnabled(current.isValid());
        const party::PartyReviewItem* item = m_model->item(current.row());
        m_reconcile->setVisible(item && item->kind == party::ReviewKind::PoliticalStatusMismatch &&
                                item->record == party::ReviewRecord::Member);
        m_currentNote->setText(
            current.isValid() ? m_model->index(current.row(), int(ReviewColumn::Details)).data().toString()
                              : QString());
    };
    const auto selectFirst = [this, showCurrent] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        showCurrent();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, selectFirst);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, showCurrent);
    updateSummary();
    selectFirst();
}

void ReviewPanel::setOrganisation(qint64 organisationId)
{
    m_model->setOrganisation(organisationId);
}

void ReviewPanel::setMonth(QDate month)
{
    m_month->setDate(month);
}

void ReviewPanel::refresh()
{
    const int row = m_view->currentIndex().row();
    m_model->refresh();
    // Acting on a row usually removes it: stay near where the secretary was in the list.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qBound(0, row, m_model->rowCount() - 1), 0));
}

void ReviewPanel::updateSummary()
{
    const int count = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    const QString month = m_model->month().toString(QStringLiteral("yyyy-MM"));
    m_summary->setText(overdue > 0
                           ? tr("%1: %n item(s) to do, %2 overdue", nullptr, count).arg(month).arg(overdue)
                           : tr("%1: %n item(s) to do", nullptr, count).arg(month));
    m_emptyHint->setVisible(count == 0);
    m_emptyHint->resize(m_view->viewport()->size());
}

void ReviewPanel::reconcileCurrent()
{
    const party::PartyReviewItem* item = m_model->item(m_view->currentIndex().row());
    if (!item || item->kind != party::ReviewKind::PoliticalStatusMismatch || item->memberId == 0)
        return;
    const Outcome done = party::PoliticalStatusSync(m_db).setPersonFromParty(item->memberId);
    if (!done) {
        MessageBox::warning(this, tr("Political status"), done.summary());
        return;
    }
    refresh();
}

void ReviewPanel::openCurrent()
{
    if (const party::PartyReviewItem* item = m_model->item(m_view->currentIndex().row()))
        emit openRequested(*item);
}

} // namespace anju
