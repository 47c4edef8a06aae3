// libfdt from Debian's libfdt-dev: the reference implementation of the flattened device tree.
#include <libfdt.h>
