#pragma once

// Hand-built households at one or two sites for the training and industry tests, saved through the
// registry's service (so memberships and the search columns are as the program writes them).
#include "TestDatabase.h"

#include "registry/RegistryService.h"
#include "registry/SiteRepository.h"
#include "registry/SiteService.h"

#include <QSqlError>
#include <QSqlQuery>

namespace anju::test {

class TrainingFixtures
{
public:
    explicit TrainingFixtures(TestDatabase& test) : m_test(test)
    {
        m_unitId = registry::SiteRepository(test.db()).units(test.buildingId()).at(0).id;
    }

    // A household of `members` residents since 2020 at `siteId` (0: the test's site), numbered H001, H002…;
    // the members' ids, head first, in `personIds`.
    qint64 household(int members, qint64 siteId = 0, QList<qint64>* personIds = nullptr)
    {
        ++m_sequence;
        const QString county = QStringLiteral("430524");
        Household h;
        h.siteId = siteId > 0 ? siteId : m_test.siteId();
        h.number = QStringLiteral("H%1").arg(m_sequence, 3, 10, QLatin1Char('0'));
        h.relocationDate = QDate(2020, 1, 1);
        h.originCountyCode = county;
        const QString digits = QStringLiteral("零一二三四五六七八九");
        for (int i = 0; i < members; ++i)
            h.members.append(makePerson(QStringLiteral("学员") + digits.at(m_sequence / 10 % 10) +
                                            digits.at(m_sequence % 10) + digits.at(i % 10),
                                        makeIdNumber(county, QDate(1980, 1, 1).addDays(m_sequence * 10 + i),
                                                     2 * (m_sequence * 10 + i) + 1),
                                        i == 0 ? Relationship::Head : Relationship::Other));
        const qint64 unit = h.siteId == m_test.siteId() ? m_unitId : m_otherUnit;
        const auto saved = registry::RegistryService(m_test.db())
                               .saveHousehold(h, unit, QString::number(100 + m_sequence), QDate(2020, 1, 1));
        if (!saved)
            qFatal("household: %s", qPrintable(saved.summary()));
        if (personIds) {
            personIds->clear();
            for (const Person& p : saved.value().members)
                if (p.relationship == Relationship::Head)
                    personIds->prepend(p.id);
                else
                    personIds->append(p.id);
        }
        return saved.value().id;
    }

    // A second site "幸福家园" with one building; made once.
    qint64 otherSite()
    {
        if (m_otherSite > 0)
            return m_otherSite;
        Site site;
        site.code = QStringLiteral("430524002");
        site.name = QStringLiteral("幸福家园");
        site.countyCode = QStringLiteral("430524");
        const Result<Site> saved = registry::SiteService(m_test.db()).saveSite(site);
        if (!saved)
            qFatal("site: %s", qPrintable(saved.summary()));
        m_otherSite = saved.value().id;
        Building b;
        b.siteId = m_otherSite;
        b.name = QStringLiteral("8栋");
        const auto building = registry::SiteService(m_test.db()).saveBuilding(b, 1);
        if (!building)
            qFatal("building: %s", qPrintable(building.summary()));
        m_otherUnit = registry::SiteRepository(m_test.db()).units(building.value().id).at(0).id;
        return m_otherSite;
    }

    void exec(const QString& sql, const QVariantList& values)
    {
        QSqlQuery q(m_test.db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("fixture: %s", qPrintable(q.lastError().text()));
    }

    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(m_test.db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("fixture: %s", qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

private:
    TestDatabase& m_test;
    qint64 m_unitId = 0;
    qint64 m_otherSite = 0;
    qint64 m_otherUnit = 0;
    int m_sequence = 0;
};

} // namespace anju::test
