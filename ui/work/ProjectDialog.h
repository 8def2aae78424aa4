#pragma once

#include "widgets/FieldError.h"
#include "work/WorkTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace anju {

class Database;
class OptionalDateEdit;

// An industry project 产业帮扶 typed in: name, level, model, site, who runs it and where, investment in
// yuan, total shares (asset shares 资产折股量化 only), dates. New (project.id 0) or changed; every rule is
// core's (IndustryRules, IndustryService::saveProject), shown at the field that broke it.
class ProjectDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectDialog(const Database& db, const work::IndustryProject& project, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* levelBox() const { return m_level; }
    QComboBox* modelBox() const { return m_model; }
    QDoubleSpinBox* investmentEdit() const { return m_investment; }
    QSpinBox* sharesEdit() const { return m_shares; }
    QDateEdit* startedEdit() const { return m_started; }
    const work::IndustryProject& project() const { return m_project; }

    bool validate();

public slots:
    void accept() override;

private:
    work::IndustryProject draft() const;

    const Database& m_db;
    work::IndustryProject m_project;
    QLineEdit* m_name = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_model = nullptr;
    QComboBox* m_site = nullptr;
    QLineEdit* m_operator = nullptr;
    QLineEdit* m_location = nullptr;
    QDoubleSpinBox* m_investment = nullptr;
    QSpinBox* m_shares = nullptr;
    QDateEdit* m_started = nullptr;
    OptionalDateEdit* m_ended = nullptr;
    QLineEdit* m_note = nullptr;
    FieldErrors m_errors;
};

} // namespace anju
