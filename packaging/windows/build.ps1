# Windows: the bundle, a smoke test, signing, and the Inno Setup installer.
# Run from any folder with the project's venv Python on PATH (python -m pip install -e ".[packaging]"):
#   powershell -File packaging\windows\build.ps1 [-Deployment C:\it\deployment.json]
# Signing happens when WINDOWS_CERTIFICATE_PFX (base64 of the .pfx) and
# WINDOWS_CERTIFICATE_PASSWORD are set; SIGN_TIMESTAMP_URL overrides the timestamp server.
param([string]$Deployment = "")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"

# 1. Bundle (icon .ico rendered from the SVG by build.py), with IT's settings baked in if given.
$bundleArgs = @("packaging/build.py", "bundle")
if ($Deployment) { $bundleArgs += @("--deployment", $Deployment) }
python @bundleArgs
if ($LASTEXITCODE -ne 0) { throw "build.py bundle failed" }

# 2. Smoke test: the same self-test as on Linux, offscreen.
$env:QT_QPA_PLATFORM = "offscreen"
$db = Join-Path ([System.IO.Path]::GetTempPath()) ("wb-" + [guid]::NewGuid() + ".sqlite")
$out = & "dist\sales-workbench\workbench.exe" --db $db self-test
$out | Write-Output
if ($LASTEXITCODE -ne 0 -or -not ($out -match "self-test passed")) { throw "self-test failed" }

# 3. Signing tool (optional): signtool.exe from the Windows SDK, certificate from the environment.
$isccArgs = @("/DAppVersion=$version")
if ($Deployment) { $isccArgs += "/DDeployment=$((Resolve-Path $Deployment).Path)" }
if ($env:WINDOWS_CERTIFICATE_PFX) {
    $pfx = Join-Path ([System.IO.Path]::GetTempPath()) "workbench-sign.pfx"
    [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERTIFICATE_PFX))
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    $ts = if ($env:SIGN_TIMESTAMP_URL) { $env:SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    $sign = "`"$($signtool.FullName)`" sign /fd sha256 /td sha256 /tr $ts /f `"$pfx`" /p `"$env:WINDOWS_CERTIFICATE_PASSWORD`""
    # The program files first (Inno Setup signs only the installer and uninstaller).
    & $signtool.FullName sign /fd sha256 /td sha256 /tr $ts /f $pfx /p $env:WINDOWS_CERTIFICATE_PASSWORD `
        "dist\sales-workbench\workbench.exe" "dist\sales-workbench\SalesWorkbench.exe"
    if ($LASTEXITCODE -ne 0) { throw "signing the programs failed" }
    $isccArgs += @("/DSign", "/Sworkbench=$sign `$f")
} else {
    Write-Output "WINDOWS_CERTIFICATE_PFX not set: building an unsigned installer"
}

# 4. The installer.
$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6 is not installed (choco install innosetup)" }
& $iscc @isccArgs "packaging\windows\sales-workbench.iss"
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
if ($pfx) { Remove-Item $pfx }
Get-ChildItem dist\Sales-Workbench-*-setup.exe
