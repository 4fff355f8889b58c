#!/usr/bin/env bash
# Argon2id per implementation (issue 14): milliseconds per hash at the portal's parameters for
# libsodium, libargon2 and Bouncy Castle, the three engines of ejb-module's Argon2Engine (its own
# classes), on one thread, with the libraries' versions of the build (bench/hash/HashEngines.java).
#
#   bench/hash/run.sh                         # m=7168 KiB, t=5; 3 rounds of 40 hashes, 200 warm-up
#   bench/hash/run.sh 7168 5 40 5 400         # MEMORY_KIB ITERATIONS HASHES ROUNDS WARMUP
#
# Bouncy Castle runs with run.sh's JIT inline flags, as on the server. Needs: Java 17, Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK=$(mktemp -d /tmp/portail-hash.XXXX)
trap 'rm -rf "$WORK"' EXIT
# The engines measured are ejb-module's own (Argon2Engine, package-private): the bench is compiled
# into their package and runs from one class path with them.
mvn -B -q compile dependency:build-classpath -pl ejb-module -Dmdep.outputFile="$WORK/classpath" \
  >/dev/null
CLASSES="ejb-module/target/classes:$(cat "$WORK/classpath")"
javac -d "$WORK/classes" -cp "$CLASSES" bench/hash/HashEngines.java
java -XX:CompileCommand=quiet \
  -XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator::* \
  '-XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator$FillBlock::*' \
  -XX:CompileCommand=inline,org.bouncycastle.util.Longs::rotateRight \
  -cp "$WORK/classes:$CLASSES" ca.qc.portail.password.HashEngines "$@"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
