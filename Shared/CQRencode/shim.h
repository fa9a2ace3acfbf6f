// libqrencode, for the QR code on certificates (Debian's libqrencode-dev).
#ifndef QADAM_CQRENCODE_SHIM_H
#define QADAM_CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
