#!/usr/bin/env bash
# Runs a command after setting the machine up (scripts/setup.sh): `bash scripts/run.sh <command> [args…]`.
# package.json's scripts go through it, so `npm run build` and `npm test` work on a fresh machine.
set -e
. "$(cd "$(dirname "$0")" && pwd)/setup.sh"
exec "$@"
