"""One typed settings model: flags > CHIPSMITH_* environment > TOML config file > defaults."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict, TomlConfigSettingsSource

from chipsmith.core.errors import ConfigError


def default_config_file() -> Path:
    """``$CHIPSMITH_CONFIG``, else ``./chipsmith.toml`` if present, else the user config dir."""
    env = os.environ.get("CHIPSMITH_CONFIG")
    if env:
        return Path(env)
    local = Path("chipsmith.toml")
    if local.exists():
        return local
    base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "chipsmith" / "config.toml"


def default_data_dir() -> Path:
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "chipsmith"


class Settings(BaseSettings):
    """Everything a run can be configured with. Recorded in every run directory."""

    model_config = SettingsConfigDict(env_prefix="CHIPSMITH_", extra="forbid", validate_assignment=True)

    # LLM backend
    llm: str = Field("embedded", description="embedded | http(s)://host:port/v1 | script:PATH | replay:RUN_DIR")
    model: str = Field("", description="model name sent to the server (empty: ask the server)")
    api_key: str = Field("not-needed", description="API key for hosted or secured servers")
    gguf: str = Field("", description="GGUF file for the embedded server (empty: the packaged SmolLM2-135M)")
    threads: int = Field(1, ge=1, description="CPU threads for the embedded server")
    ctx_size: int = Field(8192, ge=512, description="context window of the embedded server")
    parallel: int = Field(2, ge=1, description="parallel slots of the embedded server")
    temperature: float = Field(0.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    max_tokens: int = Field(512, ge=1)
    frequency_penalty: float | None = Field(
        None, ge=-2.0, le=2.0,
        description="OpenAI frequency_penalty (default: 0.6 for the packaged SmolLM2-135M, whose greedy answers "
                    "loop on one word without it; 0 for every other model)")
    seed: int = 0
    request_timeout: float = Field(120.0, gt=0, description="seconds per LLM request")
    max_retries: int = Field(4, ge=0, description="retries on 429/5xx/timeouts")

    # Where things live
    data_dir: Path = Field(default_factory=default_data_dir, description="checkpoints, knowledge store, runs")

    # Tools
    iverilog: str = "iverilog"
    vvp: str = "vvp"
    verilator: str = "verilator"
    yosys: str = "yosys"
    ngspice: str = "ngspice"
    tool_timeout: float = Field(30.0, gt=0, description="seconds per simulator run")
    model_dirs: Annotated[list[Path], NoDecode] = Field(
        default_factory=list, description="directories SPICE decks may .include from (CHIPSMITH_MODEL_DIRS: "
                                          "a list separated by ':' or a JSON list)")
    pdk: str = Field("", description="process for the circuit sizer: a packaged PDK (sky130) or a model library file "
                                     "with one .lib section per corner (FILE or FILE:SECTION for the nominal one); "
                                     "replaces a sizing problem's own pdk")

    # Agents
    max_tries: int = Field(4, ge=1, description="fix-loop tries for the verifier")
    router: str = Field("hybrid", description="hybrid | llm | keywords")

    @field_validator("model_dirs", mode="before")
    @classmethod
    def _path_list(cls, value: Any) -> Any:
        """``CHIPSMITH_MODEL_DIRS=/pdk/a:/pdk/b`` as well as a JSON list (only JSON was read before)."""
        if isinstance(value, str):
            text = value.strip()
            return json.loads(text) if text.startswith("[") else [p for p in text.split(os.pathsep) if p]
        return value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file=default_config_file()))

    @property
    def checkpoint_db(self) -> Path:
        return self.data_dir / "checkpoints.sqlite"

    @property
    def knowledge_dir(self) -> Path:
        return self.data_dir / "knowledge"

    def recordable(self) -> dict[str, Any]:
        """The settings as written into a run directory (the API key is masked)."""
        data = self.model_dump(mode="json")
        if data.get("api_key") not in ("", "not-needed"):
            data["api_key"] = "***"
        return data


def load_settings(**overrides: Any) -> Settings:
    """Build settings; ``overrides`` are command-line flags (None means "not given")."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"setting {where!r}: {first['msg']} (flags, CHIPSMITH_* variables or {default_config_file()})") from None
    except Exception as exc:  # a malformed TOML file surfaces here
        raise ConfigError(f"cannot read config file {default_config_file()}: {exc}") from None
