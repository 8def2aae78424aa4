#include "sites/SiteDialog.h"

#include "domain/Enums.h"
#include "registry/SiteService.h"
#include "widgets/CountyComboBox.h"
#include "widgets/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace anju {

SiteDialog::SiteDialog(const Database& db, const Site& site, QWidget* parent)
    : QDialog(parent), m_db(db), m_site(site)
{
    setWindowTitle(site.id == 0 ? tr("New site") : tr("Edit site %1").arg(site.name));
    buildForm();
    load(site);
}

void SiteDialog::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    const auto addField = [this, form](const QString& labelText, QWidget* field, const char* objectName,
                                       const QString& fieldKey) {
        m_errors.addRow(form, this, labelText, field, objectName, fieldKey);
    };

    m_code = new QLineEdit(this);
    m_code->setPlaceholderText(tr("e.g. 430524001"));
    m_code->setMaxLength(20);
    addField(tr("&Code:"), m_code, "siteCode", QLatin1String(Field::SiteCode));

    m_name = new QLineEdit(this);
    m_name->setMaxLength(100);
    addField(tr("&Name:"), m_name, "siteName", QLatin1String(Field::SiteName));

    m_county = new CountyComboBox(this);
    addField(tr("C&ounty:"), m_county, "siteCounty", QLatin1String(Field::SiteCounty));

    m_township = new QLineEdit(this);
    m_township->setMaxLength(100);
    addField(tr("&Township:"), m_township, "siteTownship", {});

    // The village or community the site lies in: a work team or first secretary sent there serves it.
    m_community = new QLineEdit(this);
    m_community->setMaxLength(100);
    m_community->setPlaceholderText(tr("e.g. Xinhe Community"));
    addField(tr("&Village or community:"), m_community, "siteCommunity", {});

    m_urban = new QComboBox(this);
    m_urban->addItem(tr("Urban (in a town or city)"), true);
    m_urban->addItem(tr("Rural (in a village)"), false);
    addField(tr("&Urban or rural:"), m_urban, "siteUrban", {});

    m_address = new QLineEdit(this);
    m_address->setMaxLength(200);
    addField(tr("&Address:"), m_address, "siteAddress", {});

    m_moveInDate = new OptionalDateEdit(this);
    addField(tr("&Move-in date:"), m_moveInDate, "siteMoveInDate", {});

    m_crossTownship = new QCheckBox(tr("Households come from other townships (cross-to&wnship site)"), this);
    m_crossTownship->setObjectName(QStringLiteral("siteCrossTownship"));
    form->addRow(QString(), m_crossTownship);

    // The facilities the site rules of the monthly summary ask about.
    m_serviceCentre = new QComboBox(this);
    for (const EnumInfo<ServiceCentre>& info : enumInfos<ServiceCentre>())
        m_serviceCentre->addItem(enumLabel(info.value), QLatin1String(info.key));
    addField(tr("Service &centre:"), m_serviceCentre, "siteServiceCentre", {});
    m_fiveConnections = new QCheckBox(tr("Meets the &five connections and three improvements (五通三化)"), this);
    m_fiveConnections->setObjectName(QStringLiteral("siteFiveConnections"));
    m_fiveConnections->setToolTip(tr("Water, power, road, broadband and gas connected; roads hardened, greened and lit"));
    form->addRow(QString(), m_fiveConnections);

    auto* general = FieldError::makeLabel(this);
    general->setObjectName(QStringLiteral("generalError"));
    m_errors.setGeneralLabel(general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SiteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SiteDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setTabOrder(m_code, m_name);
    setTabOrder(m_name, m_county);
    setTabOrder(m_county, m_township);
    setTabOrder(m_township, m_community);
    setTabOrder(m_community, m_urban);
    setTabOrder(m_urban, m_address);
    setTabOrder(m_address, m_moveInDate);
    setTabOrder(m_moveInDate, m_crossTownship);
    setTabOrder(m_crossTownship, m_serviceCentre);
    setTabOrder(m_serviceCentre, m_fiveConnections);
    setTabOrder(m_fiveConnections, m_buttons);
    setMinimumWidth(520);
}

void SiteDialog::load(const Site& site)
{
    m_code->setText(site.code);
    m_name->setText(site.name);
    if (!site.countyCode.isEmpty())
        m_county->setCountyCode(site.countyCode);
    m_township->setText(site.township);
    m_community->setText(site.community);
    m_urban->setCurrentIndex(site.urban ? 0 : 1);
    m_address->setText(site.address);
    m_moveInDate->setValue(site.moveInDate);
    m_crossTownship->setChecked(site.crossTownship);
    m_serviceCentre->setCurrentIndex(std::max(0, m_serviceCentre->findData(site.serviceCentre)));
    m_fiveConnections->setChecked(site.fiveConnections);
    m_code->setFocus();
}

Site SiteDialog::siteFromFields() const
{
    Site site = m_site;
    site.code = m_code->text().trimmed();
    site.name = m_name->text().trimmed();
    site.countyCode = m_county->countyCode();
    site.township = m_township->text().trimmed();
    site.community = m_community->text().trimmed();
    site.urban = m_urban->currentData().toBool();
    site.address = m_address->text().trimmed();
    site.moveInDate = m_moveInDate->value();
    site.crossTownship = m_crossTownship->isChecked();
    site.serviceCentre = m_serviceCentre->currentData().toString();
    site.fiveConnections = m_fiveConnections->isChecked();
    return site;
}

bool SiteDialog::validate()
{
    return m_errors.show(registry::SiteService::validate(siteFromFields()));
}

void SiteDialog::accept()
{
    if (!validate())
        return;
    Result<Site> saved = registry::SiteService(m_db).saveSite(siteFromFields());
    if (!m_errors.show(saved))
        return;
    m_site = saved.value();
    QDialog::accept();
}

} // namespace anju
