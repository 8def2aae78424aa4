#include "schema/SchemaVersions.h"

namespace anju {

namespace {

// Version 8: the party section of the monthly summary. Dues received during a month are found by the day
// they were paid (the month paid for has its index since version 5).
QStringList partyReport()
{
    return {
        QStringLiteral("CREATE INDEX party_dues_payments_paid_on ON party_dues_payments (paid_on)"),
    };
}

} // namespace

Migration v008PartyReport()
{
    return Migration::portable(8, "party report: dues received in a month by the day paid", partyReport());
}

} // namespace anju
