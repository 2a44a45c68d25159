//go:build ignore

// Command ico writes a PNG as a Windows .ico file, for the installer's icon:
//
//	go run ico.go IN.png OUT.ico
package main

import (
	"fmt"
	"image"
	_ "image/png"
	"os"

	"github.com/fyne-io/image/ico"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go run ico.go IN.png OUT.ico")
		os.Exit(2)
	}
	if err := convert(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "ico:", err)
		os.Exit(1)
	}
}

// convert reads the PNG at in and writes it as an icon to out.
func convert(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("open %s: %w", in, err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return fmt.Errorf("decode %s: %w", in, err)
	}
	w, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	if err := ico.Encode(w, img); err != nil {
		w.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	return w.Close()
}
