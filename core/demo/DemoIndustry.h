#pragma once

#include "demo/DemoWorkModel.h"

namespace anju::demo {

class DemoWorkWriter;

// The four levels of 产业帮扶 over the demo's years (DemoWork calls it): a county industrial park per county
// and a base per township, for the whole office or one site; a village cooperative at most sites, most of
// them 资产折股量化 with the shares of every household in them; a few household projects per site. Each
// project's beneficiary households per year with their people then, shares and what they received.
class DemoIndustry
{
public:
    DemoIndustry(DemoWorkWriter& writer, const WorkRegistry& registry, const DemoWorkModel& model)
        : m_writer(writer), m_registry(registry), m_model(model)
    {
    }

    // Parks and township bases. False with the writer's error.
    bool officeLevel(Random& random);
    // The cooperative and household projects of one site.
    bool site(Random& random, int site);

    int projects() const { return m_projects; }
    int beneficiaries() const { return m_beneficiaries; }

private:
    struct Share
    {
        int household = 0;
        int shares = 0;
    };

    // The day a year's figures are taken: its last day, or the demo's day in the demo's year.
    QDate yearEnd(int year) const;
    int people(int household, QDate day) const;
    qint64 project(qint64 siteId, const QString& name, const char* level, const char* model,
                   const QString& operatorName, const QString& location, work::Fen investment,
                   int totalShares, QDate startedOn, QDate endedOn, const QString& note);
    // The years the project holds in, from the first of the demo's.
    QList<int> years(QDate startedOn, QDate endedOn) const;
    bool shareholders(Random& random, qint64 projectId, const QList<Share>& holders, QDate startedOn,
                      int dividendLow, int dividendHigh);
    bool sampled(Random& random, qint64 projectId, const QList<int>& households, QDate startedOn,
                 int perMille, const char* model);

    DemoWorkWriter& m_writer;
    const WorkRegistry& m_registry;
    const DemoWorkModel& m_model;
    int m_projects = 0;
    int m_beneficiaries = 0;
};

} // namespace anju::demo
