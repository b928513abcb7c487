"""Prompt templates (data) and their renderer.

The layout that lets a server reuse its KV cache across agents lives with the agents
(``chipsmith.agents.layout``); every request is laid out as::

    system:  [shared preamble + tool catalogue]          byte-identical for every agent
    user:    [shared context: brief, knowledge, artefacts] append-only, deterministic
             [this agent's role and task]                  last

so the longest possible prefix is shared between agents and turns. Templates are
``prompts/<name>.md`` files with ``{{slot}}`` placeholders; rendering fails on a slot
left unfilled or a slot given that the template does not have.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from chipsmith.core.errors import ChipsmithError

_SLOT = re.compile(r"\{\{(\w+)\}\}")


class TemplateError(ChipsmithError):
    """A prompt template is missing, or a slot is left unfilled or unknown."""


@cache
def template(name: str) -> str:
    try:
        return resources.files(__package__).joinpath(f"{name}.md").read_text()
    except FileNotFoundError:
        raise TemplateError(f"no prompt template {name!r} in chipsmith.prompts") from None


def slots(name: str) -> set[str]:
    return set(_SLOT.findall(template(name)))


def names() -> list[str]:
    return sorted(p.name[:-3] for p in resources.files(__package__).iterdir() if p.name.endswith(".md"))


def render(name: str, **values: object) -> str:
    text = template(name)
    wanted = slots(name)
    missing = wanted - values.keys()
    extra = values.keys() - wanted
    if missing or extra:
        raise TemplateError(f"template {name!r}: missing slots {sorted(missing)}, unknown slots {sorted(extra)}")
    return _SLOT.sub(lambda m: str(values[m.group(1)]), text)
