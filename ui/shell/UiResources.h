#pragma once

namespace anju {

// Registers the icons of resources/anju.qrc. anju_ui is a static library, so the linker drops the
// compiled resource unless something calls into it; the program and every UI test call this first.
void initUiResources();

} // namespace anju
