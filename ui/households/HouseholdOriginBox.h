#pragma once

#include "domain/Household.h"

#include <QGroupBox>

class QCheckBox;
class QLineEdit;

namespace anju {

class CountyComboBox;
class FieldErrors;
class OptionalDateEdit;

// Where the household came from (迁出地), when it was relocated, how to reach it, and whether its
// registration (户籍) moved and a residence permit (居住证) was issued.
class HouseholdOriginBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit HouseholdOriginBox(FieldErrors& errors, QWidget* parent = nullptr);

    void load(const Household& household);
    void applyTo(Household& household) const;

    QWidget* firstField() const;
    QWidget* lastField() const;

signals:
    void edited();

private:
    CountyComboBox* m_county = nullptr;
    QLineEdit* m_township = nullptr;
    QLineEdit* m_village = nullptr;
    OptionalDateEdit* m_relocationDate = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_registrationMoved = nullptr;
    QCheckBox* m_residencePermit = nullptr;
};

} // namespace anju
