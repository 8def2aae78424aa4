#pragma once

#include "TestDatabase.h"
#include "party/PartyService.h"

#include <QTest>

namespace anju::test {

// A branch covering the test site, and members entered with the steps already on file (joined the
// branch after their last step, so only the dates of those steps are checked).
struct PartyFixture
{
    TestDatabase t;
    qint64 branchId = 0;
    // The day the members are entered on: a test that counts ages or dues from a fixed day sets it first.
    QDate today = QDate::currentDate();

    PartyFixture()
    {
        party::Organisation branch;
        branch.kind = party::OrganisationKind::Branch;
        branch.name = QStringLiteral("测试安置点党支部");
        branch.siteIds = {t.siteId()};
        branch.foundingDate = QDate(2018, 7, 1);
        const Result<party::Organisation> saved =
            party::PartyService(t.db()).saveOrganisation(branch, QDate(2018, 7, 1));
        if (!saved)
            qFatal("organisation: %s", qPrintable(saved.summary()));
        branchId = saved.value().id;
    }

    // An outside cadre whose steps are the given events on the given dates.
    qint64 addMember(const QString& name, Sex sex, QDate birth,
                     const QList<QPair<party::StageEvent, QDate>>& steps, int sequence)
    {
        party::PartyMember m;
        m.origin = party::MemberOrigin::OutsideCadre;
        m.name = name;
        m.sex = sex;
        m.birthDate = birth;
        m.idNumber = makeIdNumber(QStringLiteral("430524"), birth, sequence);
        m.workUnit = QStringLiteral("县农业农村局");
        m.organisationId = branchId;
        m.dues.category = party::DuesCategory::Employed;
        m.dues.monthlyIncome = 400000; // 4,000 yuan: 1% a month
        for (const auto& [event, date] : steps) {
            party::StageStep step;
            step.event = event;
            step.date = date;
            m.stageHistory.append(step);
        }
        const Result<party::PartyMember> saved =
            party::PartyService(t.db()).createMember(m, steps.last().second.addDays(1), today);
        if (!saved)
            qFatal("member %s: %s", qPrintable(name), qPrintable(saved.summary()));
        return saved.value().id;
    }

    // A probationary member admitted on `admitted`, with the usual steps before.
    qint64 addProbationary(const QString& name, QDate admitted, int sequence)
    {
        return addMember(name, Sex::Male, QDate(1985, 3, 12),
                         {{party::StageEvent::Application, admitted.addYears(-3)},
                          {party::StageEvent::ApplicationTalk, admitted.addYears(-3).addDays(20)},
                          {party::StageEvent::Activist, admitted.addYears(-3).addMonths(3)},
                          {party::StageEvent::DevelopmentTarget, admitted.addYears(-1).addMonths(-2)},
                          {party::StageEvent::Admission, admitted}},
                         sequence);
    }
};

} // namespace anju::test
