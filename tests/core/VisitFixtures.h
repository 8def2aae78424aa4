#pragma once

#include "TestDatabase.h"

#include <QDate>
#include <QString>
#include <QVariantList>

// A grid of the test site written straight in SQL (grids17's services are built at the same time): the
// grid covering the test building, a grid worker and a grid leader, and households with one person each.
class VisitFixtures
{
public:
    explicit VisitFixtures(anju::test::TestDatabase& test) : m_test(test) {}

    // Runs one statement; returns the new row's id (fails the test by qFatal when refused).
    qint64 insert(const QString& sql, const QVariantList& values);
    // The grid 43052400100101 over the test building from 2020-01-01, its worker 王网格 and leader 李网长.
    void makeGrid();
    // A household at the site (in the grid when `inDwelling`), with one active person; returns the
    // household id and sets `personId`.
    qint64 household(const QString& number, bool inDwelling, qint64* personId, const QString& name = {});
    // A dated care category of a person (valid_to: the first day it no longer holds, or invalid).
    qint64 careCategory(qint64 personId, const QString& category, QDate from, QDate to = {});
    qint64 difficultMark(qint64 householdId, QDate from);
    // A pairing of the household with a staff member of the grid.
    qint64 pairWithStaff(qint64 householdId, qint64 staffId, QDate from);

    qint64 gridId = 0;
    qint64 workerId = 0;
    qint64 leaderId = 0;

private:
    anju::test::TestDatabase& m_test;
    int m_sequence = 0;
};
