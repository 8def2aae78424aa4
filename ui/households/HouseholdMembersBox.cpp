#include "households/HouseholdMembersBox.h"

#include "domain/Enums.h"
#include "households/HouseholdMemberDelegates.h"
#include "households/HouseholdMembersModel.h"
#include "households/HouseholdMembersTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace anju {

namespace {
constexpr int MaxProblemLines = 6;
}

HouseholdMembersBox::HouseholdMembersBox(QUndoStack* undoStack, QWidget* parent)
    : QGroupBox(tr("Members"), parent)
{
    m_model = new HouseholdMembersModel(this);
    m_model->setUndoStack(undoStack);
    m_table = new HouseholdMembersTable(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HouseholdMemberDelegate(m_table));

    // Wide enough for the longest value a column can show in the user's language, not wider.
    const QFontMetrics fm = m_table->fontMetrics();
    auto* header = m_table->horizontalHeader();
    for (int column = 0; column < MemberColumnCount; ++column) {
        int width = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        // A rare long label is elided rather than widen the column for everyone; its editor shows it whole.
        const int longestChoice = fm.horizontalAdvance(QLatin1Char('M')) * 12;
        for (const HouseholdMemberChoice& choice :
             HouseholdMemberColumns::choices(static_cast<HouseholdMemberColumn>(column)))
            width = qMax(width, qMin(fm.horizontalAdvance(choice.label), longestChoice));
        switch (static_cast<HouseholdMemberColumn>(column)) {
        case HouseholdMemberColumn::Name:
            width = qMax(width, fm.horizontalAdvance(QStringLiteral("MMMMMMM")));
            break;
        case HouseholdMemberColumn::IdNumber:
            width = qMax(width, fm.horizontalAdvance(QStringLiteral("43052419800101001X")));
            break;
        case HouseholdMemberColumn::BirthDate:
            width = qMax(width, fm.horizontalAdvance(QStringLiteral("2000-00-00")));
            break;
        case HouseholdMemberColumn::Phone:
            width = qMax(width, fm.horizontalAdvance(QStringLiteral("13800000000")));
            break;
        case HouseholdMemberColumn::Sex:
            width = std::max({width, fm.horizontalAdvance(enumLabel(Sex::Male)),
                              fm.horizontalAdvance(enumLabel(Sex::Female))});
            break;
        case HouseholdMemberColumn::State:
            width = qMax(width, fm.horizontalAdvance(enumLabel(PersonState::MovedAway) +
                                                     QStringLiteral(" 2000-00-00")));
            break;
        default:
            break;
        }
        header->resizeSection(column, width + 20);
    }
    header->setStretchLastSection(true);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 + header->height());

    const auto button = [this](const QString& icon, const QString& text, const QString& toolTip,
                               const char* objectName) {
        auto* b = new QPushButton(
            icon.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        b->setToolTip(toolTip);
        b->setObjectName(QLatin1String(objectName));
        b->setAutoDefault(false);
        return b;
    };
    m_add = button(QStringLiteral("add"), tr("&Add member"), tr("Add a member (Insert or Ctrl+Shift+N)"),
                   "addMember");
    m_remove = button(QString(), tr("Remove unsa&ved member"),
                      tr("Take back a member row that was never saved"), "removeMember");
    m_moveOut = button(QStringLiteral("move-out"), tr("Move &out…"),
                       tr("The member moved away from the office's sites"), "moveOutMember");
    m_deceased =
        button(QStringLiteral("deceased"), tr("Mar&k deceased…"), tr("The member died"), "markDeceased");
    m_move = button(QStringLiteral("move"), tr("Move to anot&her household…"),
                    tr("The member joins another household; their history is kept"), "moveMember");
    connect(m_add, &QPushButton::clicked, this, &HouseholdMembersBox::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &HouseholdMembersBox::removeRequested);
    connect(m_moveOut, &QPushButton::clicked, this, &HouseholdMembersBox::moveOutRequested);
    connect(m_deceased, &QPushButton::clicked, this, &HouseholdMembersBox::deceasedRequested);
    connect(m_move, &QPushButton::clicked, this, &HouseholdMembersBox::moveRequested);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_remove);
    actions->addSpacing(16);
    actions->addWidget(m_moveOut);
    actions->addWidget(m_deceased);
    actions->addWidget(m_move);
    actions->addStretch();

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("memberProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_movedElsewhere = new QLabel(this);
    m_movedElsewhere->setObjectName(QStringLiteral("movedElsewhere"));
    m_movedElsewhere->setWordWrap(true);
    m_movedElsewhere->setTextFormat(Qt::PlainText);
    m_movedElsewhere->setEnabled(false); // greyed, as the former members in the table
    m_movedElsewhere->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_movedElsewhere);

    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_moveOut);
    setTabOrder(m_moveOut, m_deceased);
    setTabOrder(m_deceased, m_move);

    connect(m_model, &HouseholdMembersModel::problemsChanged, this, &HouseholdMembersBox::updateProblems);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HouseholdMembersBox::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HouseholdMembersBox::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HouseholdMembersBox::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HouseholdMembersBox::updateActions);
    updateProblems();
    updateActions();
}

int HouseholdMembersBox::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QWidget* HouseholdMembersBox::lastFocusable() const
{
    return m_move;
}

void HouseholdMembersBox::setAddAllowed(bool allowed)
{
    m_add->setEnabled(allowed);
    updateProblems();
}

void HouseholdMembersBox::setMovedElsewhere(const QStringList& lines)
{
    m_movedElsewhere->setText(tr("Moved to other households: %1").arg(lines.join(tr("; ", "between the moved members"))));
    m_movedElsewhere->setVisible(!lines.isEmpty());
}

bool HouseholdMembersBox::focusFirstProblem()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < MemberColumnCount; ++column) {
            if (!m_model->problemAt(row, column).isEmpty()) {
                m_table->setFocus(Qt::OtherFocusReason);
                m_table->setCurrentIndex(m_model->index(row, column));
                m_table->scrollTo(m_model->index(row, column));
                return true;
            }
        }
    }
    return false;
}

void HouseholdMembersBox::updateProblems()
{
    QStringList lines = m_model->problems();
    if (lines.isEmpty()) {
        m_problems->setStyleSheet({});
        m_problems->setEnabled(false);
        m_problems->setText(m_model->rowCount() == 0 && m_add->isEnabled()
                                ? tr("No members yet: press Insert to add one, then type name, ID number and "
                                     "relationship; Tab or Enter moves to the next cell.")
                                : QString());
        m_problems->setVisible(!m_problems->text().isEmpty());
        return;
    }
    if (lines.size() > MaxProblemLines) {
        const qsizetype more = lines.size() - (MaxProblemLines - 1);
        lines = lines.mid(0, MaxProblemLines - 1);
        lines.append(tr("… and %n more problem(s).", nullptr, int(more)));
    }
    m_problems->setEnabled(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->show();
}

void HouseholdMembersBox::updateActions()
{
    const int row = currentRow();
    const bool saved = row >= 0 && !m_model->isNew(row) && !m_model->isFormer(row);
    m_remove->setEnabled(row >= 0 && m_model->isNew(row));
    m_moveOut->setEnabled(saved);
    m_deceased->setEnabled(saved);
    m_move->setEnabled(saved);
    updateProblems();
}

} // namespace anju
