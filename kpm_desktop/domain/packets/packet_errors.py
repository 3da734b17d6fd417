"""Why a packet is refused or a cell of it is not read: messages naming file and cell."""

from __future__ import annotations

from kpm_desktop.domain.errors import ValidationError


class PacketError(ValidationError):
    """A packet refused as a whole (not a packet, tampered, of another cycle...): nothing
    of it is applied. The message names the file and what differs."""


class PacketCellError(PacketError):
    """One filled cell that cannot be read: `{file}, 张三!I7: ... (value '120')`."""
