"""Building blocks shared by generated models: the UNSET sentinel, wire enums, wire-name metadata.

Request models need three states per field: a value, an explicit ``null`` the server must store,
and "not given" so the server keeps what it has. ``None`` cannot mean both of the last two, hence
``UNSET``. It is an enum member so type checkers narrow ``x is UNSET`` and pickling keeps identity.
"""

from __future__ import annotations

import enum
import threading
from typing import Any, Final, Literal

import attrs

__all__ = ["UNSET", "Unset", "WireEnum", "WireBacked", "WIRE_KEY", "wire_name"]

#: The attrs metadata key holding a field's JSON name.
WIRE_KEY: Final = "wire"


class _UnsetType(enum.Enum):
    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    __str__ = __repr__

    def __bool__(self) -> bool:
        # `if model.field:` should treat "not given" like an empty value, not like a truthy one.
        return False


UNSET: Final = _UnsetType.UNSET
#: Use in annotations: ``name: str | None | Unset = UNSET``.
Unset = Literal[_UnsetType.UNSET]


class WireEnum(str, enum.Enum):
    """A string enum that accepts values it has never heard of.

    A newer server may add an ``appType``; refusing to parse the whole answer because of it would
    break working code on a server upgrade. Unknown values become pseudo-members (cached, so
    identity comparisons stay stable) whose ``is_known`` is False; they still compare equal to
    their string value like every member does.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        with _UNKNOWN_LOCK:
            existing = cls._value2member_map_.get(value)
            if existing is not None:
                return existing
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            # Registering it makes the next lookup of the same value a plain dict hit.
            cls._value2member_map_[value] = member
            return member

    @property
    def is_known(self) -> bool:
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(str(self.value), format_spec)

    def __repr__(self) -> str:
        suffix = "" if self.is_known else " (unknown)"
        return f"<{type(self).__name__}.{self._name_}: {self.value!r}{suffix}>"


_UNKNOWN_LOCK = threading.Lock()


class WireBacked:
    """Base of response models that contain other models: their raw JSON values are kept.

    An answer such as ``ApplicationDto`` nests half a dozen models; building them all on every
    call cost more than the rest of the SDK's own work put together, and most callers read one or
    two scalar fields. So when the SDK parses an answer, scalar and enum fields are stored at
    once, and a field holding a nested model (or a list of them) is built from its kept raw value
    the first time it is read (``genauth_async._converter`` installs the descriptors). Only those
    raw values are kept, not the whole answer. Models built by their constructor, by
    ``from_wire`` or by unpickling have every field set and never look here.
    """

    __slots__ = ("_genauth_wire",)


def wire_name(attribute: attrs.Attribute[Any]) -> str:
    """The JSON key of an attrs field; the attribute name itself when no rename was recorded."""
    wire = attribute.metadata.get(WIRE_KEY)
    return wire if isinstance(wire, str) else attribute.name
