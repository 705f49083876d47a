"""import-docx into a real issue folder: saved once, loads, validates, and the checks see it."""
from __future__ import annotations




from editor.cli.main import main
from editor.importers.docx import read_docx
from editor.store import load_issue

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_import_into_issue_then_checks(tmp_path, issue_dir, capsys, kit):
    # A caption-less low-resolution photo: 400 px placed 100 mm wide is about 100 ppi.
    nocap = tmp_path / "nocap.docx"
    kit.build_docx(nocap, kit.p("无图注的稿件", "Heading1")
                   + kit.p("正文一段，写得足够长以便估计正文字号，这里再多写几个字凑满四十个字符以上的长度。")
                   + kit.p(extra=kit.picture()) + kit.p("正文继续，这一段不是图注，因为它很长，而且是两端对齐的正文段落。"),
                   media={"image1.jpeg": kit.jpeg((400, 300))})
    good = tmp_path / "good.docx"
    kit.build_docx(good, kit.BASIC_BODY, media={"image1.jpeg": kit.jpeg((1200, 800))})
    assert main(["import-docx", str(good), str(nocap), "--issue", str(issue_dir),
                 "--section", "科技动态"]) == 0
    out = capsys.readouterr().out
    assert "新品发布会在常州举行" in out and "DOCX-IMAGE-CAPTION" in out

    issue = load_issue(issue_dir)   # validates against the schema
    section = next(s for s in issue.sections if s.name == "科技动态")
    assert [a.title for a in section.articles] == ["新品发布会在常州举行", "无图注的稿件"]
    figures = [f for a in section.articles for f in a.figures()]
    assert len({f.id for f in figures}) == 2
    for fig in figures:
        assert (issue_dir / fig.image).is_file()
    assert figures[0].caption == "发布会现场" and figures[0].credit == "（王某摄）"

    from editor.checks import run_checks
    found = run_checks(issue, folder=issue_dir, rules=["FIGURE-CAPTION", "FIGURE-RES"])
    by_rule = {(f.rule, f.location.get("figure") if isinstance(f.location, dict) else None) for f in found}
    rules = {rule for rule, _ in by_rule}
    assert "FIGURE-CAPTION" in rules and "FIGURE-RES" in rules
    cap = [f for f in found if f.rule == "FIGURE-CAPTION"]
    assert len(cap) == 1


def test_second_import_keeps_ids_unique(tmp_path, issue_dir, kit):
    doc = tmp_path / "one.docx"
    kit.build_docx(doc, kit.BASIC_BODY, media={"image1.jpeg": kit.jpeg()})
    assert main(["import-docx", str(doc), "--issue", str(issue_dir)]) == 0
    assert main(["import-docx", str(doc), "--issue", str(issue_dir)]) == 0
    issue = load_issue(issue_dir)
    arts = list(issue.articles())
    assert len(arts) == 2 and arts[0].id != arts[1].id
    images = [f.image for a in arts for f in a.figures()]
    assert len(set(images)) == 2


def test_word_style_names_and_direct_formatting(tmp_path, kit):
    """Word writes "heading 1" and "caption" in lower case; a title may be only big bold type."""
    big = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="44"/></w:rPr>'
           '<w:t>直接排版的大标题</w:t></w:r></w:p>')
    kicker = kit.p("引题写在标题之前", jc="center")
    body = kicker + big + kit.p("正文第一段，这是一个较长的段落，用来确定正文的字号，并且超过四十个字符的长度要求。") \
        + kit.p("小标题在这里", "Heading2") + kit.p("第二段正文。")
    path = tmp_path / "direct.docx"
    kit.build_docx(path, body)
    art = read_docx(path).article
    assert art.title == "直接排版的大标题"
    assert art.kicker == "引题写在标题之前"
    assert [type(b).__name__ for b in art.blocks] == ["Paragraph", "Subhead", "Paragraph"]


def test_tracked_changes_accepted_and_comments_reported(tmp_path, kit):
    body = (kit.p("修订稿", "Heading1")
            + '<w:p><w:r><w:t xml:space="preserve">原有文字</w:t></w:r>'
              '<w:ins w:id="1" w:author="编辑"><w:r><w:t>新增文字</w:t></w:r></w:ins>'
              '<w:del w:id="2" w:author="编辑"><w:r><w:delText>删去文字</w:delText></w:r></w:del>'
              '<w:commentRangeStart w:id="0"/><w:r><w:t>。</w:t></w:r><w:commentRangeEnd w:id="0"/></w:p>')
    comments = (f'<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="张三">'
                '<w:p><w:r><w:t>数字请核实</w:t></w:r></w:p></w:comment></w:comments>')
    path = tmp_path / "tracked.docx"
    kit.build_docx(path, body, parts={"word/comments.xml": comments},
                   rels=[("rIdC", "comments", "comments.xml")])
    result = read_docx(path)
    assert result.article.blocks[0].text == "原有文字新增文字。"
    codes = {f.code: f.message for f in result.findings}
    assert "数字请核实" in codes["DOCX-COMMENT"] and "张三" in codes["DOCX-COMMENT"]
    assert "1 处插入" in codes["DOCX-TRACKED"] and "1 处删除" in codes["DOCX-TRACKED"]


def test_text_box_read_once(tmp_path, kit):
    """mc:Choice and mc:Fallback hold the same text box; the sidebar must appear once."""
    txbx = ('<w:txbxContent><w:p><w:r><w:t>■ 链接 &gt;&gt;</w:t></w:r></w:p>'
            '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>框题</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>框内正文。</w:t></w:r></w:p></w:txbxContent>')
    alt = ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
           '<wp:extent cx="100" cy="100"/><a:graphic><a:graphicData uri="x"><wps:wsp><wps:txbx>'
           + txbx + '</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           '<mc:Fallback><w:pict><v:rect><v:textbox>' + txbx + '</v:textbox></v:rect></w:pict></mc:Fallback>'
           '</mc:AlternateContent></w:r>')
    path = tmp_path / "box.docx"
    kit.build_docx(path, kit.p("有框的稿件", "Heading1") + kit.p("正文。") + kit.p(extra=alt))
    art = read_docx(path).article
    boxes = art.sidebars()
    assert len(boxes) == 1
    assert (boxes[0].label, boxes[0].title, [b.text for b in boxes[0].blocks]) == ("链接", "框题", ["框内正文。"])
    assert "框内正文" not in "".join(b.text for b in art.blocks if hasattr(b, "runs"))


def test_long_text_above_the_title_is_kept(tmp_path, kit):
    note = "编者按：本文由作者投稿，经编辑部删节后刊发，文中数据截至二〇二一年二月底，特此说明，谨供读者参考之用，欢迎广大读者来信来电与编辑部交流讨论。"
    path = tmp_path / "note.docx"
    kit.build_docx(path, kit.p(note) + kit.p("标题", "Heading1") + kit.p("正文。"))
    art = read_docx(path).article
    assert art.title == "标题" and art.kicker is None
    assert [b.text for b in art.blocks] == [note, "正文。"]


def test_hidden_text_skipped_and_numbering_reported(tmp_path, kit):
    body = (kit.p("标题", "Heading1")
            + '<w:p><w:r><w:t>看得见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r></w:p>'
            + '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
              '<w:r><w:t>自动编号的一段。</w:t></w:r></w:p>')
    path = tmp_path / "hidden.docx"
    kit.build_docx(path, body)
    result = read_docx(path)
    assert [b.text for b in result.article.blocks] == ["看得见", "自动编号的一段。"]
    assert any(f.code == "DOCX-NUMBERING" and "1 个段落" in f.message for f in result.findings)


def test_photos_arranged_in_a_table_are_figures(tmp_path, kit):
    cell = lambda n: (f'<w:tc><w:p>{kit.picture(f"rIdImg{n}", 60, 40)}</w:p>'  # noqa: E731
                      + kit.p(f"第{n}幅图的图注", "Caption") + "</w:tc>")
    body = kit.p("两图并排", "Heading1") + kit.p("正文。") + f"<w:tbl><w:tr>{cell(1)}{cell(2)}</w:tr></w:tbl>"
    path = tmp_path / "pair.docx"
    kit.build_docx(path, body, media={"image1.jpeg": kit.jpeg(), "image2.jpeg": kit.jpeg()})
    result = read_docx(path)
    figs = list(result.article.figures())
    assert [f.caption for f in figs] == ["第1幅图的图注", "第2幅图的图注"]
    assert not any(type(b).__name__ == "Table" for b in result.article.blocks)
    assert len(result.images) == 2
