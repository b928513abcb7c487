"""Errors whose messages are written for the person at the keyboard.

Library code raises these; the CLI turns them into one line and an exit code from one table,
the same for ``run``, ``eval``, ``netlist`` and every other command.
"""

from enum import IntEnum


class ExitCode(IntEnum):
    """The exit status of every chipsmith command (the README's table is this one)."""

    OK = 0           # the run finished and nothing it checked failed
    FAILED = 1       # the run finished and a tool's verdict is fail (a design, a proof, a spec not met)
    BAD_INPUT = 2    # the request, a flag, a file or a setting cannot be used; nothing ran
    UNAVAILABLE = 3  # the model backend, a simulator or the output directory could not be used
    INTERNAL = 4     # a bug in chipsmith: the message says so, --debug shows the traceback
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


class ChipsmithError(Exception):
    """Base class: ``str(err)`` is a sentence a user can act on."""

    exit_code: int = ExitCode.UNAVAILABLE


class ConfigError(ChipsmithError):
    """A setting, flag or config file is wrong."""

    exit_code = ExitCode.BAD_INPUT


class InputError(ChipsmithError):
    """A file or request the user gave cannot be used (says file:line where there is one)."""

    exit_code = ExitCode.BAD_INPUT


class VerdictFailed(ChipsmithError):
    """The work ran to the end and the tool that checked it said no (a proof or a check failed)."""

    exit_code = ExitCode.FAILED


class BackendError(ChipsmithError):
    """The LLM backend failed: one of the two kinds below."""

    exit_code = ExitCode.UNAVAILABLE


class BackendUnavailable(BackendError):
    """The server is gone, refuses, or cannot serve the model: no agent can go on, stop the run."""


class UnusableAnswer(BackendError):
    """The server answered, but the answer does not fit what was asked (schema, format): fall back."""


class ToolError(ChipsmithError):
    """An external tool could not be run (missing binary, crash, timeout)."""

    exit_code = ExitCode.UNAVAILABLE


class SandboxViolation(ChipsmithError):
    """Code tried something outside its work directory; it was not run."""

    exit_code = ExitCode.BAD_INPUT
