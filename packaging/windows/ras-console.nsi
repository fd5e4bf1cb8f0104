; The RAS Console installer for 64-bit Windows (NSIS 3, Unicode).
; scripts/windows-installer.sh runs makensis with:
;   /DVERSION=x.y.z   /DSTAGE=<folder with the deployed programs>   /DOUTFILE=<setup .exe>
;   /DSOURCE=<project folder>   /DFILES=<install list>   /DUNFILES=<uninstall list>
; The two lists name every file and folder of STAGE, so the uninstaller removes exactly what was installed
; (never a folder's unknown contents: a user may have chosen a folder that holds other things).
;
; Command line: /S silent, /D=DIR target folder (last, unquoted), /PATH put the folder on the system PATH.

; A 64-bit installer for a 64-bit product (and it runs where no 32-bit subsystem is installed).
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "Sections.nsh"
!include "WinMessages.nsh"

!define PRODUCT "RAS Console"
!define PUBLISHER "RAS Console project"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\RAS Console"
!define PRODUCT_KEY "Software\RAS Console"
!define ENVIRONMENT_KEY "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"

Name "${PRODUCT} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
; An upgrade goes where the earlier version is.
InstallDirRegKey HKLM "${PRODUCT_KEY}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${PRODUCT} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${SOURCE}/resources/windows/ras-console.ico"
!define MUI_UNICON "${SOURCE}/resources/windows/ras-console.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\ras-console.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${PRODUCT}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${SOURCE}/LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "German"
!insertmacro MUI_LANGUAGE "French"

Section "${PRODUCT}" SecProgram
    SectionIn RO
    SetShellVarContext all

    ; Upgrading in place: the earlier version's own uninstaller takes its files away first (it keeps
    ; the user's settings, which live in each user's registry), then this version is copied.
    ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "UninstallString"
    ${If} $0 != ""
    ${AndIf} ${FileExists} "$INSTDIR\Uninstall.exe"
        DetailPrint "Removing the earlier version from $INSTDIR"
        ExecWait '"$INSTDIR\Uninstall.exe" /S _?=$INSTDIR'
    ${EndIf}

    SetOutPath "$INSTDIR"
    !include "${FILES}"
    WriteUninstaller "$INSTDIR\Uninstall.exe"

    CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\ras-console.exe" "" "$INSTDIR\ras-console.exe" 0
    CreateShortCut "$SMPROGRAMS\${PRODUCT} (demo farm).lnk" "$INSTDIR\ras-console.exe" "--demo" \
        "$INSTDIR\ras-console.exe" 0 SW_SHOWNORMAL "" "Explore RAS Console on a built-in demo farm"

    WriteRegStr HKLM "${PRODUCT_KEY}" "InstallDir" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\ras-console.exe,0"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
    WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    IntFmt $0 "0x%08X" $0
    WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "Add the installation folder to the system PATH (for rasctl)" SecPath
    SetShellVarContext all
    ReadRegStr $0 HKLM "${ENVIRONMENT_KEY}" "Path"
    StrLen $1 $0
    StrLen $2 $INSTDIR
    IntOp $1 $1 + $2
    ; NSIS strings hold 1024 characters: a longer PATH would come back cut, and writing it would lose
    ; the rest. Leave such a PATH alone and say so rather than damage it.
    ${If} $1 >= 1020
        DetailPrint "The system PATH is too long to change safely; add $INSTDIR to it by hand."
        MessageBox MB_OK|MB_ICONEXCLAMATION "The system PATH is too long for this installer to change safely.$\r$\nAdd $INSTDIR to it by hand to use rasctl in any shell." /SD IDOK
    ${Else}
        ${WordFind} "$0" "$INSTDIR" "E+1{" $3
        ${If} ${Errors}
            ${If} $0 == ""
                StrCpy $0 "$INSTDIR"
            ${Else}
                StrCpy $0 "$0;$INSTDIR"
            ${EndIf}
            WriteRegExpandStr HKLM "${ENVIRONMENT_KEY}" "Path" "$0"
            WriteRegDWORD HKLM "${UNINSTALL_KEY}" "AddedToPath" 1
            SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
            DetailPrint "Added $INSTDIR to the system PATH"
        ${EndIf}
    ${EndIf}
SectionEnd

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_OK|MB_ICONSTOP "${PRODUCT} needs 64-bit Windows." /SD IDOK
        Abort
    ${EndIf}
    SetRegView 64
    ; An upgrade keeps the earlier choice about PATH; silent installs can also ask for it with /PATH.
    ReadRegDWORD $0 HKLM "${UNINSTALL_KEY}" "AddedToPath"
    ${If} $0 == 1
        !insertmacro SelectSection ${SecPath}
    ${EndIf}
    ${GetParameters} $0
    ClearErrors
    ${GetOptions} $0 "/PATH" $1
    ${IfNot} ${Errors}
        !insertmacro SelectSection ${SecPath}
    ${EndIf}
FunctionEnd

Function un.onInit
    SetRegView 64
FunctionEnd

Section "Uninstall"
    SetShellVarContext all

    ReadRegDWORD $0 HKLM "${UNINSTALL_KEY}" "AddedToPath"
    ${If} $0 == 1
        ReadRegStr $1 HKLM "${ENVIRONMENT_KEY}" "Path"
        StrLen $2 $1
        ${If} $2 < 1020
            ; Take out exactly our entry, wherever it sits in the list.
            StrCpy $1 ";$1;"
            ${WordReplace} "$1" ";$INSTDIR;" ";" "+" $1
            StrCpy $1 $1 "" 1
            StrCpy $1 $1 -1
            WriteRegExpandStr HKLM "${ENVIRONMENT_KEY}" "Path" "$1"
            SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
        ${EndIf}
    ${EndIf}

    Delete "$SMPROGRAMS\${PRODUCT}.lnk"
    Delete "$SMPROGRAMS\${PRODUCT} (demo farm).lnk"

    !include "${UNFILES}"
    Delete "$INSTDIR\Uninstall.exe"
    RMDir "$INSTDIR"

    DeleteRegKey HKLM "${UNINSTALL_KEY}"
    DeleteRegKey HKLM "${PRODUCT_KEY}"
    ; Each user's settings (HKCU\Software\RAS Console) and remembered passwords stay: they belong to the
    ; users, and a reinstall or upgrade finds them again.
SectionEnd
