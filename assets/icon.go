package assets

import _ "embed"

// IconPNG is the app icon, 512×512 pixels: two overlapping rings, the school
// and its partner, on a teal rounded square.
//
//go:embed icon.png
var IconPNG []byte
