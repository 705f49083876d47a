; IssueDesk 期刊编排台 — Windows installer (NSIS 3, Unicode).
;
; Installs the PyInstaller folder dist\issuedesk\ for the current user (no administrator
; rights needed, into %LOCALAPPDATA%\Programs\IssueDesk) or for all users (Program Files),
; adds a Start-menu entry, optionally a desktop shortcut and the .issuedesk file association,
; and an uninstaller listed in "Apps & features". Installer languages: 简体中文 and English.
;
; packaging/build.py windows runs:
;   makensis /DVERSION=0.1.0 /DVERSION_NUMERIC=0.1.0.0 /DSOURCE_DIR=dist\issuedesk
;            /DOUT_FILE=dist\IssueDesk-0.1.0-setup.exe /DICON_DIR=resources\icons issuedesk.nsi
; Silent installs: setup.exe /S /CurrentUser   or   setup.exe /S /AllUsers

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef VERSION_NUMERIC
  !define VERSION_NUMERIC "0.0.0.0"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "..\..\dist\issuedesk"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "IssueDesk-${VERSION}-setup.exe"
!endif
!ifndef ICON_DIR
  !define ICON_DIR "..\..\resources\icons"
!endif

!define APP_NAME "IssueDesk"
!define APP_KEY "Software\IssueDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\IssueDesk"
!define PROG_ID "IssueDesk.Issue"
!define FILE_EXT ".issuedesk"
!define GUI_EXE "issuedesk-gui.exe"
!define CLI_EXE "issuedesk.exe"
!define DOC_ICON "issuedesk-document.ico"
!define PUBLISHER "IssueDesk developers"

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
BrandingText "${APP_NAME} ${VERSION}"

; ---- per user or per machine ----------------------------------------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "IssueDesk"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh

; ---- pages ----------------------------------------------------------------------------------
!define MUI_ICON "${ICON_DIR}\issuedesk.ico"
!define MUI_UNICON "${ICON_DIR}\issuedesk.ico"
!define MUI_ABORTWARNING
; Remember the language chosen at install time for the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default of the language dialog.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString APP_TITLE ${LANG_SIMPCHINESE} "期刊编排台"
LangString APP_TITLE ${LANG_ENGLISH} "IssueDesk"
LangString SEC_PROGRAM ${LANG_SIMPCHINESE} "期刊编排台（程序与字体）"
LangString SEC_PROGRAM ${LANG_ENGLISH} "IssueDesk (program and fonts)"
LangString SEC_DESKTOP ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_ASSOC ${LANG_SIMPCHINESE} "双击 .issuedesk 期刊文件时用期刊编排台打开"
LangString SEC_ASSOC ${LANG_ENGLISH} "Open .issuedesk issue files with IssueDesk on double-click"
LangString DESC_PROGRAM ${LANG_SIMPCHINESE} "程序本身、版式、中文字体。必须安装。"
LangString DESC_PROGRAM ${LANG_ENGLISH} "The program, its layouts and Chinese fonts. Required."
LangString DESC_DESKTOP ${LANG_SIMPCHINESE} "在桌面上放一个期刊编排台图标。"
LangString DESC_DESKTOP ${LANG_ENGLISH} "Put an IssueDesk icon on the desktop."
LangString DESC_ASSOC ${LANG_SIMPCHINESE} "期刊文件夹中的 issue.issuedesk 双击即可打开。"
LangString DESC_ASSOC ${LANG_ENGLISH} "Double-clicking issue.issuedesk in an issue folder opens it."
LangString DOC_TYPE ${LANG_SIMPCHINESE} "期刊编排台期刊文件"
LangString DOC_TYPE ${LANG_ENGLISH} "IssueDesk issue"
LangString NEED_X64 ${LANG_SIMPCHINESE} "期刊编排台需要 64 位 Windows。"
LangString NEED_X64 ${LANG_ENGLISH} "IssueDesk needs 64-bit Windows."

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "IssueDesk"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "IssueDesk installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "期刊编排台"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "期刊编排台安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "${PUBLISHER}"

; ---- install --------------------------------------------------------------------------------
Section "!$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the whole library folder, so no file of an older version lingers.
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}\*"
  File "${ICON_DIR}\${DOC_ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\$(APP_TITLE).lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr SHCTX "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${APP_KEY}" "StartMenuShortcut" "$SMPROGRAMS\$(APP_TITLE).lnk"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "$(APP_TITLE) ${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  CreateShortCut "$DESKTOP\$(APP_TITLE).lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  WriteRegStr SHCTX "${APP_KEY}" "DesktopShortcut" "$DESKTOP\$(APP_TITLE).lnk"
SectionEnd

Section "$(SEC_ASSOC)" SecAssoc
  ; SHCTX is HKLM\Software\Classes for all users, HKCU\Software\Classes for one user.
  WriteRegStr SHCTX "Software\Classes\${FILE_EXT}" "" "${PROG_ID}"
  WriteRegStr SHCTX "Software\Classes\${FILE_EXT}" "Content Type" "application/x-issuedesk"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}" "" "$(DOC_TYPE)"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${DOC_ICON}"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${GUI_EXE}" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\${GUI_EXE}\shell\open\command" "" '"$INSTDIR\${GUI_EXE}" "%1"'
  WriteRegStr SHCTX "${APP_KEY}" "FileAssociation" "1"
  ; Tell Explorer the icons and associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} $(DESC_PROGRAM)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_DESKTOP)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAssoc} $(DESC_ASSOC)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEED_X64)"
    Abort
  ${EndIf}
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; ---- uninstall ------------------------------------------------------------------------------
Section "Uninstall"
  ; Only what the installer put there: an issue folder someone saved inside stays.
  ReadRegStr $0 SHCTX "${APP_KEY}" "StartMenuShortcut"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}
  ReadRegStr $0 SHCTX "${APP_KEY}" "DesktopShortcut"
  ${If} $0 != ""
    Delete "$0"
  ${EndIf}

  ReadRegStr $0 SHCTX "Software\Classes\${FILE_EXT}" ""
  ${If} $0 == "${PROG_ID}"
    DeleteRegKey SHCTX "Software\Classes\${FILE_EXT}"
  ${EndIf}
  DeleteRegKey SHCTX "Software\Classes\${PROG_ID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\${GUI_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\${DOC_ICON}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"
SectionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
