"""The store: coded articles in SQLite or PostgreSQL, and filtered queries over them.

Modules: ``backend`` (connections and the SQL dialect), ``schema``
(migrations), ``codec`` (records <-> rows), ``filters`` (what to read),
``queries`` (filters -> SQL), ``frame`` (flat event rows), ``store`` (the
:class:`Store` API).
"""

from __future__ import annotations

from .backend import QueryTimeout
from .codec import ArticleMeta
from .filters import Filters
from .frame import FRAME_COLUMNS
from .queries import KINDS
from .store import ALL, BATCH_SIZE, Store

__all__ = [
    "ALL",
    "BATCH_SIZE",
    "FRAME_COLUMNS",
    "KINDS",
    "ArticleMeta",
    "Filters",
    "QueryTimeout",
    "Store",
]
