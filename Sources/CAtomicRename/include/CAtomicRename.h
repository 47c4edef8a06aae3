#ifndef TOPOC_CATOMICRENAME_H
#define TOPOC_CATOMICRENAME_H

/// Atomically exchanges two existing paths (Linux renameat2 RENAME_EXCHANGE): both names stay
/// valid at every instant, so a reader (or a kill) never sees a half-replaced directory.
/// Returns 0, or -1 with errno set (EINVAL/ENOSYS where the file system cannot exchange).
int topoc_rename_exchange(const char *from, const char *to);

/// fsync of a directory, so renames inside it survive a crash.
int topoc_fsync_path(const char *path);

/// Returns the free memory of malloc's heap to the system (glibc malloc_trim(0)); a no-op
/// elsewhere. Returns 1 when memory was released.
int topoc_release_free_memory(void);

#endif
