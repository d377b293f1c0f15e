#!/usr/bin/env bash
# What the generator and its analyzers add to a build (README, "Benchmarks"). Prepares, in a temporary folder outside
# the repository, the sample with the generator against the same sample with the generated files checked in as plain
# sources and no generator, and a synthetic project of 2,000 queries built with analyzers on, with every analyzer on
# but ours, and with analyzers off. Each is built RUNS times clean and RUNS times after touching one source file;
# prints the medians and the ratios.
#
#   tests/Serpstat.Benchmarks/build-overhead.sh            # RUNS=5, cold compiler
#   RUNS=9 tests/Serpstat.Benchmarks/build-overhead.sh
#   SERVER=1 tests/Serpstat.Benchmarks/build-overhead.sh   # warm compiler server, as `dotnet build` on a desk
#
# By default every build runs without the compiler server (as CI builds), so every build pays the same compiler
# start-up: loading and JIT-compiling each analyzer and generator. SERVER=1 builds through a compiler server of the
# script's own (a private pipe name, so no other build shares it), warmed by an untimed build of each variant, and
# shuts it down at the end. MSBuild node reuse is off in both modes, so no process outlives the script. The ratios are
# of whole `dotnet build` runs.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
runs=${RUNS:-5}
server=${SERVER:-0}
work=$(mktemp -d "${TMPDIR:-/tmp}/serpstat-build-overhead.XXXXXX")
pipe="serpstat-build-overhead-$$"

export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$server" = 1 ]; then
  build_flags=(-c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=true -p:SharedCompilationId="$pipe")
  mode="compiler server, warm"
else
  build_flags=(-c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false)
  mode="no compiler server"
fi
build_flags+=(-v:q -nologo)

# The server started by the first build listens on the script's own pipe; only that one is asked to stop.
stop_server() { :; }
if [ "$server" = 1 ]; then
  roslyn=$(dotnet msbuild "$repo/src/Serpstat.Generator" -getProperty:RoslynTargetsPath)
  stop_server() { "$roslyn/bincore/VBCSCompiler" -shutdown -pipename:"$pipe" >/dev/null 2>&1 || true; }
fi
trap 'stop_server; rm -rf "$work"' EXIT

echo "Building the generator, the runtime and the emulator once (not timed)..."
for project in Serpstat.Generator Serpstat.Runtime Serpstat.Emulator; do
  dotnet build "$repo/src/$project" -c Release -nodeReuse:false -p:UseSharedCompilation=false -v:q -nologo >/dev/null
done
generator="$repo/src/Serpstat.Generator/bin/Release/netstandard2.0/Serpstat.Generator.dll"
runtime="$repo/src/Serpstat.Runtime/bin/Release/net8.0/Serpstat.Runtime.dll"
emulator="$repo/src/Serpstat.Emulator/bin/Release/net10.0/Serpstat.Emulator.dll"

# project <folder> <with generator: true|false> <with the emulator: true|false>: a consumer referencing the built
# assemblies, so that only its own compilation is timed. The sample runs the emulator, whose ASP.NET framework also
# brings the client's dependencies (and ASP.NET's analyzers); the queries project needs neither.
project() {
  local folder=$1 analyzer="" emulated=""
  if [ "$2" = true ]; then
    analyzer="<Analyzer Include=\"$generator\" /><AdditionalFiles Include=\"$repo/schema/*.serpstat.json\" />"
  fi
  if [ "$3" = true ]; then
    emulated="<FrameworkReference Include=\"Microsoft.AspNetCore.App\" /><Reference Include=\"$emulator\" />"
  fi
  mkdir -p "$folder"
  cat > "$folder/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$runtime" />
    $emulated
    $analyzer
  </ItemGroup>
</Project>
XML
}

# The sample, with the generator; then the sample with the files it generated as plain sources and no generator.
project "$work/sample-generator" true true
cp "$repo/samples/Serpstat.Sample/Program.cs" "$work/sample-generator/"
project "$work/sample-plain" false true
cp "$repo/samples/Serpstat.Sample/Program.cs" "$work/sample-plain/"
dotnet restore "$work/sample-generator" -v:q >/dev/null
dotnet build "$work/sample-generator" "${build_flags[@]}" -p:EmitCompilerGeneratedFiles=true \
  -p:CompilerGeneratedFilesOutputPath=generated >/dev/null
# Only our generator's files: the SDK's own generators run in the plain sample too.
find "$work/sample-generator/generated/Serpstat.Generator" -name '*.g.cs' -exec cp {} "$work/sample-plain/" \;
rm -rf "$work/sample-generator/generated"
dotnet restore "$work/sample-plain" -v:q >/dev/null

# 2,000 queries, each with a filter the analyzers check, spread over 20 files.
project "$work/queries" true false
for file in $(seq 0 19); do
  {
    echo "using Serpstat.Backlinks;"
    echo "namespace Consumer;"
    echo "internal static class Queries$file"
    echo "{"
    for i in $(seq $((file * 100)) $((file * 100 + 99))); do
      echo "    public static GetOutlinks.Request Q$i() => GetOutlinks.Query(\"site$i.example.com\", GetOutlinks.SearchType.Domain)"
      echo "        .WithSize($((i % 1000 + 1))).WithSort(GetOutlinks.Sort.UrlFrom)"
      echo "        .Where(f => f.LinksExternal.Between(1, $((i + 2))) && f.UrlFrom.NotContains(\"x$i\") || f.Check.Lte(\"01.01.2030\"));"
    done
    echo "}"
  } > "$work/queries/Queries$file.cs"
done
echo 'internal static class Program { private static void Main() { } }' > "$work/queries/Program.cs"
dotnet restore "$work/queries" -v:q >/dev/null

seconds() { date +%s.%N; }

# time_builds <folder> <touched file> <extra flags...>: prints "clean-median incremental-median".
time_builds() {
  local folder=$1 touched=$2
  shift 2
  local clean=() incremental=()
  dotnet build "$folder" "${build_flags[@]}" "$@" >/dev/null   # warm-up, not counted
  for _ in $(seq "$runs"); do
    rm -rf "$folder/bin" "$folder/obj/Release"
    local start; start=$(seconds)
    dotnet build "$folder" "${build_flags[@]}" "$@" >/dev/null
    clean+=("$(echo "$(seconds) - $start" | bc)")
    touch "$folder/$touched"
    start=$(seconds)
    dotnet build "$folder" "${build_flags[@]}" "$@" >/dev/null
    incremental+=("$(echo "$(seconds) - $start" | bc)")
  done
  echo "$(median "${clean[@]}") $(median "${incremental[@]}")"
}

median() {
  printf '%s\n' "$@" | sort -g \
    | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "Timing $runs clean and $runs incremental builds of each variant..."
read -r gen_clean gen_incr < <(time_builds "$work/sample-generator" Program.cs)
read -r plain_clean plain_incr < <(time_builds "$work/sample-plain" Program.cs)
read -r on_clean on_incr < <(time_builds "$work/queries" Queries0.cs)
# RunAnalyzers=false also turns off the SDK's .NET analyzers; suppressing our IDs skips only ours.
ours=$(grep -o '"SERP1[0-9][0-9]"' "$repo/src/Serpstat.Generator/Diagnostics/DiagnosticDescriptors.cs" | tr -d '"' \
  | paste -sd ';' | sed 's/;/%3B/g')
read -r others_clean others_incr < <(time_builds "$work/queries" Queries0.cs -p:NoWarn="$ours")
read -r off_clean off_incr < <(time_builds "$work/queries" Queries0.cs -p:RunAnalyzers=false)

echo
echo "| build (median of $runs, seconds; $mode) | clean | incremental (one file touched) |"
echo "|---|---:|---:|"
echo "| sample, with the generator | $gen_clean | $gen_incr |"
echo "| sample, generated files as plain sources | $plain_clean | $plain_incr |"
echo "| ratio (goal <= 1.05) | $(ratio "$gen_clean" "$plain_clean") | $(ratio "$gen_incr" "$plain_incr") |"
echo "| 2,000 queries, analyzers on | $on_clean | $on_incr |"
echo "| 2,000 queries, every analyzer but ours (-p:NoWarn=SERP1xx) | $others_clean | $others_incr |"
echo "| 2,000 queries, analyzers off (-p:RunAnalyzers=false) | $off_clean | $off_incr |"
echo "| ratio (goal <= 1.05) | $(ratio "$on_clean" "$off_clean") | $(ratio "$on_incr" "$off_incr") |"
echo "| ratio of ours alone (on / every analyzer but ours) | $(ratio "$on_clean" "$others_clean") |\
 $(ratio "$on_incr" "$others_incr") |"
