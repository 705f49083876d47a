"""The small print beside the contents: editorial board, publishers, contact, printing facts.
The role words and field labels are the vocabulary of Chinese magazines, not of one issue."""
from __future__ import annotations

import re

from editor.model import IssueMeta, Role

from .captions import split_credit

BOARD_ROLES = sorted(["主任", "副主任", "成员", "委员", "顾问", "主编", "副主编", "执行主编", "常务副主编",
                      "责任编辑", "编辑", "美术编辑", "美编", "校对", "社长", "总编辑", "副总编辑",
                      "编辑部主任", "特约编辑", "摄影", "名誉主任", "总监制", "监制"], key=len, reverse=True)
PUBLISHER_ROLES = ("主管", "主办", "承办", "协办", "编印", "出版", "编辑出版")
_NOTE = re.compile(r"[（(]\s*([^（）()]*?)\s*[)）]")
_LABEL = re.compile(r"^\s*([^：:]{1,8}?)\s*[：:]\s*(.*)$")
_CYCLE = re.compile(r"^每.{1,8}出版$")
_NAME_SPLIT = re.compile(r"[\s、，,；;]+")


def board_role(line: str) -> Role | None:
    """"副主任 (以姓氏笔画为序)" or "主编 高岩 孙奕" → Role; None when the line starts no role."""
    for word in BOARD_ROLES:
        if line.startswith(word):
            rest = line[len(word):]
            if rest and rest[0] not in " \t（(：:":
                continue
            role = Role(word)
            note = _NOTE.search(rest)
            if note:
                role.note = note.group(0)     # with its brackets, as printed: the checks judge their width
                rest = rest[:note.start()] + rest[note.end():]
            role.names = board_names(rest.lstrip("：: "))
            return role
    return None


def looks_like_names(text: str) -> bool:
    """A line of personal names: short words without punctuation (杨伟红 张朝晖)."""
    names = board_names(text)
    return bool(names) and all(2 <= len(n) <= 5 and n.isalpha() for n in names)


def board_names(text: str) -> list[str]:
    return [n for n in _NAME_SPLIT.split(text.strip()) if n]


def publisher_heading(text: str) -> str | None:
    """"主办单位：" → "主办"."""
    t = text.strip().rstrip("：:").strip()
    if t.endswith("单位"):
        t = t[:-2]
    return t if t in PUBLISHER_ROLES else None


def add_publisher(meta: IssueMeta, role: str, names: list[str]) -> None:
    existing = next((r for r in meta.publishers if r.role == role), None)
    if existing is None:
        meta.publishers.append(Role(role, list(names)))
        return
    existing.names.extend(n for n in names if n not in existing.names)


def colophon_field(meta: IssueMeta, line: str) -> bool:
    """Fill the field a labelled colophon line gives ("邮编：213022"); False when it is none."""
    text = line.strip()
    if _CYCLE.match(text.replace(" ", "")):
        meta.cycle = text.replace(" ", "")
        return True
    m = _LABEL.match(text)
    if not m:
        return False
    label, value = m.group(1).replace(" ", ""), m.group(2).strip()
    contact = meta.contact
    if label in ("地址", "通讯地址", "编辑部地址"):
        contact.address = value
    elif label in ("邮编", "邮政编码"):
        contact.postcode = value
    elif label in ("电话", "联系电话"):
        contact.phone = value
    elif label == "传真":
        contact.fax = value
    elif label in ("网址", "网站"):
        contact.website = value
    elif label.lower() in ("邮箱", "电子邮箱", "e-mail", "email", "电子信箱"):
        contact.email = value
    elif label in ("印刷日期", "出版日期"):
        meta.print_date = value
    elif label in ("承印", "承印单位", "印刷", "印刷单位"):
        meta.printer = value
    elif label == "印数":
        digits = re.sub(r"[^\d]", "", value)
        if not digits:
            return False
        meta.print_run = int(digits)
    elif label in ("发送对象", "赠送对象", "发送范围"):
        meta.distribution = value
    elif label in ("出版周期", "刊期"):
        meta.cycle = value
    elif label in ("封面说明", "封面", "封面图片"):
        meta.cover.description, meta.cover.credit = split_credit(value)
    elif label in ("准印证号", "准印证"):
        meta.permit = value.replace(" ", "")
    elif publisher_heading(label):
        add_publisher(meta, publisher_heading(label), board_names(value))
    else:
        return False
    return True
