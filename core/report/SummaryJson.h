#pragma once

#include "report/MonthlySummary.h"

#include <QByteArray>

namespace anju::report {

// The summary as JSON for other programs; keys are stable and documented in docs/report-json.md.
class SummaryJson
{
public:
    static constexpr int FormatVersion = 1;
    static QByteArray write(const MonthlySummary& summary);
};

} // namespace anju::report
