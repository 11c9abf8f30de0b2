// Graphviz's public headers, with the graphviz/ prefix so the module also builds where
// pkg-config is absent (the headers then come from the default include path).
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>
