// glibc's malloc.h (mallopt and its parameters), which Swift's Glibc module leaves out.
#ifndef QADAM_CMALLOC_SHIM_H
#define QADAM_CMALLOC_SHIM_H

#include <malloc.h>

#endif
