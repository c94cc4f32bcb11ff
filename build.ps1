#!/usr/bin/env pwsh
# NetMapper build entry point, the same on Linux and Windows:
#   dotnet tool restore; dotnet pwsh build.ps1 <target> [arguments passed on]
# Targets:
#   build          build the solution
#   test           run every test (extra arguments go to dotnet test)
#   bench [part]   run the benchmarks: all, or one of diagram | lifecycle | report | walk | concurrency | agent | crawl | sweep
#   publish [D]    self-contained netmapper for this machine's OS into D (default artifacts/netmapper): no .NET needed
#   pack [D]       the .NET tool package NetMapper into D (default artifacts/nupkg):
#                  dotnet tool install --tool-path DIR --add-source D NetMapper
#   demo [--out D] serve the sample network on loopback, scan it into D/netmapper.db
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

# Self-contained and compiled ahead as one composite image with the runtime: starts in about half the time of a framework-dependent build.
function Publish-NetMapper([string] $out) {
    $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    # Native AOT: no JIT at start-up (a 29,000-OID walk takes 83 ms, 140 ms and more with the JIT). Asked for here, not
    # in the project: the .NET tool package (`pack`) and `dotnet run` stay ordinary JIT builds.
    Invoke-Dotnet publish src/NetMapper.Cli -c Release -r $rid '-p:PublishAot=true' -o $out
}

switch ($Target) {
    'build' { Invoke-Dotnet build NetMapper.sln -c $Configuration }
    'test' { Invoke-Dotnet test NetMapper.sln -c $Configuration @Rest }
    'publish' {
        $out = if ($Rest.Count -gt 0) { $Rest[0] } else { 'artifacts/netmapper' }
        Publish-NetMapper $out
    }
    'pack' {
        $out = if ($Rest.Count -gt 0) { $Rest[0] } else { 'artifacts/nupkg' }
        Invoke-Dotnet pack src/NetMapper.Cli -c Release -o $out
    }
    'bench' {
        # The sweep comparison runs netmapper as deployed: published, since a sweep of a /24 takes less time than JIT compiling.
        $cli = Join-Path $PSScriptRoot 'tests/NetMapper.Benchmarks/bin/cli'
        Publish-NetMapper $cli
        $env:NETMAPPER_BENCH_CLI = Join-Path $cli ($IsWindows ? 'netmapper.exe' : 'netmapper')
        Invoke-Dotnet run -c Release --project tests/NetMapper.Benchmarks -- @Rest
    }
    'demo' { Invoke-Dotnet run -c $Configuration --project src/NetMapper.Cli -- demo @Rest }
    'clean' { Invoke-Dotnet clean NetMapper.sln -c $Configuration }
    default { [Console]::Error.WriteLine("build.ps1: unknown target '$Target': use build, test, bench, publish, pack, demo or clean"); exit 2 }
}
