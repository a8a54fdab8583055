// What every Go program of the conformance matrix shares: its setup from the environment, the
// `<scenario>.<fact>: <value>` lines clients/matrix.py reads, and a scenario that reports its error.
// clients/build.py copies it beside each program's main.go.
package main

import (
	"fmt"
	"os"
	"strings"
)

func env(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fmt.Fprintf(os.Stderr, "%s is not set\n", name)
		os.Exit(1)
	}
	return value
}

func say(key string, value any) { fmt.Printf("%s: %v\n", key, value) }

func scenario(number int, body func() error) {
	if err := body(); err != nil {
		say(fmt.Sprintf("%d.error", number), strings.SplitN(err.Error(), "\n", 2)[0])
	}
}
