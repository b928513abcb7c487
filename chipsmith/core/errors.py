"""Errors whose messages are written for the person at the keyboard.

Library code raises these; the CLI turns them into one line and an exit code.
"""


class ChipsmithError(Exception):
    """Base class: ``str(err)`` is a sentence a user can act on."""

    exit_code = 1


class ConfigError(ChipsmithError):
    """A setting, flag or config file is wrong."""

    exit_code = 2


class InputError(ChipsmithError):
    """A file or request the user gave cannot be used (says file:line where there is one)."""

    exit_code = 2


class BackendError(ChipsmithError):
    """The LLM backend failed: one of the two kinds below."""

    exit_code = 3


class BackendUnavailable(BackendError):
    """The server is gone, refuses, or cannot serve the model: no agent can go on, stop the run."""


class UnusableAnswer(BackendError):
    """The server answered, but the answer does not fit what was asked (schema, format): fall back."""


class ToolError(ChipsmithError):
    """An external tool could not be run (missing binary, crash, timeout)."""

    exit_code = 4


class SandboxViolation(ChipsmithError):
    """Generated code tried something outside its work directory; it was not run."""

    exit_code = 5
