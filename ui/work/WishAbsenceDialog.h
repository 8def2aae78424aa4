#pragma once

#include "widgets/FieldError.h"
#include "work/WorkTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace anju {

class Database;
class OptionalDateEdit;
class PersonSearchBox;

// A person's 意愿 as the pairing cadre collected it (EmploymentService::recordWish), or — in the absence
// mode — why a member of the labour force has no job (recordAbsence), which keeps them off the idle
// labour findings while it holds.
class WishAbsenceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Wish,
        Absence,
    };
    WishAbsenceDialog(const Database& db, Mode mode, QDate day, QWidget* parent = nullptr);

    PersonSearchBox* personBox() const { return m_person; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* placeEdit() const { return m_place; }
    QLineEdit* detailEdit() const { return m_detail; }
    QDateEdit* fromEdit() const { return m_from; }

    work::Wish wish() const;
    work::Absence absence() const;

public slots:
    void accept() override;

signals:
    void saved();

private:
    const Database& m_db;
    Mode m_mode;
    PersonSearchBox* m_person = nullptr;
    QComboBox* m_kind = nullptr;   // the wish's kind, or the reason
    QLineEdit* m_place = nullptr;  // where (a wish to work)
    QLineEdit* m_detail = nullptr; // what work, the trade, the business; or the reason's note
    QLineEdit* m_collectedBy = nullptr;
    QDateEdit* m_from = nullptr; // the day collected, or the day the reason holds from
    OptionalDateEdit* m_to = nullptr;
    FieldErrors m_errors;
};

} // namespace anju
