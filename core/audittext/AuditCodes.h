#pragma once

#include "audittext/AuditFields.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace anju {

// The labels of the grids workflow's coded values (grid staff roles, case kinds and states, visit kinds and
// reasons …) for the trail. They mirror the CHECK lists of migrations 14 and 15 (V014Grids.cpp,
// V015FollowUp.cpp: monitoring) and the words of core/grids, which audittext does not link;
// tst_auditsentences reads every CHECK value of the schema and fails on one without a label here.
class AuditCodes
{
    Q_DECLARE_TR_FUNCTIONS(anju::AuditCodes)

public:
    // The label of `key` for a coded kind of this list; nullopt for a key (or kind) it does not know.
    static std::optional<QString> label(AuditValueKind kind, QStringView key);
    // Whether `kind` is one of the codes labelled here.
    static bool labels(AuditValueKind kind);
};

} // namespace anju
