// Built only by the test layers_refuse_backward_include, with nothing but the database layer's headers in
// view: the include below must not be found (the database layer may not use the registry above it).
#include "database/Database.h"
#include "registry/SearchIndex.h"
