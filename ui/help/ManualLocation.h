#pragma once

#include <QString>

namespace anju {

// Where the user manual (docs/manual/, Markdown with its pictures) is on this machine: the installed
// copy of the package, one next to a relocated installation, or the source tree of a development build.
// Nothing is fetched from a network: offices often have none.
class ManualLocation
{
public:
    // The folder holding index.md, or an empty string when no manual is found. ANJU_MANUAL_DIR, when
    // set, is the only place looked at (the tests and the screenshot tool use it).
    static QString directory();
    // The places looked at, in order, to name them when none holds the manual.
    static QStringList candidates();
};

} // namespace anju
