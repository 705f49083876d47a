"""Reading issue-file bytes that may be broken or hostile.

Order matters: size first, then a parser that expands no entities and fetches nothing, then a
refusal of any DOCTYPE, then the format version (a newer file is refused before the schema can
call it invalid), then the schema of that version, the migration steps and the image paths."""
from __future__ import annotations

import binascii
import re
import threading
from functools import lru_cache
from pathlib import Path

from lxml import etree

from editor.errors import IssueFileError, UserError
from editor.model import Issue
from editor.paths import resource

from . import migrate
from .from_xml import element_to_issue
from .safe_paths import inside_folder, path_problem, problem_text
from .xmltext import q

MAX_BYTES = 64 * 1024 * 1024
# A RelaxNG object keeps its error log on itself; GUI workers may load and save at once.
_VALIDATING = threading.Lock()
_DECL = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, dtd_validation=False, remove_comments=True,
                           remove_pis=True)


@lru_cache(maxsize=None)
def schema(version: int) -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(resource("schema", f"issue-{version}.rng"))))


def _bad(zh: str, en: str, **values) -> IssueFileError:
    return IssueFileError("期刊文件无法读取：" + zh, "The issue file cannot be read: " + en, **values)


def parse_root(data: bytes | str) -> etree._Element:
    """The validated root element of an issue file in the current format."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_BYTES:
        raise _bad("文件过大（{size} 字节，上限 {limit} 字节）。", "it is too large ({size} bytes, limit {limit}).",
                   size=len(data), limit=MAX_BYTES)
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        raise _bad("这不是期刊编排台的期刊文件（不是 XML）。", "this is not an IssueDesk issue file (not XML).")
    if _DECL.search(data):
        raise _bad("文件含有 DOCTYPE 或实体声明，出于安全原因拒绝读取。",
                   "it holds a DOCTYPE or entity declaration, refused for safety.")
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise _bad("XML 格式错误：{err}", "malformed XML: {err}", err=str(exc)) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _bad("文件含有 DOCTYPE，出于安全原因拒绝读取。", "it holds a DOCTYPE, refused for safety.")
    if root.tag != q("issue"):
        raise _bad("这不是期刊编排台的期刊文件（根元素为 {tag}）。", "this is not an IssueDesk issue file (root element {tag}).",
                   tag=root.tag)
    version = _version(root)
    _validate(root, version)
    return migrate.upgrade(root, version)


def _version(root) -> int:
    raw = root.get("format")
    try:
        version = int(raw)
    except (TypeError, ValueError):
        raise _bad("缺少或无法识别格式版本（{raw}）。", "missing or unreadable format version ({raw}).",
                   raw=raw) from None
    if version > migrate.CURRENT:
        raise IssueFileError(
            "此期刊文件由较新版本的期刊编排台保存（格式版本 {v}），本程序只能读取格式版本 {known} 及以下。请升级期刊编排台后再打开。",
            "This issue file was saved by a newer version of IssueDesk (format version {v}); this program "
            "reads format version {known} and older. Please update IssueDesk to open it.",
            v=version, known=migrate.CURRENT)
    if version not in migrate.known_versions():
        raise _bad("未知的格式版本 {v}。", "unknown format version {v}.", v=version)
    return version


def _validate(root, version: int) -> None:
    rng = schema(version)
    with _VALIDATING:
        ok = rng.validate(root)
        err = None if ok else rng.error_log.last_error
    if not ok:
        raise _bad("不符合期刊文件格式（第 {line} 行：{msg}）。", "it does not follow the issue format (line {line}: {msg}).",
                   line=getattr(err, "line", "?"), msg=getattr(err, "message", "?"))


def issue_from_xml(data: bytes, folder: Path | str | None = None) -> Issue:
    """Bytes of an issue file to the model. With `folder`, image paths must also stay inside it
    after following links. Any problem is an IssueFileError."""
    root = parse_root(data)
    try:
        issue = element_to_issue(root)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as exc:
        raise _bad("内容无法转换：{err}", "a value cannot be converted: {err}", err=str(exc)) from None
    check_image_paths(issue, folder, IssueFileError)
    return issue


def image_paths(issue: Issue):
    if issue.meta.cover.image is not None:
        yield issue.meta.cover.image
    for _, fig in issue.figures():
        if fig.image is not None:
            yield fig.image


def check_image_paths(issue: Issue, folder, error: type[UserError] = UserError) -> None:
    for rel in image_paths(issue):
        problem = path_problem(rel)
        if problem is None and folder is not None and not inside_folder(Path(folder), rel):
            problem = "outside"
        if problem:
            raise error("图片路径“{path}”无效：必须是期刊文件夹内的相对路径（{why}）。",
                        "Image path {path!r} is not allowed: it must be a relative path inside the issue folder ({why}).",
                        path=rel, why=problem_text(problem))


def validate_before_write(root) -> None:
    """Our own output must pass our schema; if it does not, that is a bug, and no file is written."""
    rng = schema(migrate.CURRENT)
    with _VALIDATING:
        ok = rng.validate(root)
        msg = "" if ok else str(rng.error_log.last_error)
    if not ok:
        raise UserError("内部错误：待保存的期刊不符合文件格式（{msg}），未写入。",
                        "Internal error: the issue to save does not follow the file format ({msg}); nothing written.",
                        msg=msg)
