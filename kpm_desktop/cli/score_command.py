"""`kpm score TEMPLATE.json RATINGS.json`: pure scoring, the result printed as JSON."""

from __future__ import annotations

import argparse
from typing import Any

from kpm_desktop.cli.context import CliContext
from kpm_desktop.cli.files import read_text
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.json_reading import dumps
from kpm_desktop.domain.ratings_json import ratings_from_text, score_document, score_to_json
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.domain.rubric_validation import describe_problems, template_problems


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "score", help="score ratings against a template file (no database)"
    )
    parser.add_argument("template", metavar="TEMPLATE.json")
    parser.add_argument("ratings", metavar="RATINGS.json")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    template = template_from_text(read_text(args.template), args.template)
    problems = template_problems(template)
    if problems:
        raise ValidationError(
            "{file}: {problems}",
            file=args.template,
            problems=describe_problems(template, problems),
        )
    document = ratings_from_text(read_text(args.ratings), args.ratings)
    score = score_document(template, document, args.ratings)
    context.print(dumps(score_to_json(template, score)))
    return 0
