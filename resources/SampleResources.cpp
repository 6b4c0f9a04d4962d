// The resources are linked in through this small library; the function
// makes sure the linker keeps its object file.
#include <QtGlobal>

void dxplanLinkResources() { }
