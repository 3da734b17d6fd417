"""Rewrite `$defs/method` of resources/schemas/rubric-template.schema.json from the method
registry (kpm_desktop/domain/methods/registry.py); tests/domain/test_method_registry.py
fails until the file agrees. Run: .venv/bin/python scripts/write_method_schema.py"""

import json
from pathlib import Path

from kpm_desktop.domain.methods.registry import method_schema

SCHEMAS = Path(__file__).resolve().parents[1] / "resources" / "schemas"
SCHEMA = SCHEMAS / "rubric-template.schema.json"


def main() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    schema["$defs"]["method"] = method_schema()
    SCHEMA.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
