#include "party/StageTimeline.h"

#include "domain/Enums.h"
#include "party/PartyEnums.h"
#include "party/PartyRules.h"

#include <QHeaderView>

namespace anju {

StageTimeline::StageTimeline(QWidget* parent) : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("stageTimeline"));
    setHorizontalHeaderLabels({tr("Step"), tr("Date"), tr("Remarks")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    setColumnWidth(Step, fm.horizontalAdvance(QStringLiteral("MMMMMMMMMMMMMMM")) + 16);
    setColumnWidth(Date, fm.horizontalAdvance(QStringLiteral("2000-00-00")) + 24);
}

void StageTimeline::addRow(const QString& step, QDate date, const QString& remarks, bool planned)
{
    const int row = rowCount();
    insertRow(row);
    const QStringList texts = {step, date.isValid() ? date.toString(Qt::ISODate) : QString(), remarks};
    for (int column = 0; column < texts.size(); ++column) {
        auto* item = new QTableWidgetItem(texts.at(column));
        item->setToolTip(texts.at(column));
        if (planned) {
            QFont italic = font();
            italic.setItalic(true);
            item->setFont(italic);
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        setItem(row, column, item);
    }
}

void StageTimeline::showMember(const party::PartyMember& member)
{
    setRowCount(0);
    for (const party::StageStep& step : member.stageHistory) {
        QStringList remarks;
        if (step.event == party::StageEvent::ProbationExtension && step.extensionMonths > 0)
            remarks.append(tr("Extended by %n month(s)", nullptr, step.extensionMonths));
        if (step.fromRecords)
            remarks.append(tr("Entered from records (据档案补录): %1").arg(step.reason));
        else if (!step.reason.isEmpty()) {
            remarks.append(step.brokenRules.isEmpty()
                               ? tr("Reason: %1").arg(step.reason)
                               : tr("Rule set aside: %1 Reason: %2").arg(step.brokenRules, step.reason));
        }
        if (!step.note.isEmpty())
            remarks.append(step.note);
        addRow(enumLabel(step.event), step.date, remarks.join(QLatin1Char('\n')), false);
    }
    // Leaving the party closes the history: the way and the decision are in the state change's reason.
    for (const party::MemberStateChange& change : member.stateHistory)
        if (change.state == party::MemberState::Left)
            addRow(enumLabel(change.state), change.date, change.reason, false);

    // What comes next, and by when.
    const bool onRoll =
        member.state == party::MemberState::Normal || member.state == party::MemberState::Mobile;
    if (onRoll) {
        switch (member.stage) {
        case party::DevelopmentStage::Applicant:
            if (!member.dateOf(party::StageEvent::ApplicationTalk).isValid())
                addRow(tr("Talk due"),
                       party::PartyRules::applicationTalkDue(member.dateOf(party::StageEvent::Application)),
                       tr("The branch talks with the applicant within one month"), true);
            break;
        case party::DevelopmentStage::Activist:
            addRow(tr("Can become a development target"),
                   party::PartyRules::activistEligibleOn(member.dateOf(party::StageEvent::Activist)),
                   tr("After at least one year of cultivation"), true);
            break;
        case party::DevelopmentStage::Probationary:
            addRow(tr("Conversion due"), party::PartyRules::conversionDue(member),
                   party::PartyRules::isProbationExtended(member) ? tr("Probation extended")
                                                                  : tr("One year of probation"),
                   true);
            break;
        case party::DevelopmentStage::DevelopmentTarget:
        case party::DevelopmentStage::Full:
            break;
        }
    }
    resizeRowsToContents();
}

QString StageTimeline::rowText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return item(row, Step)->text() + QLatin1Char(' ') + item(row, Date)->text();
}

} // namespace anju
