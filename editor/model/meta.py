"""Issue metadata: masthead, numbers, colophon, editorial board, cover."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Role:
    """One line of the colophon or the editorial board: a role and its ordered names.
    `note` keeps remarks such as （以姓氏笔画为序）."""
    role: str
    names: list[str] = field(default_factory=list)
    note: str | None = None


@dataclass
class Contact:
    """The editorial office's contact details printed in the colophon."""
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    fax: str | None = None
    website: str | None = None
    email: str | None = None


@dataclass
class Cover:
    """The front cover: its photo, the description printed for it (封面说明) and the cover lines
    (封面要目), each meant to match an article title."""
    image: str | None = None
    description: str | None = None
    credit: str | None = None
    lines: list[str] = field(default_factory=list)
    slogan: str | None = None        # 科技 引领未来


@dataclass
class Imprint:
    """The issue's identity as printed in one place of a printed issue (cover, inner masthead,
    colophon…). An import keeps every place, even where they disagree, so the checks can see it.
    Issues made here derive these from the metadata and store none."""
    place: str                       # cover | masthead | colophon | running-head | back-cover
    title: str | None = None
    year: int | None = None
    number: int | None = None
    cumulative: int | None = None
    lines: list[str] = field(default_factory=list)   # cover lines / 要目 printed there


@dataclass
class PreviousIssue:
    """The numbers of the issue this one was started from (issuedesk new)."""
    year: int
    number: int
    cumulative: int | None = None


@dataclass
class IssueMeta:
    """Everything about the issue that is not an article: masthead, numbers, colophon, cover."""
    title: str = ""                  # 刊名: 常州科技
    year: int = 2000
    number: int = 1
    cumulative: int | None = None    # 总第N期
    permit: str | None = None        # 准印证号: S(2021)04000025
    internal_marking: str | None = None   # 内部资料 免费交流
    publishers: list[Role] = field(default_factory=list)   # 主办, 承办, 协办 …
    board: list[Role] = field(default_factory=list)        # 编辑委员会: 主任, 副主任, 成员, 主编 …
    contact: Contact = field(default_factory=Contact)
    printer: str | None = None       # 承印
    print_run: int | None = None     # 印数, copies
    print_date: str | None = None    # 印刷日期, as the office writes it (2021年3月15日)
    cycle: str | None = None         # 出版周期: 每月中旬出版
    distribution: str | None = None  # 发送对象
    cover: Cover = field(default_factory=Cover)
    layout: str = "magazine-16k"
    previous: PreviousIssue | None = None

    @property
    def label(self) -> str:
        """常州科技 2021年第3期"""
        return f"{self.title} {self.year}年第{self.number}期"
