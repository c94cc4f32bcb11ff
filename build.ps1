#!/usr/bin/env pwsh
# NetMapper build entry point, the same on Linux and Windows:
#   dotnet tool restore; dotnet pwsh build.ps1 <target> [arguments passed on]
# Targets:
#   build          build the solution
#   test           run every test (extra arguments go to dotnet test)
#   bench [part]   run the benchmarks: all, or one of walk | concurrency | agent
#   demo [--out D] serve the sample network on loopback and poll it
#   clean
# No param() block on purpose: PowerShell would try to bind "--out" and the like to its own common parameters.

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

$Target = if ($args.Count -gt 0) { [string]$args[0] } else { 'build' }
[string[]] $Rest = if ($args.Count -gt 1) { $args[1..($args.Count - 1)] } else { @() }
$Configuration = if ($env:NETMAPPER_CONFIGURATION) { $env:NETMAPPER_CONFIGURATION } else { 'Release' }

function Invoke-Dotnet {
    Write-Host "> dotnet $($args -join ' ')"
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

switch ($Target) {
    'build' { Invoke-Dotnet build NetMapper.sln -c $Configuration }
    'test' { Invoke-Dotnet test NetMapper.sln -c $Configuration @Rest }
    'bench' {
        # The sweep comparison runs netmapper as users deploy it: published ReadyToRun, which starts faster than a plain build.
        $cli = Join-Path $PSScriptRoot 'tests/NetMapper.Benchmarks/bin/cli'
        Invoke-Dotnet publish src/NetMapper.Cli -c Release -r ([System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier) --self-contained false '-p:PublishReadyToRun=true' -o $cli
        $env:NETMAPPER_BENCH_CLI = Join-Path $cli 'netmapper.dll'
        Invoke-Dotnet run -c Release --project tests/NetMapper.Benchmarks -- @Rest
    }
    'demo' { Invoke-Dotnet run -c $Configuration --project src/NetMapper.Cli -- demo @Rest }
    'clean' { Invoke-Dotnet clean NetMapper.sln -c $Configuration }
    default { [Console]::Error.WriteLine("build.ps1: unknown target '$Target': use build, test, bench, demo or clean"); exit 2 }
}
