"""Voting-day view (hari H): TPS progress per region, the day's curve, the late-TPS list.

Kept light: the tree imports the state labels from here at start-up; the panel (and
pyqtgraph, which it loads only when its chart is first shown) live in ``panel``.
"""
