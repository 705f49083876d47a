"""Broken and hostile issue files are refused with IssueFileError, never half-read."""
from __future__ import annotations

import os

import pytest

from editor.errors import IssueFileError
from editor.store import ISSUE_FILENAME, IssueFolder, issue_from_xml, issue_to_xml, load_issue
from editor.store import safe_parse

HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n'


def _with_title(issue, title_xml: bytes, head: bytes = HEAD) -> bytes:
    """The issue's XML with the masthead title element replaced by raw bytes."""
    issue.meta.title = "TITLE-MARK"
    data = issue_to_xml(issue).replace(b"<title>TITLE-MARK</title>", title_xml)
    return head + data.split(b"?>", 1)[1]


def _refused(data: bytes, tmp_path=None) -> IssueFileError:
    with pytest.raises(IssueFileError) as info:
        issue_from_xml(data, tmp_path)
    return info.value


def test_malformed_xml(issue):
    data = issue_to_xml(issue)
    err = _refused(data[: len(data) // 2])
    assert "XML" in err.message


def test_billion_laughs_is_refused(issue):
    bomb = b"""<!DOCTYPE issue [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""
    err = _refused(_with_title(issue, b"<title>&lol9;</title>", HEAD + bomb))
    assert "DOCTYPE" in err.message


def test_external_entity_is_refused_and_not_read(issue):
    xxe = b'<!DOCTYPE issue [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    err = _refused(_with_title(issue, b"<title>&xxe;</title>", HEAD + xxe))
    assert "root:" not in err.message


def test_doctype_even_without_entities_is_refused(issue):
    _refused(_with_title(issue, b"<title>x</title>", HEAD + b"<!DOCTYPE issue>\n"))


def test_undeclared_entity_reference_is_refused(issue):
    _refused(_with_title(issue, b"<title>&ent;</title>"))


def test_the_safe_parser_itself_expands_nothing():
    # Second line of defence should the DOCTYPE pre-check ever be bypassed.
    from lxml import etree
    xml = b'<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>'
    root = etree.fromstring(xml, safe_parse._parser())
    assert "root:" not in "".join(root.itertext())


@pytest.mark.parametrize("path", ["../x.jpg", "/etc/x", "C:\\x", "C:/x.jpg", "images\\..\\..\\x.jpg",
                                  "images/../../x.jpg", "images/./a.jpg", "images//a.jpg", "",
                                  "\\\\server\\share\\a.jpg", "images/a.jpg:stream", "images/a.jpg.",
                                  "images/con.jpg", "NUL/a.jpg"])
def test_image_path_outside_or_odd_is_refused(issue, path, tmp_path):
    issue.sections[0].articles[0].blocks[2].image = "IMG-MARK"
    data = issue_to_xml(issue).replace(b"IMG-MARK", path.encode().replace(b"&", b"&amp;"))
    err = _refused(data, tmp_path)
    assert "图片路径" in err.message


def test_cover_image_path_is_checked_too(issue):
    issue.meta.cover.image = "IMG-MARK"
    _refused(issue_to_xml(issue).replace(b"IMG-MARK", b"/etc/passwd"))


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_image_path_through_a_symlink_out_of_the_folder_is_refused(issue_dir, tmp_path):
    (issue_dir / "images" / "out").symlink_to(tmp_path)
    data = (issue_dir / ISSUE_FILENAME).read_bytes().replace(b"images/a01-1.jpg", b"images/out/x.jpg")
    (issue_dir / ISSUE_FILENAME).write_bytes(data)
    with pytest.raises(IssueFileError):
        load_issue(issue_dir)


def test_newer_format_version_is_refused_with_a_clear_message(issue):
    data = issue_to_xml(issue).replace(b'format="1"', b'format="7"')
    err = _refused(data)
    assert "较新版本" in err.message and "格式版本 7" in err.message


def test_newer_format_version_message_in_english(issue, monkeypatch):
    monkeypatch.setenv("ISSUEDESK_LANG", "en")
    err = _refused(issue_to_xml(issue).replace(b'format="1"', b'format="2"'))
    assert "newer version" in err.message and "format version 2" in err.message


@pytest.mark.parametrize("version", [b"0", b"x", b""])
def test_unknown_or_missing_version_is_refused(issue, version):
    _refused(issue_to_xml(issue).replace(b'format="1"', b'format="' + version + b'"'))


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 this is a zip", "纯文本，不是 XML".encode(),
                                  b"\x00\x01\x02", b"{\"title\": 1}"])
def test_non_xml_file_is_refused(data):
    _refused(data)


def test_other_xml_is_refused():
    err = _refused(b'<?xml version="1.0"?><html><body/></html>')
    assert "不是期刊编排台" in err.message


def test_schema_violation_is_refused(issue):
    data = issue_to_xml(issue).replace(b'year="2021"', 'year="二〇二一"'.encode(), 1)
    err = _refused(data)
    assert "格式" in err.message


def test_bad_base64_is_refused(issue):
    _refused(_with_title(issue, b'<title encoding="base64">!!!</title>'))


def test_oversized_file_is_refused(issue_dir, monkeypatch):
    monkeypatch.setattr(safe_parse, "MAX_BYTES", 100)
    monkeypatch.setattr("editor.store.issue_folder.MAX_BYTES", 100)
    with pytest.raises(IssueFileError, match="过大"):
        load_issue(issue_dir)


def test_missing_folder_and_file(tmp_path):
    with pytest.raises(IssueFileError):
        load_issue(tmp_path / "nowhere")
    with pytest.raises(IssueFileError):
        load_issue(tmp_path)   # exists, but holds no issue file
    with pytest.raises(IssueFileError):
        IssueFolder(tmp_path)


def test_hostile_file_opened_for_editing_leaves_no_lock(issue_dir):
    (issue_dir / ISSUE_FILENAME).write_bytes(b"<not-closed")
    with pytest.raises(IssueFileError):
        IssueFolder(issue_dir)
    assert not (issue_dir / ".issuedesk.lock").exists()


def test_deep_nesting_is_refused():
    deep = b'<issue xmlns="urn:issuedesk:issue" format="1">' + b"<p>" * 100_000 + b"</p>" * 100_000 + b"</issue>"
    _refused(deep)


def test_text_given_as_str_is_read_like_bytes(issue):
    assert issue_from_xml(issue_to_xml(issue).decode("utf-8")) == issue
