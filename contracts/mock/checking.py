"""Response checking: does a reply the mock is about to send honour the spec (a mock bug when it does not)."""

from __future__ import annotations

from dataclasses import dataclass

from contracts.mock.behaviour import Reply
from contracts.model.media import is_json, match_media
from contracts.model.model import Operation
from contracts.model.pointer import pointer_of

__all__ = ["Violation", "reply_problems"]


@dataclass(frozen=True)
class Violation:
    """A response the mock produced that broke the spec (a bug in the mock, never in the client)."""

    operation_id: str
    status: int
    problems: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.operation_id} answered {self.status}: " + "; ".join(self.problems)


def reply_problems(op: Operation, reply: Reply) -> list[str]:
    """Why a reply breaks the operation's documented responses: status, media type, body schema, required headers."""
    rule = op.response_rule(reply.status)
    if rule is None:
        return [f"status {reply.status} is not documented (documented: {', '.join(op.documented_statuses())})"]
    problems: list[str] = []
    if rule.content and reply.media_type is None:
        problems.append(f"no body, but the spec documents {', '.join(rule.content)}")
    elif reply.media_type is not None:
        media = match_media(reply.media_type, rule.content)
        if media is None:
            problems.append(f"media type {reply.media_type} is not documented for {reply.status}")
        elif media.validator is not None and is_json(media.media_type):
            for segments, message, _kind in media.validator.errors(reply.body):
                problems.append(f"{pointer_of(segments) or '/'}: {message} (schema {media.pointer})")
    names = {k.lower() for k in reply.headers}
    problems += [
        f"required header {h.name} missing" for h in rule.headers.values() if h.required and h.name.lower() not in names
    ]
    return problems
