"""Load contract_tests/schemathesis.toml: Schemathesis settings plus a written reason for every relaxation."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from schemathesis.config import SchemathesisConfig

from contracts.model import RunSettings, run_settings
from contracts.model.environment import LIVE_MAX_RESPONSE_TIME
from contracts.reporting.relaxation_text import describe
from contracts.reporting.summary import Relaxation

__all__ = [
    "CONFIG_PATH",
    "LIVE_MAX_RESPONSE_TIME",
    "LIVE_UNEXPECTED_METHODS",
    "Relaxation",
    "load_config",
    "remember_lookups",
    "response_time_bound",
]

CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")
# On a live target the coverage phase probes each path only with methods that cannot change state.
LIVE_UNEXPECTED_METHODS = ("get", "options")


def _relaxes(block: dict[str, Any]) -> bool:
    """A block relaxes the suite when it disables something, narrows a phase or changes an expectation."""
    text = repr({k: v for k, v in block.items() if not k.startswith("include-")})
    markers = ("'enabled': False", "expected-statuses", "exclude-", "'algorithms': []", "'mode':")
    return any(marker in text for marker in markers)


def response_time_bound(
    data: dict[str, Any] | None = None, *, live: bool, settings: RunSettings | None = None
) -> float:
    """Seconds an answer may take: CONTRACT_MAX_RESPONSE_TIME (run settings), else 10 s live, else the toml's bound."""
    if data is None:
        data = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    mock_bound = float(data.get("checks", {}).get("max_response_time", 2.0))
    return (settings or run_settings()).response_time_bound(mock_bound, live)


# The lookups Schemathesis makes of a schema's config per case: each merges the config's layers (project, operation,
# phase) again.
_LOOKUPS = ("checks_config_for", "phases_for", "generation_for")


def remember_lookups(config: Any) -> None:
    """Answer each of Schemathesis's per-case config lookups once per operation and phase.

    Schemathesis merges the layers of the config again for every case it draws (`generation_for`, `phases_for`) and
    every response it validates (`checks_config_for`): a tenth of a roit or PaymentWorks run. Once the suite has
    loaded a schema (`target.load_schema`), its config no longer changes, so the first answer for an operation and
    phase is the answer for the run. The answers are Schemathesis's own merged objects, shared between the cases of
    an operation, which only read them.
    """
    for name in _LOOKUPS:
        lookup = getattr(config, name)
        answers: dict[tuple[str | None, tuple[tuple[str, Any], ...]], Any] = {}

        def remembered(
            *, operation: Any = None, _lookup: Any = lookup, _answers: dict[Any, Any] = answers, **kwargs: Any
        ) -> Any:
            key = (None if operation is None else operation.label, tuple(sorted(kwargs.items())))
            if key not in _answers:
                _answers[key] = _lookup(operation=operation, **kwargs)
            return _answers[key]

        setattr(config, name, remembered)


def load_config(path: Path = CONFIG_PATH, *, live: bool = False) -> tuple[SchemathesisConfig, list[Relaxation]]:
    """The Schemathesis config and its relaxations, each with its reason; a relaxation without one is refused.

    `live`: the coverage phase's unexpected-method probes are limited to GET and OPTIONS (a live target may act on
    an undocumented POST or DELETE).
    """
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    data.setdefault("checks", {})["max_response_time"] = response_time_bound(data, live=live)
    if live:
        data.setdefault("phases", {}).setdefault("coverage", {})["unexpected-methods"] = list(LIVE_UNEXPECTED_METHODS)
    relaxations: list[Relaxation] = []
    for index, project in enumerate(data.get("project", [])):
        title = project.get("title", f"project {index}")
        project_reason = project.pop("reason", None)
        project_settings = {k: v for k, v in project.items() if k not in ("title", "operations")}
        if _relaxes(project_settings) and not project_reason:
            raise ValueError(f'{path}: [[project]] {title!r} relaxes the suite without a `reason = "..."`')
        if project_reason:
            relaxations.append(
                Relaxation(title, "all operations", repr(project_settings), project_reason, describe(project_settings))
            )
        for op_index, block in enumerate(project.get("operations", [])):
            reason = block.pop("reason", None)
            scope = ", ".join(f"{k}={v}" for k, v in block.items() if k.startswith("include-")) or "all operations"
            if _relaxes(block) and not reason:
                raise ValueError(
                    f"{path}: [[project]] {title!r}, operations block {op_index} ({scope}) relaxes the suite "
                    'without a `reason = "..."`: say why, or remove the relaxation'
                )
            if reason:
                shown = {k: v for k, v in block.items() if not k.startswith("include-")}
                relaxations.append(Relaxation(title, scope, repr(shown), reason, describe(shown)))
    top = {k: v for k, v in data.items() if k != "project"}
    if _relaxes(top):
        raise ValueError(f"{path}: top-level settings disable a check or phase for every vendor; do it per project")
    return SchemathesisConfig.from_dict(data, base_dir=str(path.parent)), relaxations
