#!/usr/bin/env bash
# Writes dist/ for a release: the Linux tarball and the Windows zip and
# installer, each made with Fyne's packaging tool, and SHA256SUMS.
# Run it through `make package`, which installs the tools and sets
#   FYNE     Fyne's packaging tool (fyne.io/tools, the pinned version)
#   VERSION  the version in cmd/coplan/FyneApp.toml
set -euo pipefail
: "${FYNE:?set FYNE to the fyne packaging tool}" "${VERSION:?set VERSION}"
cd "$(dirname "$0")/../.."
root=$PWD
here=$root/assets/packaging
dist=$root/dist
build=$(sed -n 's/^Build *= *\([0-9]*\)/\1/p' cmd/coplan/FyneApp.toml)

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
rm -rf "$dist"
mkdir -p "$dist"

# The tool writes into the main package's folder while it works (a metadata
# file, a Windows resource) and counts Build up in FyneApp.toml, so it works
# on a copy of the source, never on this tree: the last commit in a git
# clone (what is committed is what ships), else this folder as it is.
mkdir "$stage/src"
if git -C "$root" rev-parse --verify -q HEAD >/dev/null; then
	[ -z "$(git -C "$root" status --porcelain --untracked-files=no)" ] ||
		echo "note: changes not committed are not packaged; packaging $(git -C "$root" rev-parse --short HEAD)"
	git -C "$root" archive HEAD | tar -C "$stage/src" -xf -
else
	tar -C "$root" --exclude=./dist --exclude=./.bin --exclude=./units --exclude=./coplan -cf - . |
		tar -C "$stage/src" -xf -
fi
main=$stage/src/cmd/coplan

echo "== Linux"
(cd "$main" && "$FYNE" package --target linux --release)
mkdir "$stage/linux"
tar -C "$stage/linux" -xJf "$main/Coplan.tar.xz"
from=$stage/linux/coplan/usr/local
[ -d "$from" ] || from=$stage/linux/coplan/usr
name=coplan-$VERSION-linux-amd64
pkg=$stage/$name
mkdir -p "$pkg/bin" "$pkg/share/applications" "$pkg/share/icons/hicolor/512x512/apps" "$pkg/share/mime/packages"
install -m755 "$from/bin/coplan" "$pkg/bin/coplan"
install -m644 "$from/share/pixmaps/org.coplan.app.png" "$pkg/share/icons/hicolor/512x512/apps/org.coplan.app.png"
# Coplan opens one file per window, so the entry takes one file (%f).
sed 's/^Exec=coplan %F$/Exec=coplan %f/' "$from/share/applications/org.coplan.app.desktop" \
	>"$pkg/share/applications/org.coplan.app.desktop"
install -m644 "$here/linux/org.coplan.app.xml" "$pkg/share/mime/packages/org.coplan.app.xml"
install -m644 "$here/linux/Makefile" "$pkg/Makefile"
install -m644 LICENSE "$pkg/LICENSE"
desktop-file-validate "$pkg/share/applications/org.coplan.app.desktop"
grep -q '^MimeType=application/x-coplan+toml;*$' "$pkg/share/applications/org.coplan.app.desktop" ||
	{ echo "the .desktop entry does not declare the unit file type" >&2; exit 1; }
tar -C "$stage" --owner=0 --group=0 -cJf "$dist/$name.tar.xz" "$name"

echo "== Windows"
start=$(date +%s)
(cd "$main" && CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
	"$FYNE" package --target windows --release)
echo "cross-compiled coplan.exe in $(($(date +%s) - start)) s"
name=coplan-$VERSION-windows-amd64
win=$stage/$name
mkdir "$win"
mv "$main/Coplan.exe" "$win/coplan.exe"
sed 's/$/\r/' LICENSE >"$win/LICENSE.txt"
(cd "$stage" && zip -q -9 -r "$dist/$name.zip" "$name")
(cd "$here/windows" && "${GO:-go}" run ico.go "$root/assets/icon.png" "$win/coplan.ico")
makensis -V2 -DVERSION="$VERSION" -DVIVERSION="$VERSION.$build" -DSRC="$win" \
	-DOUTFILE="$dist/coplan-$VERSION-setup.exe" "$here/windows/coplan.nsi"

cd "$dist"
sha256sum -- * >SHA256SUMS
echo "== dist/"
ls -l
