# Coplan: `make run` opens the app on the example unit; `make test` runs every check;
# `make package` writes the Linux and Windows packages to dist/.
GO       ?= go
BIN      := coplan
EXAMPLE  := solar-car-challenge.coplan.toml
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# FyneApp.toml, beside the main package where Fyne's packaging tool reads it, is the
# one place the name, ID and version are written. Its [Migrations] fyneDo turns on the
# build tag the packaged app is built with, so every build and test here uses it too.
FYNEAPP  := cmd/coplan/FyneApp.toml
VERSION  := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' $(FYNEAPP))
TAGS     := $(shell grep -q '^fyneDo *= *true' $(FYNEAPP) && echo migrated_fynedo)
GOFLAGS_TAGS := $(if $(TAGS),-tags $(TAGS))

# Debian packages needed to build a Fyne app (cgo, OpenGL, X11) and to test it
# (a virtual display, PDF text tools, an independent iCalendar reader).
DEB_PACKAGES := gcc pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev libx11-dev xvfb poppler-utils \
	x11-utils x11-apps xdotool python3-icalendar ruby git

# Debian packages needed by `make package` and `make package-check`: archives, the
# Windows cross-compiler and installer builder, wine to try the .exe, and the
# freedesktop tools that check the .desktop entry and the file type.
PACKAGE_DEB_PACKAGES := xz-utils zip unzip gcc-mingw-w64-x86-64 nsis wine wine64 \
	desktop-file-utils shared-mime-info xdg-utils libfile-mimeinfo-perl libglib2.0-bin

# Fyne's packaging tool, pinned, installed into .bin/ of this folder.
FYNE_TOOLS_VERSION := v1.7.4
FYNE     := $(CURDIR)/.bin/fyne

.PHONY: all deps install-debs package-deps build run test bench screenshots package package-check clean

all: build

## deps: install the missing Debian packages (only those that are missing)
deps:
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(DEB_PACKAGES)"
	@command -v $(GO) >/dev/null || { echo "Go is not installed: see https://go.dev/doc/install"; exit 1; }

## package-deps: what `make deps` installs, plus the packaging tools and Fyne's tool
package-deps: deps
	@$(MAKE) --no-print-directory install-debs PACKAGES="$(PACKAGE_DEB_PACKAGES)"
	@[ "$$($(FYNE) version 2>/dev/null | sed -n 's/^fyne cli version: //p')" = "$(FYNE_TOOLS_VERSION)" ] || \
		GOBIN=$(CURDIR)/.bin $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION)

install-debs:
	@missing=""; for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## build: compile the coplan binary, with the packaged app's build tags
build: deps
	$(GO) build $(GOFLAGS_TAGS) -o $(BIN) ./cmd/coplan

## run: build and open the example unit (a working copy under units/)
run: build
	@mkdir -p units
	@[ -f units/$(EXAMPLE) ] || cp assets/example/$(EXAMPLE) units/$(EXAMPLE)
	./$(BIN) units/$(EXAMPLE)

## test: formatting, vet, and every test with the race detector (vet too builds
## with -race, so that a cold build cache compiles Fyne once, not twice)
test: deps
	@unformatted=$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed on:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet -race $(GOFLAGS_TAGS) ./...
	$(GO) test -race $(GOFLAGS_TAGS) -timeout 25m ./...

## bench: run the benchmarks once each
bench: deps
	$(GO) test $(GOFLAGS_TAGS) -run '^$$' -bench . -benchmem -count 1 ./...

## screenshots: regenerate the README's screenshots under docs/
screenshots: deps
	$(GO) test $(GOFLAGS_TAGS) ./app/ -run TestScreenshots -screenshots=../docs

## package: write the Linux and Windows packages and SHA256SUMS to dist/ (slow; not in `make test`)
package: package-deps
	FYNE=$(FYNE) GO=$(GO) VERSION=$(VERSION) assets/packaging/package.sh

## package-check: install the Linux package into a temporary home and check the file type
## and .desktop entry; try the Windows build under wine
package-check: package-deps
	VERSION=$(VERSION) assets/packaging/check.sh

clean:
	rm -f $(BIN)
	rm -rf dist
