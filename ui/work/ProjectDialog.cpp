#include "work/ProjectDialog.h"

#include "domain/Enums.h"
#include "registry/SiteRepository.h"
#include "widgets/OptionalDateEdit.h"
#include "work/IndustryRules.h"
#include "work/IndustryService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace anju {

ProjectDialog::ProjectDialog(const Database& db, const work::IndustryProject& project, QWidget* parent)
    : QDialog(parent), m_db(db), m_project(project)
{
    setWindowTitle(project.id > 0 ? tr("Change the project") : tr("New industry project"));
    m_name = new QLineEdit(project.name, this);
    m_name->setPlaceholderText(tr("e.g. 安置点食用菌基地"));
    m_level = new QComboBox(this);
    for (const auto& info : enumInfos<work::IndustryLevel>())
        m_level->addItem(enumLabel(info.value), int(info.value));
    m_level->setCurrentIndex(m_level->findData(int(project.level)));
    m_model = new QComboBox(this);
    for (const auto& info : enumInfos<work::IndustryModel>())
        m_model->addItem(enumLabel(info.value), int(info.value));
    m_model->setCurrentIndex(m_model->findData(int(project.model)));
    m_site = new QComboBox(this);
    m_site->addItem(tr("Whole office"), qint64(0));
    for (const Site& site : registry::SiteRepository(db).sites())
        m_site->addItem(site.name, site.id);
    m_site->setCurrentIndex(std::max(0, m_site->findData(project.siteId)));
    m_operator = new QLineEdit(project.operatorName, this);
    m_operator->setPlaceholderText(tr("the company or cooperative running it"));
    m_location = new QLineEdit(project.location, this);
    m_investment = new QDoubleSpinBox(this);
    m_investment->setRange(0, 1e11);
    m_investment->setDecimals(2);
    m_investment->setGroupSeparatorShown(true);
    m_investment->setSuffix(tr(" yuan"));
    m_investment->setValue(double(project.investment) / 100.0);
    m_shares = new QSpinBox(this);
    m_shares->setRange(0, 100000000);
    m_shares->setValue(project.totalShares);
    m_shares->setToolTip(tr("资产折股量化: the shares the assets are divided into"));
    m_started = new QDateEdit(project.startedOn.isValid() ? project.startedOn : QDate::currentDate(), this);
    m_started->setCalendarPopup(true);
    m_started->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ended = new OptionalDateEdit(this);
    m_ended->setValue(project.endedOn);
    m_ended->setToolTip(tr("The first day it no longer runs; leave empty while it runs"));
    m_note = new QLineEdit(project.note, this);

    auto* form = new QFormLayout;
    m_errors.addRow(form, this, tr("&Name:"), m_name, "projectName", QLatin1String(Field::IndustryName));
    m_errors.addRow(form, this, tr("&Level:"), m_level, "projectLevel");
    m_errors.addRow(form, this, tr("&Model:"), m_model, "projectModel");
    m_errors.addRow(form, this, tr("Si&te:"), m_site, "projectSite", QLatin1String(Field::IndustrySite));
    m_errors.addRow(form, this, tr("Run b&y:"), m_operator, "projectOperator");
    m_errors.addRow(form, this, tr("&Where:"), m_location, "projectLocation");
    m_errors.addRow(form, this, tr("&Investment:"), m_investment, "projectInvestment",
                    QLatin1String(Field::IndustryInvestment));
    m_errors.addRow(form, this, tr("Total s&hares:"), m_shares, "projectShares",
                    QLatin1String(Field::IndustryShares));
    m_errors.addRow(form, this, tr("&Began on:"), m_started, "projectStarted",
                    QLatin1String(Field::IndustryStartedOn));
    m_errors.addRow(form, this, tr("&Ended on:"), m_ended, "projectEnded",
                    QLatin1String(Field::IndustryEndedOn));
    m_errors.addRow(form, this, tr("N&ote:"), m_note, "projectNote");
    auto* general = FieldError::makeLabel(this);
    m_errors.setGeneralLabel(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    // Only a project of asset shares is divided into shares.
    const auto sharesFollowModel = [this] {
        const bool shares = m_model->currentData().toInt() == int(work::IndustryModel::AssetShares);
        m_shares->setEnabled(shares);
        if (!shares)
            m_shares->setValue(0);
    };
    connect(m_model, &QComboBox::currentIndexChanged, this, sharesFollowModel);
    sharesFollowModel();
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectDialog::reject);
    m_name->setFocus();
}

work::IndustryProject ProjectDialog::draft() const
{
    work::IndustryProject p = m_project;
    p.name = m_name->text().trimmed();
    p.level = static_cast<work::IndustryLevel>(m_level->currentData().toInt());
    p.model = static_cast<work::IndustryModel>(m_model->currentData().toInt());
    p.siteId = m_site->currentData().toLongLong();
    p.operatorName = m_operator->text().trimmed();
    p.location = m_location->text().trimmed();
    p.investment = qRound64(m_investment->value() * 100);
    p.totalShares = m_shares->value();
    p.startedOn = m_started->date();
    p.endedOn = m_ended->value();
    p.note = m_note->text().trimmed();
    return p;
}

bool ProjectDialog::validate()
{
    return m_errors.show(work::IndustryRules::checkProject(draft()));
}

void ProjectDialog::accept()
{
    if (!validate())
        return;
    const Result<work::IndustryProject> saved = work::IndustryService(m_db).saveProject(draft());
    if (!m_errors.show(saved))
        return;
    m_project = saved.value();
    QDialog::accept();
}

} // namespace anju
