"""IssueDesk 期刊编排台: assemble a monthly magazine issue and send a print-ready PDF to the printer."""

__version__ = "0.1.0"
