// Command annex turns Vietnamese plan annexes ("Phụ lục … nhiệm vụ") into
// clean data: JSON and YAML in the annex/v1 contract.
//
//	annex convert INPUT [-o OUTPUT] [--format json|yaml]
//	annex version
//	annex help
//
// Exit status: 0 done (warnings are printed to stderr), 1 the input could
// not be converted, 2 the command line is wrong.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1
	exitUsage = 2
)

// run is the whole command, testable without a process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		writeUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "convert":
		return runConvert(args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		return runVersion(stdout)
	case "help", "-h", "--help", "-help":
		writeUsage(stdout)
		return exitOK
	}
	printf(stderr, "annex: unknown command %q\n\n", args[0])
	writeUsage(stderr)
	return exitUsage
}
