"""CommandPost: Posko Pengamanan Pemilu (election-security command post)."""

__version__ = "0.1.0"
