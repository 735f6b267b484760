package main

import (
	"encoding/json"
	"fmt"
	"os"

	"annex/parser"
)

func main() {
	data, _ := os.ReadFile(os.Args[1])
	p, err := parser.ParseText(os.Args[1], data)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	out, _ := json.MarshalIndent(p, "", " ")
	os.Stdout.Write(out)
}
