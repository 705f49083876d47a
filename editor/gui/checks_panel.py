"""The checks panel: findings grouped by rule, filtered by severity, a double-click goes to the
place. The model rules run on the GUI thread a moment after each edit (they are fast); the rules
that need pages come with the background layout, and stand until the next layout replaces them."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from .qt_text import translate
from .undo_pages import follow_edits

CHECK_DELAY_MS = 300
SEVERITY_ORDER = ("error", "warning", "info")
ROLE = Qt.ItemDataRole.UserRole
SEVERITY_COLOURS = {"error": QColor(190, 30, 30), "warning": QColor(170, 110, 0), "info": QColor(90, 90, 90)}


def severity_name(severity: str) -> str:
    return {"error": translate("checks_panel", "Error"), "warning": translate("checks_panel", "Warning"),
            "info": translate("checks_panel", "Info")}[severity]


def merge_findings(model_findings: list, page_findings: list) -> list:
    """Fresh model findings plus the findings of the rules that need pages from the last layout."""
    from editor.checks import RULES
    paged = [f for f in page_findings if RULES.get(f.rule) is not None and RULES[f.rule].needs_pages]
    return list(model_findings) + paged


class ChecksPanel(QWidget):
    jump_requested = Signal(dict)            # a finding's location
    counts_changed = Signal(int, int)        # errors, warnings

    FILTERS = (("all", ("error", "warning", "info")), ("error", ("error",)),
               ("warning", ("error", "warning")))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("checksPanel")
        self.doc = None
        self.findings: list = []
        self._page_findings: list = []
        self._layout_current = False     # page findings belong to the issue as it stands
        top = QHBoxLayout()
        self.filter = QComboBox(self)
        self.filter.setObjectName("checksFilter")
        for key, label in (("all", self.tr("All")), ("error", self.tr("Errors only")),
                           ("warning", self.tr("Errors and warnings"))):
            self.filter.addItem(label, key)
        self.filter.currentIndexChanged.connect(lambda _i: self._show())
        self.summary = QLabel(self)
        self.summary.setObjectName("checksSummary")
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checksTree")
        self.tree.setHeaderLabels([self.tr("Rule / finding"), self.tr("Place")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_model_checks)

    # -- feeding ---------------------------------------------------------------------------------
    def set_document(self, doc) -> None:
        follow_edits(self.doc, doc, self.edited)
        self.doc, self._page_findings = doc, []
        self.run_model_checks()

    def edited(self, *_index) -> None:
        self._layout_current = False
        self._timer.start()

    def run_model_checks(self) -> None:
        self._timer.stop()
        if self.doc is None:
            self.findings = []
        else:
            from editor.checks import run_checks
            model = run_checks(self.doc.issue, folder=self.doc.path)
            self.findings = merge_findings(model, self._page_findings)
        self._show()

    def layout_finished(self, outcome) -> None:
        """A background layout of the issue as it now stands: its findings replace all."""
        if outcome.error is not None or outcome.laid is None:
            return
        self._timer.stop()
        self._page_findings = outcome.findings
        self._layout_current = True
        self.findings = list(outcome.findings)
        self._show()

    # -- showing ---------------------------------------------------------------------------------
    def visible_severities(self) -> tuple[str, ...]:
        return dict(self.FILTERS)[self.filter.currentData()]

    def _show(self) -> None:
        from editor.checks import RULES, count_by_severity
        self.tree.clear()
        shown = [f for f in self.findings if f.severity in self.visible_severities()]
        groups: dict[str, list] = {}
        for f in sorted(shown, key=lambda f: SEVERITY_ORDER.index(f.severity)):
            groups.setdefault(f.rule, []).append(f)
        # Errors first: the groups come in the order of their worst finding, then the catalogue's.
        for rule_id, items in groups.items():
            rule = RULES.get(rule_id)
            title = rule.title if rule is not None else ""
            head = QTreeWidgetItem(self.tree, [f"{rule_id}  {title}  ({len(items)})", ""])
            head.setData(0, ROLE, {"rule": rule_id})
            if rule is not None:
                head.setToolTip(0, rule.explanation)
            worst = items[0].severity
            head.setForeground(0, QBrush(SEVERITY_COLOURS[worst]))
            for f in items:
                text = self.tr("{severity}: {message}").format(severity=severity_name(f.severity), message=f.message)
                child = QTreeWidgetItem(head, [text, self.place_text(f.location)])
                child.setData(0, ROLE, dict(f.location))
                child.setToolTip(0, f.message)
                child.setForeground(0, QBrush(SEVERITY_COLOURS[f.severity]))
            head.setExpanded(len(groups) <= 6)
        counts = count_by_severity(self.findings)
        self.summary.setText(self.tr("{e} errors · {w} warnings · {i} info").format(
            e=counts["error"], w=counts["warning"], i=counts["info"]))
        self.counts_changed.emit(counts["error"], counts["warning"])

    def place_text(self, location: dict) -> str:
        parts = []
        if self.doc is not None and location.get("article"):
            article = self.doc.issue.article(location["article"])
            parts.append(f"《{article.title}》" if article else location["article"])
        field = location.get("field") or ""
        if self.doc is not None and field.startswith("photo_page:"):
            page = next((p for p in self.doc.issue.photo_pages if p.id == field.split(":", 1)[1]), None)
            if page is not None:
                parts.append(self.tr("photo page “{title}”").format(title=page.title or page.id))
        if location.get("page") is not None:
            parts.append(self.tr("page {n}").format(n=location["page"]))
        for key in ("figure", "entry", "field"):
            if location.get(key) and not parts:
                parts.append(str(location[key]))
        return " ".join(parts)

    def rule_items(self) -> dict[str, list[QTreeWidgetItem]]:
        """The rows shown, by rule (for tests and screenshots)."""
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            out[head.data(0, ROLE)["rule"]] = [head.child(j) for j in range(head.childCount())]
        return out

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        location = item.data(0, ROLE) or {}
        if "rule" not in location or item.parent() is not None:
            self.jump_requested.emit(location)
