# Coplan: `make run` opens the app on the example unit; `make test` runs every check.
GO       ?= go
BIN      := coplan
EXAMPLE  := solar-car-challenge.coplan.toml
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages needed to build a Fyne app (cgo, OpenGL, X11) and to test it
# (a virtual display, PDF text tools, an independent iCalendar reader).
DEB_PACKAGES := gcc pkg-config libgl1-mesa-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev libx11-dev xvfb poppler-utils \
	x11-utils x11-apps xdotool python3-icalendar

.PHONY: all deps build run test bench screenshots clean

all: build

## deps: install the missing Debian packages (only those that are missing)
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@command -v $(GO) >/dev/null || { echo "Go is not installed: see https://go.dev/doc/install"; exit 1; }

## build: compile the coplan binary
build: deps
	$(GO) build -o $(BIN) ./cmd/coplan

## run: build and open the example unit (a working copy under units/)
run: build
	@mkdir -p units
	@[ -f units/$(EXAMPLE) ] || cp assets/example/$(EXAMPLE) units/$(EXAMPLE)
	./$(BIN) units/$(EXAMPLE)

## test: formatting, vet, and every test with the race detector
test: deps
	@unformatted=$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed on:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) test -race -timeout 25m ./...

## bench: run the benchmarks once each
bench: deps
	$(GO) test -run '^$$' -bench . -benchmem -count 1 ./...

## screenshots: regenerate the README's screenshots under docs/
screenshots: deps
	$(GO) test ./app/ -run TestScreenshots -screenshots=../docs

clean:
	rm -f $(BIN)
