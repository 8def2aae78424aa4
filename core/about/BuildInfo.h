#pragma once

#include <QList>
#include <QString>

namespace anju::about {

// What this build is: its version (the CMake project version), its licence, and the libraries it runs
// with, for `anju-cli --version` and the About dialog; an office reporting a problem can say exactly this.
struct BuildInfo
{
    struct Library
    {
        QString name;
        QString version;
    };

    static QString version();
    static QString licence();
    // The versions of the libraries loaded now (not those built against), where a library says it.
    static QList<Library> libraries();
};

} // namespace anju::about
