"""Text blocks of the generated documents: data beside the guideline, never code.

One file per guideline, kimdocs/guideline/richtlinien/<guideline id>.textbausteine.yaml. Blocks are format
strings with named {placeholders}; a placeholder the caller does not supply is an error,
never a blank in a notice.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kimdocs.errors import GuidelineError
from kimdocs.model import read_mapping


@lru_cache(maxsize=8)
def load_textbausteine(richtlinie_id: str) -> dict[str, Any]:
    """The text blocks of a guideline; {} when it has none (then templates use no blocks)."""
    path = Path(str(resources.files("kimdocs.guideline") / "richtlinien" / f"{richtlinie_id}.textbausteine.yaml"))
    if not path.is_file():
        return {}
    data = read_mapping(path)
    if data.get("richtlinie") != richtlinie_id:
        raise GuidelineError(f"Textbausteine gehören nicht zu Richtlinie {richtlinie_id}",
                             path=path)
    return data


def fill(template: str, **values: Any) -> str:
    """A block with its placeholders filled; whitespace of folded YAML normalised."""
    try:
        text = template.format_map(values)
    except KeyError as exc:
        raise GuidelineError(f"Textbaustein: Platzhalter {exc.args[0]!r} ohne Wert") from None
    return " ".join(text.split())
