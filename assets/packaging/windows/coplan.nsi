; The Windows installer for Coplan, built by `make package` with NSIS:
;   makensis -DVERSION=0.1.0 -DVIVERSION=0.1.0.1 -DSRC=folder-with-coplan.exe -DOUTFILE=setup.exe coplan.nsi
; It installs for the current user only (no administrator needed): the program
; in %LOCALAPPDATA%\Programs\Coplan, a Start menu entry, Coplan as a program
; for .toml files (Windows knows a file by its last extension only, so
; NAME.coplan.toml is a .toml file to it), and an uninstaller listed under
; Settings > Apps.

; A 64-bit installer, like coplan.exe: it runs where wine has no 32-bit part.
Target amd64-unicode
!include "MUI2.nsh"

!define APPNAME "Coplan"
!define PROGID "Coplan.Unit"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Coplan"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Coplan"
InstallDirRegKey HKCU "Software\Coplan" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma

VIProductVersion "${VIVERSION}"
VIAddVersionKey "ProductName" "${APPNAME}"
VIAddVersionKey "FileDescription" "${APPNAME} installer"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "See LICENSE.txt"

!define MUI_ICON "${SRC}\coplan.ico"
!define MUI_UNICON "${SRC}\coplan.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\coplan.exe"
!insertmacro MUI_PAGE_LICENSE "${SRC}\LICENSE.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Coplan"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${SRC}\coplan.exe"
  File "${SRC}\LICENSE.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Coplan" "InstallDir" "$INSTDIR"

  CreateShortcut "$SMPROGRAMS\Coplan.lnk" "$INSTDIR\coplan.exe" "" "$INSTDIR\coplan.exe" 0

  ; The file type: a program id that opens a file in Coplan, offered for .toml
  ; files, and made their default when no other program has claimed them.
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Coplan unit"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\coplan.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\coplan.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.toml\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\coplan.exe\SupportedTypes" ".toml" ""
  WriteRegStr HKCU "Software\Classes\Applications\coplan.exe\shell\open\command" "" '"$INSTDIR\coplan.exe" "%1"'
  ReadRegStr $0 HKCR ".toml" ""
  StrCmp $0 "" 0 +2
    WriteRegStr HKCU "Software\Classes\.toml" "" "${PROGID}"

  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\coplan.exe"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1

  ; Tell Explorer the file types changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Coplan.lnk"
  Delete "$INSTDIR\coplan.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; Only what the installer wrote: .toml goes back to no default only if it
  ; still points at Coplan.
  ReadRegStr $0 HKCU "Software\Classes\.toml" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegValue HKCU "Software\Classes\.toml" ""
  DeleteRegValue HKCU "Software\Classes\.toml\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.toml\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.toml"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\coplan.exe"
  DeleteRegKey HKCU "Software\Coplan"
  DeleteRegKey HKCU "${UNINSTKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
