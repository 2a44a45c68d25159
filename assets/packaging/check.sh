#!/usr/bin/env bash
# Checks the packages in dist/ the way a teacher meets them: the Linux
# tarball installed into a temporary home, where the file type and the menu
# entry must make a double-click on a unit open Coplan, then removed again;
# the Windows build and installer under wine. Run it through
# `make package-check` after `make package`; VERSION is FyneApp.toml's.
# `check.sh linux` or `check.sh windows` checks one of them only.
set -euo pipefail
only=${1:-}
: "${VERSION:?set VERSION}"
cd "$(dirname "$0")/../.."
root=$PWD
dist=$root/dist
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
	echo "package-check: $*" >&2
	exit 1
}
example=$root/assets/example/solar-car-challenge.coplan.toml

if [ -z "$only" ]; then
	echo "== SHA256SUMS"
	(cd "$dist" && sha256sum --check --quiet SHA256SUMS)
fi

if [ "$only" != windows ]; then
echo "== Linux: make user-install into a temporary home"
tar -C "$tmp" -xJf "$dist/coplan-$VERSION-linux-amd64.tar.xz"
pkg=$tmp/coplan-$VERSION-linux-amd64
export HOME=$tmp/home XDG_DATA_HOME=$tmp/home/.local/share XDG_CONFIG_HOME=$tmp/home/.config
export XDG_DATA_DIRS=/usr/local/share:/usr/share
mkdir -p "$HOME"
make -C "$pkg" user-install
desktop=$XDG_DATA_HOME/applications/org.coplan.app.desktop
desktop-file-validate "$desktop"
bin=$HOME/.local/bin/coplan
grep -qx "Exec=\"$bin\" %f" "$desktop" || fail "the menu entry does not run $bin: $(grep ^Exec "$desktop")"
[ "$("$bin" --version)" = "coplan $VERSION" ] || fail "coplan --version printed $("$bin" --version)"
unit=$tmp/unit.coplan.toml
cp "$example" "$unit"
"$bin" validate "$unit" >/dev/null
# xdg-mime asks a different program on each desktop: the generic one
# (File::MimeInfo's mimetype) and GNOME's (gio) must both know the type.
for desk in X-Generic GNOME; do
	type=$(XDG_CURRENT_DESKTOP=$desk xdg-mime query filetype "$unit")
	[ "$type" = application/x-coplan+toml ] || fail "on $desk, xdg-mime says $unit is $type"
	app=$(XDG_CURRENT_DESKTOP=$desk xdg-mime query default "$type")
	[ "$app" = org.coplan.app.desktop ] || fail "on $desk, xdg-mime opens $type with '$app'"
	echo "$desk: unit.coplan.toml is $type, opened by $app"
done
other=$tmp/settings.toml
printf 'a = 1\n' >"$other"
[ "$(xdg-mime query filetype "$other")" != application/x-coplan+toml ] || fail "a plain .toml file is taken for a unit"
make -C "$pkg" user-uninstall
for f in "$bin" "$desktop" "$XDG_DATA_HOME/mime/packages/org.coplan.app.xml" \
	"$XDG_DATA_HOME/icons/hicolor/512x512/apps/org.coplan.app.png"; do
	[ ! -e "$f" ] || fail "user-uninstall left $f"
done
[ "$(xdg-mime query filetype "$unit")" != application/x-coplan+toml ] || fail "the file type outlived user-uninstall"
echo "Linux: installed, opened units, uninstalled cleanly"
fi
[ "$only" != linux ] || exit 0

echo "== Windows under wine"
command -v wine >/dev/null || fail "wine is not installed (make package-deps installs it)"
export WINEPREFIX=$tmp/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unzip -q "$dist/coplan-$VERSION-windows-amd64.zip" -d "$tmp"
exe=$tmp/coplan-$VERSION-windows-amd64/coplan.exe
wine wineboot --init >/dev/null 2>&1 || true
# wine 8.0 has no bcryptprimitives.dll, which Go's runtime loads at start;
# give this prefix a stand-in (windows/wine/bcryptprimitives.c).
system32=$WINEPREFIX/drive_c/windows/system32
if [ ! -e "$system32/bcryptprimitives.dll" ] || ! grep -q ProcessPrng "$system32/bcryptprimitives.dll"; then
	x86_64-w64-mingw32-gcc -O2 -shared -o "$system32/bcryptprimitives.dll" \
		"$root/assets/packaging/windows/wine/bcryptprimitives.c" -ladvapi32
	echo "(wine $(wine --version | sed 's/^wine-//') lacks bcryptprimitives.dll: using the stand-in)"
fi
got=$(wine "$exe" --version | tr -d '\r')
[ "$got" = "coplan $VERSION" ] || fail "coplan.exe --version printed '$got'"
echo "coplan.exe --version: $got"
cp "$example" "$tmp/unit.coplan.toml"
(cd "$tmp" && wine "$exe" validate unit.coplan.toml) | tr -d '\r' | head -3
(cd "$tmp" && wine "$exe" export --format pdf --handout overview -o overview.pdf unit.coplan.toml)
pdftotext "$tmp/overview.pdf" - | grep "Solar car challenge" >/dev/null || fail "the PDF coplan.exe wrote does not hold the unit's title"
echo "coplan.exe validate and export --format pdf: ok ($(stat -c %s "$tmp/overview.pdf") bytes of PDF)"

wine "$dist/coplan-$VERSION-setup.exe" /S
wineserver -w
local_app=$(wine cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')
installed=$(winepath -u "$local_app\\Programs\\Coplan" 2>/dev/null)
[ -f "$installed/coplan.exe" ] && [ -f "$installed/uninstall.exe" ] || fail "the installer did not put coplan.exe in $installed"
wine reg query 'HKCU\Software\Classes\Coplan.Unit\shell\open\command' | tr -d '\r' | grep 'coplan.exe' >/dev/null ||
	fail "the installer did not register the file type"
wine reg query 'HKCU\Software\Classes\.toml\OpenWithProgids' | tr -d '\r' | grep 'Coplan.Unit' >/dev/null ||
	fail "the installer did not offer Coplan for .toml files"
start_menu=$(winepath -u "$(wine cmd /c 'echo %APPDATA%' | tr -d '\r')\\Microsoft\\Windows\\Start Menu\\Programs")
[ -f "$start_menu/Coplan.lnk" ] || fail "no Start menu entry in $start_menu"
wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Coplan' | tr -d '\r' | grep "DisplayVersion.*$VERSION" >/dev/null ||
	fail "no uninstall entry"
echo "installer: coplan.exe, Start menu entry, file type and uninstall entry are in place"
wine "$installed/uninstall.exe" /S
wineserver -w
sleep 2
[ ! -e "$installed/coplan.exe" ] || fail "the uninstaller left coplan.exe"
[ ! -e "$start_menu/Coplan.lnk" ] || fail "the uninstaller left the Start menu entry"
if wine reg query 'HKCU\Software\Classes\Coplan.Unit' >/dev/null 2>&1; then fail "the uninstaller left the file type"; fi
echo "uninstaller: removed everything"
echo "package-check: all good"
