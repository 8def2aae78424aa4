#pragma once

#include "exchange/ImportStatement.h"
#include "exchange/ImportedHousehold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace anju {
class Database;
} // namespace anju

namespace anju::exchange {

// Writes checked households of an import inside the importer's transaction, with statements prepared
// once: the sites, buildings, units and rooms the rows name are found or created on the way. Households carry
// their head and member count as written, so a bulk load needs no pass over persons to fill them.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(anju::exchange::ImportWriter)

public:
    // `useSqliteApi` false writes through QSqlQuery on SQLite too (the tests compare both ways).
    ImportWriter(const Database& db, QDate today, bool useSqliteApi = true);
    // Fails with the database's text.
    Outcome prepare();

    // The site a household goes to: by name or code, else `defaultSite`, else a new site made for the
    // name (its county from the household's origin). Fails (user's language) when it has no site at all
    // or the new site cannot be made.
    Result<qint64> resolveSite(const ImportedHousehold& household, const QString& defaultSite);
    // Fails with the database's text.
    Outcome write(ImportedHousehold& household, qint64 siteId);

    int sitesCreated() const { return m_sitesCreated; }

private:
    // The household's dwelling, made when it is not there yet; 0 when the roster names none.
    Result<qint64> dwellingFor(qint64 siteId, const ImportedHousehold& household);
    // The id of the row (parent, name) of a building, unit or dwelling, made when it is not there yet.
    Result<qint64> findOrInsert(QHash<QString, qint64>& cache, ImportStatement& select,
                                ImportStatement& insert, qint64 parent, const QString& name,
                                const QSet<qint64>& madeParents, QSet<qint64>* made);
    QString nextHouseholdNumber(qint64 siteId);

    const Database& m_db;
    QDate m_today;
    bool m_useSqliteApi = true;
    ImportStatement m_insertHousehold;
    ImportStatement m_insertPerson;
    ImportStatement m_insertMembership;
    ImportStatement m_selectBuilding, m_insertBuilding;
    ImportStatement m_selectUnit, m_insertUnit;
    ImportStatement m_selectDwelling, m_insertDwelling;
    QHash<QString, qint64> m_sitesByName;
    QHash<QString, qint64> m_sitesByCode;
    QHash<qint64, QString> m_siteCodes;
    QHash<QString, qint64> m_buildings;                     // "site/name"
    QHash<QString, qint64> m_units;                         // "building/name"
    QHash<QString, qint64> m_dwellings;                     // "unit/room"
    QString m_key;                                          // reused for the keys of these
    QSet<qint64> m_madeSites, m_madeBuildings, m_madeUnits; // made by this import
    QHash<qint64, int> m_nextNumber;                        // site → next household sequence
    int m_sitesCreated = 0;
};

} // namespace anju::exchange
