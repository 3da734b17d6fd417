"""Date and time differences, the one place KPI SQL needs per-dialect text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class seconds_between(FunctionElement[int]):
    """Whole seconds from the second timestamp argument to the first."""

    type = BigInteger()
    inherit_cache = True
    name = "seconds_between"


class days_between(FunctionElement[int]):
    """Whole days from the second date argument to the first."""

    type = BigInteger()
    inherit_cache = True
    name = "days_between"


def _arguments(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(argument, **kw) for argument in element.clauses]


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _arguments(element, compiler, **kw)
    return f"CAST(ROUND((julianday({later}) - julianday({earlier})) * 86400) AS INTEGER)"


@compiles(seconds_between, "postgresql")
def _seconds_postgresql(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _arguments(element, compiler, **kw)
    return f"CAST(EXTRACT(EPOCH FROM ({later} - {earlier})) AS BIGINT)"


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _arguments(element, compiler, **kw)
    return f"CAST(ROUND(julianday({later}) - julianday({earlier})) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_postgresql(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _arguments(element, compiler, **kw)
    return f"({later} - {earlier})"


@compiles(seconds_between)
@compiles(days_between)
def _unsupported(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> str:
    raise CompileError(f"{element.name} is written for SQLite and PostgreSQL only")
