// The C details of cairo and pango that Swift cannot use directly live here, and only here.
#ifndef QADAM_CPANGOCAIRO_SHIM_H
#define QADAM_CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

// PANGO_SCALE is a macro Swift imports, but as a plain Int32 constant it is clearer here.
static inline int qadam_pango_scale(void) { return PANGO_SCALE; }

// g_object_unref takes a gpointer; Swift sees layouts and contexts as OpaquePointer.
static inline void qadam_object_unref(void *object) { g_object_unref(object); }

#endif
