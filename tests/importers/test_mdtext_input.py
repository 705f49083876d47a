"""Input handling of import-text: encodings, refusals, the command's exit status and output."""
from __future__ import annotations

import pytest

from editor.cli.main import main
from editor.errors import UserError
from editor.importers.sample_text import import_markdown



def write(tmp_path, data: bytes, name="issue.md"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_with_and_without_bom(tmp_path, make_magazine):
    text = make_magazine()
    plain = import_markdown(write(tmp_path, text.encode("utf-8"), "a.md"))
    bom = import_markdown(write(tmp_path, b"\xef\xbb\xbf" + text.encode("utf-8"), "b.md"))
    assert plain.encoding == bom.encoding == "utf-8" and not any("GB18030" in n for n in plain.notes)
    assert plain.issue == bom.issue
    assert plain.issue.meta.title == "青溪科技"


def test_gb18030_input_is_read_and_said(tmp_path, make_magazine):
    result = import_markdown(write(tmp_path, make_magazine().encode("gb18030")))
    assert result.encoding == "gb18030"
    assert any("GB18030" in n for n in result.notes)
    assert [a.title for a in result.issue.articles()][:2] == ["2024 年春耕机具展示", "河湾镇试种耐盐水稻"]
    assert result.issue.meta.cumulative == 41


@pytest.mark.parametrize("data", [
    b"",
    b"   \n\n",
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    b"\xff\xfe\x80\x81" * 50,
])
def test_unreadable_input_refused(tmp_path, data):
    with pytest.raises(UserError):
        import_markdown(write(tmp_path, data))


def test_text_that_is_no_magazine_refused(tmp_path):
    prose = "# 一篇随笔\n\n今天天气很好，我们去河边散步。\n\n晚上下了一场雨。\n"
    with pytest.raises(UserError) as err:
        import_markdown(write(tmp_path, prose.encode("utf-8")))
    assert "目录" in str(err.value)


def test_contents_without_entries_refused(tmp_path):
    text = "# 青溪科技\n\n## 目录\n\n### ■ 要闻\n\n# 某文章\n\n正文。\n"
    with pytest.raises(UserError):
        import_markdown(write(tmp_path, text.encode("utf-8")))


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError):
        import_markdown(tmp_path / "nope.md")


def test_command_writes_the_folder(tmp_path, capsys, make_magazine):
    source = write(tmp_path, (make_magazine() + "\n").encode("utf-8"))
    out = tmp_path / "out"
    assert main(["import-text", str(source), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "3 篇文章" in printed and (out / "images").is_dir()
    assert any(p.suffix for p in out.iterdir() if p.is_file())


def test_command_reports_unplaced_with_line_numbers(tmp_path, capsys, make_magazine):
    text = make_magazine().replace("印数：800 本", "印数：800 本\n\n欢迎来稿交流")
    source = write(tmp_path, text.encode("utf-8"))
    assert main(["import-text", str(source), "-o", str(tmp_path / "out")]) == 0
    line = next(n for n, l in enumerate(text.splitlines(), start=1) if l == "欢迎来稿交流")
    assert f"第{line}行：欢迎来稿交流" in capsys.readouterr().out


def test_command_refuses_bad_input_and_writes_nothing(tmp_path, capsys):
    source = write(tmp_path, b"\x00\x01\x02binary")
    out = tmp_path / "out"
    assert main(["import-text", str(source), "-o", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "错误" in err and "Traceback" not in err


def test_command_refuses_a_nonempty_folder(tmp_path, capsys, make_magazine):
    source = write(tmp_path, make_magazine().encode("utf-8"))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    assert main(["import-text", str(source), "-o", str(out)]) == 2
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_command_says_when_it_read_gb18030(tmp_path, capsys, make_magazine):
    source = write(tmp_path, make_magazine().encode("gb18030"))
    assert main(["import-text", str(source), "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "GB18030" in out and "青溪科技 2024年第5期" in out
