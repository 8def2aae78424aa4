#pragma once

#include "party/PartyTypes.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace anju {

class Database;
class MemberDetailsBox;
class MemberDuesBox;
class MemberStateBox;
class StageTimeline;
class TransitionBox;

// One member's file: who they are, the stage timeline with the next step recorded as an explicit action,
// their state, particulars (branch, mentors, sponsors, training) and dues. Steps, state changes and dues
// payments are written at once, each its own action; the particulars and the dues basis with Save.
class MemberForm : public QDialog
{
    Q_OBJECT

public:
    enum class Tab
    {
        Development,
        Particulars,
        Dues,
    };

    MemberForm(const Database& db, qint64 memberId, QWidget* parent = nullptr);

    const party::PartyMember& member() const { return m_member; }
    void showTab(Tab tab);
    StageTimeline* timeline() const { return m_timeline; }
    TransitionBox* transitionBox() const { return m_transition; }
    MemberDuesBox* duesBox() const { return m_dues; }
    bool isDirty() const { return m_edited; }

    bool saveChanges();

public slots:
    void save();
    void reject() override;

signals:
    // Something of the member was written: lists, counts and the review may have changed.
    void memberChanged(qint64 memberId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void reload();
    void showMember(const party::PartyMember& member);

    const Database& m_db;
    party::PartyMember m_member;
    FieldErrors m_errors;
    bool m_edited = false;
    QLabel* m_header = nullptr;
    QLabel* m_stage = nullptr;
    QTabWidget* m_tabs = nullptr;
    StageTimeline* m_timeline = nullptr;
    TransitionBox* m_transition = nullptr;
    MemberStateBox* m_state = nullptr;
    MemberDetailsBox* m_details = nullptr;
    MemberDuesBox* m_dues = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace anju
