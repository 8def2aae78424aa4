#pragma once

#include "domain/Site.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace anju {

class Database;

// Edits one building 楼栋 of a site; a new building also gets its units 单元 (named 1..N).
class BuildingDialog : public QDialog
{
    Q_OBJECT

public:
    // A building with id 0 is a new one; its siteId must be set.
    BuildingDialog(const Database& db, const Building& building, QWidget* parent = nullptr);

    const Building& building() const { return m_building; } // as saved, once accepted
    bool validate();
    void accept() override;

private:
    Building buildingFromFields() const;

    const Database& m_db;
    Building m_building;
    FieldErrors m_errors;

    QLineEdit* m_name = nullptr;
    QSpinBox* m_floors = nullptr;
    QSpinBox* m_units = nullptr; // only for a new building
};

} // namespace anju
