#pragma once

#include "domain/Site.h"
#include "widgets/FieldError.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace anju {

class CountyComboBox;
class Database;
class OptionalDateEdit;

// Edits one resettlement site 安置点; OK checks the rules and saves, and on errors the dialog stays
// open with each message under its field.
class SiteDialog : public QDialog
{
    Q_OBJECT

public:
    // A site with id 0 is a new one.
    SiteDialog(const Database& db, const Site& site, QWidget* parent = nullptr);

    // The site as saved (with its id and row version) once the dialog was accepted.
    const Site& site() const { return m_site; }
    // Checks the fields with SiteService::validate() and marks each bad one; true when all are good.
    bool validate();
    void accept() override;

private:
    void buildForm();
    void load(const Site& site);
    Site siteFromFields() const;

    const Database& m_db;
    Site m_site;
    FieldErrors m_errors;

    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    CountyComboBox* m_county = nullptr;
    QLineEdit* m_township = nullptr;
    QLineEdit* m_community = nullptr;
    QComboBox* m_urban = nullptr;
    QLineEdit* m_address = nullptr;
    OptionalDateEdit* m_moveInDate = nullptr;
    QCheckBox* m_crossTownship = nullptr;
    QComboBox* m_serviceCentre = nullptr;
    QCheckBox* m_fiveConnections = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace anju
