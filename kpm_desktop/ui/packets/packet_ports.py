"""What the packet screens need of the packet service (the composition root passes it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from kpm_desktop.domain.access import Actor
from kpm_desktop.services.packets.packet_views import (
    ApplyReport,
    ExportedPacket,
    PacketPreview,
    PacketStatus,
)


class PacketPort(Protocol):
    def export(
        self,
        actor: Actor,
        period: str,
        folder: Path,
        *,
        rater_no: str | None = None,
        department: str | None = None,
        deadline: date | None = None,
        language: str = "zh",
        progress: Callable[[int, int], None] | None = None,
    ) -> list[ExportedPacket]: ...

    def preview(
        self,
        actor: Actor,
        files: Sequence[Path],
        *,
        period: str | None = None,
        rater_no: str | None = None,
        record_return: bool = True,
    ) -> list[PacketPreview]: ...

    def apply(
        self, actor: Actor, preview: PacketPreview, chosen: Sequence[int] | None = None
    ) -> ApplyReport: ...

    def status(self, actor: Actor, period: str) -> list[PacketStatus]: ...
