#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "CAtomicRename.h"

int topoc_rename_exchange(const char *from, const char *to) {
#ifdef RENAME_EXCHANGE
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int topoc_fsync_path(const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    int rc = fsync(fd);
    int saved = errno;
    close(fd);
    errno = saved;
    return rc;
}

int topoc_release_free_memory(void) {
#if defined(__GLIBC__)
    /* Only worth it when much is free: a trim hands pages back that the next output faults in
       again, which on a small layout costs more time than the memory it saves. */
    struct mallinfo2 info = mallinfo2();
    if (info.fordblks < (size_t)4 << 20) return 0;
    return malloc_trim(0);
#else
    return 0;
#endif
}
