#include "grids/GridWorkTabs.h"

#include "access/Permissions.h"
#include "database/Database.h"
#include "grids/CaseBoardPanel.h"
#include "grids/FindingsPanel.h"
#include "grids/GridsPage.h"
#include "grids/VisitPlanPanel.h"
#include "grids/VisitQuickEntryDialog.h"
#include "grids/VisitRecordDialog.h"
#include "grids/VisitSheetDialog.h"

#include <QCoreApplication>
#include <QPushButton>

namespace anju {

namespace {

struct GridWorkTr
{
    Q_DECLARE_TR_FUNCTIONS(anju::GridWorkTabs)
};

} // namespace

void addGridWorkTabs(GridsPage& page, const Database& db)
{
    auto* plan = new VisitPlanPanel(db, &page);
    auto* cases = new CaseBoardPanel(db, &page);
    auto* findings = new FindingsPanel(db, &page);
    page.addTab(plan, GridWorkTr::tr("Visit plan"));
    page.addTab(cases, GridWorkTr::tr("Cases"));
    page.addTab(findings, GridWorkTr::tr("Findings"));
    QObject::connect(&page, &GridsPage::gridChanged, plan, &VisitPlanPanel::setGrid);
    QObject::connect(&page, &GridsPage::gridChanged, cases, &CaseBoardPanel::setGrid);
    QObject::connect(&page, &GridsPage::gridChanged, findings, &FindingsPanel::setGrid);
    QObject::connect(findings, &FindingsPanel::householdRequested, &page, &GridsPage::openHouseholdRequested);
    // A visit recorded closes its task: the plan, the findings and the plan's last-visit colours change.
    QObject::connect(
        plan, &VisitPlanPanel::recordVisitRequested, &page, [&page, &db, plan, findings](qint64 taskId) {
            VisitRecordDialog* dialog = VisitRecordDialog::open(db, taskId, &page);
            if (!dialog)
                return;
            QObject::connect(dialog, &VisitRecordDialog::visitRecorded, &page, [&page, plan, findings] {
                plan->refresh();
                findings->refresh();
                emit page.statusMessage(GridWorkTr::tr("The visit is recorded and its task closed."));
            });
        });

    auto* sheet = new QPushButton(GridWorkTr::tr("Visit &sheet…"), &page);
    sheet->setObjectName(QStringLiteral("visitSheetButton"));
    sheet->setToolTip(GridWorkTr::tr("Print a worker's or a building's visit sheet for a month (A4 PDF)"));
    QObject::connect(sheet, &QPushButton::clicked, &page, [&page, &db] {
        VisitSheetDialog dialog(db, &page);
        dialog.exec();
    });
    auto* quick = new QPushButton(GridWorkTr::tr("&Quick entry…"), &page);
    quick->setObjectName(QStringLiteral("quickEntryButton"));
    const bool mayRecord = Permissions::allows(db.session(), Action::WriteGrids);
    quick->setEnabled(mayRecord);
    quick->setToolTip(mayRecord ? GridWorkTr::tr("Record the visits of a returned sheet by its row codes, "
                                                 "typed or scanned")
                                : GridWorkTr::tr("Recording visits is for the clerks, the manager and the "
                                                 "administrator."));
    QObject::connect(quick, &QPushButton::clicked, &page, [&page, &db, plan, findings] {
        VisitQuickEntryDialog dialog(db, &page);
        dialog.exec();
        if (dialog.recordedCount() > 0) {
            plan->refresh();
            findings->refresh();
            page.refresh();
        }
    });
    page.addHeaderButton(sheet);
    page.addHeaderButton(quick);
}

} // namespace anju
