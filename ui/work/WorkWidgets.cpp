#include "work/WorkWidgets.h"

#include "registry/SiteRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QHeaderView>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

namespace anju::workui {

namespace {
constexpr int FirstYear = 2000;
} // namespace

QSpinBox* makeYearBox(QWidget* parent, const char* objectName)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(FirstYear - 1, QDate::currentDate().year() + 5);
    box->setSpecialValueText(QCoreApplication::translate("anju::workui", "All years"));
    box->setValue(QDate::currentDate().year());
    return box;
}

int yearOf(const QSpinBox* box)
{
    return box->value() < FirstYear ? 0 : box->value();
}

QComboBox* makeSiteBox(const Database& db, QWidget* parent, const char* objectName)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    box->addItem(QCoreApplication::translate("anju::workui", "All sites"), qint64(0));
    for (const Site& site : registry::SiteRepository(db).sites())
        box->addItem(site.name, site.id);
    return box;
}

void setUpTable(QTableView* table, const char* objectName)
{
    table->setObjectName(QLatin1String(objectName));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
}

QTableWidget* makeTable(QWidget* parent, const char* objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    setUpTable(table, objectName);
    table->setHorizontalHeaderLabels(headers);
    return table;
}

void fillRow(QTableWidget* table, int row, const QStringList& texts, const QList<int>& numberColumns)
{
    for (int c = 0; c < texts.size(); ++c) {
        auto* item = new QTableWidgetItem(texts.at(c));
        item->setToolTip(texts.at(c));
        if (numberColumns.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

QString yuan(qint64 fen)
{
    // Grouped as the user's locale writes money: 80,000,000.00 reads at a glance, 80000000.00 does not.
    return QLocale().toString(double(fen) / 100.0, 'f', 2);
}

} // namespace anju::workui
