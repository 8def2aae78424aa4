#pragma once

#include "settings/OfficeSettingEdit.h"
#include "settings/OfficeSettings.h"

#include <QDialog>
#include <QList>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace anju {

class Database;

// Changes one of the office's visit or income rules: an editor typed for the setting (a number within its
// range, a frequency as a number and a unit, yuan, the sources or schemes as check boxes, a text), the
// core's message when the value is refused, and a confirmation when the change sets off more (a recount).
// Nothing is written on Cancel.
class OfficeSettingDialog : public QDialog
{
    Q_OBJECT

public:
    OfficeSettingDialog(const Database& db, const settings::OfficeSetting& setting,
                        const settings::SettingSpec& spec, QWidget* parent = nullptr);

    void accept() override;

private:
    QWidget* makeEditor();
    QString enteredText() const;
    void frequencyUnitChanged();

    const Database& m_db;
    settings::OfficeSetting m_setting;
    settings::SettingSpec m_spec;
    QSpinBox* m_count = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_choice = nullptr;
    QLineEdit* m_line = nullptr;
    QList<QCheckBox*> m_checks;
    QLabel* m_error = nullptr;
};

// Adds a year's monitoring line with the notice it comes from (done every January).
class YearLineDialog : public QDialog
{
    Q_OBJECT

public:
    YearLineDialog(const Database& db, int year, QWidget* parent = nullptr);
    void accept() override;
    int year() const;

private:
    void yearChanged();

    const Database& m_db;
    QMap<int, qint64> m_lines; // the years that have a line already, in fen
    QSpinBox* m_year = nullptr;
    QLabel* m_replaces = nullptr;
    QLineEdit* m_yuan = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace anju
