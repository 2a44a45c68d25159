package app

import (
	"embed"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// translations holds the user-facing strings, one JSON file per language
// (coplan.en.json, ...), keyed by the English text the code passes to lang.L.
//
//go:embed translation
var translations embed.FS

var translationsOnce sync.Once

// setUpTranslations registers the translations with Fyne, once.
func setUpTranslations() {
	translationsOnce.Do(func() {
		if err := lang.AddTranslationsFS(translations, "translation"); err != nil {
			fyne.LogError("Coplan translations", err)
		}
	})
}
