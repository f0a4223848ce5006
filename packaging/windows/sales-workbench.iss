; Inno Setup 6 script for Sales Workbench: a per-user installer that needs no admin rights.
; Built by packaging/windows/build.ps1 from dist\sales-workbench (python packaging/build.py bundle):
;   ISCC.exe /DAppVersion=0.1.0 [/DDeployment=C:\path\deployment.json]
;            [/DSign "/Sworkbench=signtool.exe sign /fd sha256 ... $f"] sales-workbench.iss
; The user's data (%LOCALAPPDATA%\SalesWorkbench) is not touched by install, upgrade or uninstall.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z
#endif
#define AppName "Sales Workbench"
#define Bundle "..\..\dist\sales-workbench"

[Setup]
; The AppId identifies the product across versions: a newer installer with the same AppId
; upgrades in place (same folder, Start-menu entry and uninstaller). Never change it.
AppId={{6B0F3C1E-5E7A-4C39-9A4B-2D7C1F8E5A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sales Workbench
VersionInfoVersion={#AppVersion}
; Per-user install into %LOCALAPPDATA%\Programs without elevation; IT may still choose a
; machine-wide install with /ALLUSERS on the command line (then {autopf} is Program Files).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Sales-Workbench-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\sales-workbench.ico
UninstallDisplayIcon={app}\SalesWorkbench.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running copy before replacing its files, and start it again afterwards.
CloseApplications=yes
RestartApplications=yes
#ifdef Sign
; build.ps1 passes the "workbench" sign tool (signtool.exe with the certificate from the
; environment); the installer, the uninstaller and the program files are all signed.
SignTool=workbench
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of the previous version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef Deployment
; IT's preconfigured settings, beside the program (workbench.deployment looks there).
Source: "{#Deployment}"; DestDir: "{app}"; DestName: "deployment.json"; Flags: ignoreversion
#endif

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\SalesWorkbench.exe"; Comment: "Your day, deals, leads, calls and offers"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\SalesWorkbench.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\SalesWorkbench.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself made inside its folder (byte-code caches); never user data.
Type: filesandordirs; Name: "{app}\_internal\workbench\migrations\__pycache__"
