//go:build !linux

package main

// writeUnnamed writes through an unnamed file only on Linux: elsewhere
// writeFileAtomic always uses a named temporary file.
func writeUnnamed(path string, data []byte) (done bool, err error) { return false, nil }
