"""Name normalisation for search: case, accents and punctuation do not matter."""

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    # Apostrophes and quotes join a word ("Soka\"an", "Ma'rif"), other punctuation splits it.
    ascii_name = re.sub(r"[\"'`]", "", ascii_name.lower())
    return _NON_ALNUM.sub(" ", ascii_name).strip()


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``."""
    return prefix + "\U0010ffff"
