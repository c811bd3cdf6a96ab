#!/bin/sh
# Builds the fuzzers with clang and runs one for a bounded time:
#   run-fuzzer.sh SOURCE_DIR BUILD_DIR SECONDS TARGET
# TARGET is fuzz_wirecodec or fuzz_catalogreader; its seeds are in tests/fuzz/seeds/TARGET.
# Exits non-zero if libFuzzer finds a crash, a leak, undefined behaviour or a broken invariant;
# the offending input is left in BUILD_DIR as crash-*.
set -eu
source_dir=$1
build_dir=$2
seconds=$3
target=$4
# Both fuzz tests may run at once under ctest -j: each configures and builds its own tree.
build_dir="$build_dir/$target"
# Quiet when the build works; the whole log when it does not, so CI says why (a missing source).
mkdir -p "$build_dir"
if ! { cmake -S "$source_dir/tests/fuzz" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DXS_SOURCE_DIR="$source_dir" &&
        cmake --build "$build_dir" --target "$target"; } >"$build_dir/build.log" 2>&1; then
    echo "run-fuzzer: building $target failed:" >&2
    tail -n 60 "$build_dir/build.log" >&2
    exit 1
fi
mkdir -p "$build_dir/corpus"
cd "$build_dir"
exec "./$target" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    corpus "$source_dir/tests/fuzz/seeds/$target"
