#include "shell/UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be expanded outside any namespace.
static void initAnjuResource()
{
    Q_INIT_RESOURCE(anju);
}

namespace anju {

void initUiResources()
{
    initAnjuResource();
}

} // namespace anju
