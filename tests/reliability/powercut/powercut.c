/*
 * Someday's power-cut and full-disk simulator, loaded with LD_PRELOAD into the writer child only.
 *
 * Power cut (POWERCUT_DIR and POWERCUT_SHADOW set): after every successful fsync/fdatasync of a file
 * directly inside POWERCUT_DIR, the file's whole content is copied to POWERCUT_SHADOW/<name> (through a
 * temporary file and a rename, so a kill never leaves half a copy). A sync of the directory itself makes
 * deletions durable: shadows of files that no longer exist are dropped. The shadow folder is therefore
 * always "what the disk would hold after a power cut": the test kills the child, replaces the data
 * folder with the shadow, and reopens it. Unsynced writes and unsynced deletions are lost; torn or
 * reordered writes inside unsynced data are not modelled (see docs/SECURITY.md).
 *
 * Full disk (POWERCUT_ENOSPC_AFTER=<bytes>, with POWERCUT_DIR): write/pwrite to files inside the
 * folder fail with ENOSPC once that many bytes have been written to them, like a small disk.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static const char *watch_dir;
static const char *shadow_dir;
static long long enospc_after = -1;
static long long written;

static void init(void) __attribute__((constructor));
static void init(void) {
  watch_dir = getenv("POWERCUT_DIR");
  shadow_dir = getenv("POWERCUT_SHADOW");
  const char *limit = getenv("POWERCUT_ENOSPC_AFTER");
  if (limit && *limit) enospc_after = atoll(limit);
}

static int path_of(int fd, char *out, size_t size) {
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, out, size - 1);
  if (n < 0) return -1;
  out[n] = '\0';
  return 0;
}

/* 1 when path is a file directly inside watch_dir, 2 when it is watch_dir itself, else 0. */
static int watched(const char *path) {
  if (!watch_dir) return 0;
  size_t len = strlen(watch_dir);
  if (strncmp(path, watch_dir, len) != 0) return 0;
  if (path[len] == '\0') return 2;
  if (path[len] != '/' || strchr(path + len + 1, '/')) return 0;
  return 1;
}

static ssize_t raw_write(int fd, const void *buf, size_t count) { return syscall(SYS_write, fd, buf, count); }

static void copy_to_shadow(const char *path) {
  const char *name = strrchr(path, '/') + 1;
  char tmp[PATH_MAX], dst[PATH_MAX];
  snprintf(tmp, sizeof tmp, "%s/.%s.partial", shadow_dir, name);
  snprintf(dst, sizeof dst, "%s/%s", shadow_dir, name);
  int in = open(path, O_RDONLY);
  if (in < 0) return;
  int out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (out < 0) {
    close(in);
    return;
  }
  char buf[1 << 16];
  ssize_t n;
  while ((n = read(in, buf, sizeof buf)) > 0) {
    if (raw_write(out, buf, (size_t)n) != n) break;
  }
  close(in);
  close(out);
  rename(tmp, dst);
}

static void forget_deleted(void) {
  DIR *dir = opendir(shadow_dir);
  if (!dir) return;
  struct dirent *entry;
  while ((entry = readdir(dir)) != NULL) {
    if (entry->d_name[0] == '.') continue;
    char real[PATH_MAX], shadow[PATH_MAX];
    snprintf(real, sizeof real, "%s/%s", watch_dir, entry->d_name);
    snprintf(shadow, sizeof shadow, "%s/%s", shadow_dir, entry->d_name);
    if (access(real, F_OK) != 0) unlink(shadow);
  }
  closedir(dir);
}

static void after_sync(int fd) {
  if (!watch_dir || !shadow_dir) return;
  char path[PATH_MAX];
  if (path_of(fd, path, sizeof path) != 0) return;
  int kind = watched(path);
  if (kind == 1) copy_to_shadow(path);
  else if (kind == 2) forget_deleted();
}

int fsync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
  int rc = real(fd);
  if (rc == 0) after_sync(fd);
  return rc;
}

int fdatasync(int fd) {
  static int (*real)(int);
  if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
  int rc = real(fd);
  if (rc == 0) after_sync(fd);
  return rc;
}

/* Returns 1 when this write must fail because the simulated disk is full. */
static int disk_full(int fd, size_t count) {
  if (enospc_after < 0) return 0;
  char path[PATH_MAX];
  if (path_of(fd, path, sizeof path) != 0 || watched(path) != 1) return 0;
  if (written + (long long)count > enospc_after) return 1;
  written += (long long)count;
  return 0;
}

ssize_t write(int fd, const void *buf, size_t count) {
  static ssize_t (*real)(int, const void *, size_t);
  if (!real) real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
  if (disk_full(fd, count)) {
    errno = ENOSPC;
    return -1;
  }
  return real(fd, buf, count);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset) {
  static ssize_t (*real)(int, const void *, size_t, off_t);
  if (!real) real = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite64");
  if (disk_full(fd, count)) {
    errno = ENOSPC;
    return -1;
  }
  return real(fd, buf, count, offset);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset) { return pwrite64(fd, buf, count, offset); }

/* Node's write streams hand several buffers at once to writev/pwritev (libuv). */
static size_t iov_total(const struct iovec *iov, int iovcnt) {
  size_t total = 0;
  for (int i = 0; i < iovcnt; i++) total += iov[i].iov_len;
  return total;
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt) {
  static ssize_t (*real)(int, const struct iovec *, int);
  if (!real) real = (ssize_t (*)(int, const struct iovec *, int))dlsym(RTLD_NEXT, "writev");
  if (disk_full(fd, iov_total(iov, iovcnt))) {
    errno = ENOSPC;
    return -1;
  }
  return real(fd, iov, iovcnt);
}

ssize_t pwritev64(int fd, const struct iovec *iov, int iovcnt, off_t offset) {
  static ssize_t (*real)(int, const struct iovec *, int, off_t);
  if (!real) real = (ssize_t (*)(int, const struct iovec *, int, off_t))dlsym(RTLD_NEXT, "pwritev64");
  if (disk_full(fd, iov_total(iov, iovcnt))) {
    errno = ENOSPC;
    return -1;
  }
  return real(fd, iov, iovcnt, offset);
}

ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset) {
  return pwritev64(fd, iov, iovcnt, offset);
}
