#pragma once

#include "party/PartyTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace anju {

class Database;

// 组织关系转接: transfers in and out, pending first; a pending one opens to complete it.
class TransfersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TransfersPanel(const Database& db, QWidget* parent = nullptr);

    void setOrganisation(qint64 organisationId);
    void refresh();

public slots:
    void newTransfer();
    void openTransfer(qint64 transferId);

signals:
    void changed();

private:
    const Database& m_db;
    qint64 m_organisationId = 0;
    QList<party::RelationTransfer> m_transfers;
    QCheckBox* m_pendingOnly = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace anju
