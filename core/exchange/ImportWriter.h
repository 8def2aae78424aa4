#pragma once

#include "exchange/ImportedHousehold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace anju {

class Database;

// Writes checked households of an import inside the importer's transaction, with statements prepared
// once: the sites, buildings, units and rooms the rows name are found or created on the way.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(anju::ImportWriter)

public:
    ImportWriter(const Database& db, QDate today);
    bool prepare(QString* error);

    // The site a household goes to: by name or code, else `defaultSite`, else a new site made for the
    // name (its county from the household's origin). 0 with `error` when it has no site at all.
    qint64 resolveSite(const ImportedHousehold& household, const QString& defaultSite, QString* error);
    bool write(ImportedHousehold& household, qint64 siteId, QString* error);

    int sitesCreated() const { return m_sitesCreated; }

private:
    qint64 dwellingFor(qint64 siteId, const ImportedHousehold& household, QString* error);
    qint64 findOrInsert(QHash<QString, qint64>& cache, const QString& key, QSqlQuery& select, QSqlQuery& insert,
                        const QVariantList& values, QString* error);
    QString nextHouseholdNumber(qint64 siteId);

    const Database& m_db;
    QDate m_today;
    QSqlQuery m_insertHousehold;
    QSqlQuery m_insertPerson;
    QSqlQuery m_insertMembership;
    QSqlQuery m_selectBuilding, m_insertBuilding;
    QSqlQuery m_selectUnit, m_insertUnit;
    QSqlQuery m_selectDwelling, m_insertDwelling;
    QHash<QString, qint64> m_sitesByName;
    QHash<QString, qint64> m_sitesByCode;
    QHash<qint64, QString> m_siteCodes;
    QHash<QString, qint64> m_buildings; // "site/name"
    QHash<QString, qint64> m_units;     // "building/name"
    QHash<QString, qint64> m_dwellings; // "unit/room"
    QHash<qint64, int> m_nextNumber;    // site → next household sequence
    int m_sitesCreated = 0;
};

} // namespace anju
