#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace anju {

class PartyMemberModel;

// The filters above the member list: stage, state, sex, age band and a name or ID search. Each sets the
// model's typed filter at once (the search after a pause in typing).
class MemberFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit MemberFilterBar(PartyMemberModel* model, QWidget* parent = nullptr);

    QComboBox* stageCombo() const { return m_stage; }
    QComboBox* stateCombo() const { return m_state; }
    QComboBox* sexCombo() const { return m_sex; }
    QComboBox* ageCombo() const { return m_age; }
    QLineEdit* searchEdit() const { return m_search; }

public slots:
    void focusSearch();

private:
    void applyStage();
    void applyState();
    void applySex();
    void applyAge();

    PartyMemberModel* m_model;
    QComboBox* m_stage = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_age = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer m_searchDelay;
};

} // namespace anju
