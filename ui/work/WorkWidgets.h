#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;
class QSpinBox;
class QTableView;
class QTableWidget;
class QWidget;

namespace anju {

class Database;

// Small pieces the 培训 and 产业 tabs share, so both look and behave alike.
namespace workui {

// A year (this year first); its lowest value reads "All years" and stands for 0.
QSpinBox* makeYearBox(QWidget* parent, const char* objectName);
int yearOf(const QSpinBox* box);
// "All sites" (0) and the office's sites, as narrow as a site name needs (the page must fit 1366 pixels).
QComboBox* makeSiteBox(const Database& db, QWidget* parent, const char* objectName);
// A read-only list of whole rows.
void setUpTable(QTableView* table, const char* objectName);
QTableWidget* makeTable(QWidget* parent, const char* objectName, const QStringList& headers);
void fillRow(QTableWidget* table, int row, const QStringList& texts, const QList<int>& numberColumns = {});
// Fen as yuan with two decimals.
QString yuan(qint64 fen);

} // namespace workui
} // namespace anju
