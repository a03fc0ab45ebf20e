"""The risk register per stage: a panel with the table and filters, and the add/edit dialog."""

from commandpost.gui.risks.dialog import RiskDialog
from commandpost.gui.risks.model import RiskTableModel
from commandpost.gui.risks.panel import RiskRegisterPanel

__all__ = ["RiskDialog", "RiskRegisterPanel", "RiskTableModel"]
