//go:build linux

package main

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// writeUnnamed writes data to a new file at path through an unnamed file
// (O_TMPFILE) in path's directory, given its name only once complete: no
// reader sees it partial, and a process killed while writing leaves
// nothing behind, not even a temporary file. It also costs the file
// system half as much as a named temporary file renamed into place.
//
// It reports done false, having changed nothing, where it cannot: a file
// system without unnamed files, no /proc to name one by, or a file already
// at path (a link does not replace one); writeFileAtomic then writes
// through a named temporary file.
func writeUnnamed(path string, data []byte) (done bool, err error) {
	fd, err := unix.Open(filepath.Dir(path), unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, 0o644)
	if err != nil {
		return false, nil
	}
	f := os.NewFile(uintptr(fd), path)
	defer f.Close() // an unnamed file is gone once closed
	if _, err := f.Write(data); err != nil {
		return true, err
	}
	if err := f.Chmod(0o644); err != nil {
		return true, err
	}
	proc := "/proc/self/fd/" + strconv.Itoa(fd)
	switch err := unix.Linkat(unix.AT_FDCWD, proc, unix.AT_FDCWD, path, unix.AT_SYMLINK_FOLLOW); {
	case err == nil:
		return true, f.Close()
	case errors.Is(err, unix.EEXIST), errors.Is(err, unix.ENOENT), errors.Is(err, unix.EPERM), errors.Is(err, unix.EXDEV):
		return false, nil
	default:
		return true, &os.PathError{Op: "link", Path: path, Err: err}
	}
}
