// Command annex turns Vietnamese plan annexes ("Phụ lục … nhiệm vụ") into
// clean data: JSON and YAML in the annex/v1 contract, formatted workbooks
// and CSV, one file or folders at a time, and checks them in CI.
//
//	annex convert INPUT [-o OUTPUT] [--format json|yaml|xlsx|csv]
//	annex convert INPUT... -d OUTDIR [--format json,xlsx] [-j N]
//	annex check INPUT... [--json] [--strict]
//	annex inspect INPUT
//	annex version
//	annex help
//
// Exit status: 0 done (warnings are printed to stderr), 1 an input could
// not be converted, 2 the command line is wrong, 3 check --strict found
// warnings, 130 interrupted.
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
	case "check":
		return runCheck(args[1:], stdin, stdout, stderr)
	case "inspect":
		return runInspect(args[1:], stdin, stdout, stderr)
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
