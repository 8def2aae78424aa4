#pragma once

#include "grids/PairingHandover.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace anju {

class Database;

// 结对移交: one partner's pairings (a cadre's or a party member's, whether or not they serve as grid staff)
// handed to a successor in one action (PairingHandover::handOver), with the open visit tasks of those
// households. The partners offered are the ones the grids show (PairingHandover::partners), so a clerk who
// may not read the party roll still finds the members paired with the grid's families; a successor from
// outside is an outside cadre by name. Says how many households and open tasks move and asks once more.
class PairingHandoverDialog : public QDialog
{
    Q_OBJECT

public:
    // `fromStaffId`: the staff member to start from when they pair anyone (0: the first partner).
    PairingHandoverDialog(const Database& db, qint64 gridId, QDate day, qint64 fromStaffId = 0,
                          QWidget* parent = nullptr);

    QComboBox* fromBox() const { return m_from; }
    QListWidget* households() const { return m_households; }
    QRadioButton* partnerChoice() const { return m_toPartner; }
    QComboBox* successors() const { return m_to; }
    QRadioButton* cadreChoice() const { return m_toCadre; }
    QLineEdit* cadreName() const { return m_cadreName; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* loadLabel() const { return m_load; }
    const grids::Handover& result() const { return m_done; }
    // Selects the partner to hand over from by name; false when no such partner pairs anyone here.
    bool chooseFrom(const QString& name);

public slots:
    void accept() override;

signals:
    void handedOver(const anju::grids::Handover& done);

private:
    void fromChanged();
    void updateLoad();
    void choiceChanged();
    grids::PairingPartner successor() const;
    QString describe(const grids::PairingPartner& partner) const;

    const Database& m_db;
    QList<grids::PairingPartner> m_partners;
    QList<grids::PairingToMove> m_open;
    grids::Handover m_done;
    QLabel* m_load = nullptr;
    QComboBox* m_from = nullptr;
    QListWidget* m_households = nullptr;
    QRadioButton* m_toPartner = nullptr;
    QComboBox* m_to = nullptr;
    QRadioButton* m_toCadre = nullptr;
    QLineEdit* m_cadreName = nullptr;
    QLineEdit* m_workUnit = nullptr;
    QLineEdit* m_phone = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    FieldErrors m_errors;
};

} // namespace anju
