"""Small Word files built in the test: only the parts the importer reads, as Word writes them."""
from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W_NS}" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

# Word's own names: lower case, ids without spaces.
STYLES = f"""<w:styles {NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
  <w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>"""


def p(text: str = "", style: str | None = None, bold_head: str = "", jc: str | None = None,
      extra: str = "") -> str:
    ppr = ""
    if style or jc:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + \
              (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    runs = f'<w:r><w:rPr><w:b/></w:rPr><w:t>{bold_head}</w:t></w:r>' if bold_head else ""
    runs += f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p>{ppr}{runs}{extra}</w:p>"


def picture(rid: str = "rIdImg1", cx_mm: float = 100, cy_mm: float = 66.7) -> str:
    cx, cy = int(cx_mm * 36000), int(cy_mm * 36000)
    return (f'<w:r><w:drawing><wp:inline><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="1" name="图片 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:blipFill><a:blip r:embed="{rid}"/></pic:blipFill></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def jpeg(size=(400, 300), mode="RGB", **save) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "white" if mode != "CMYK" else (0, 0, 0, 0)).save(out, "JPEG", **save)
    return out.getvalue()


def build_docx(path, body: str, media: dict[str, bytes] | None = None,
               parts: dict[str, str | bytes] | None = None, rels: list[tuple] = ()) -> None:
    """rels: extra (id, type suffix, target) of the main document."""
    media = media or {}
    doc_rels = [("rIdStyles", "styles", "styles.xml")] + list(rels)
    doc_rels += [(f"rIdImg{i}", "image", f"media/{name}") for i, name in enumerate(media, 1)]
    rel_xml = "".join(f'<Relationship Id="{i}" Type="{REL_T}{t}" Target="{tg}"/>' for i, t, tg in doc_rels)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{REL_NS}"><Relationship Id="rId1" '
                   f'Type="{REL_T}officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/_rels/document.xml.rels", f'<Relationships xmlns="{REL_NS}">{rel_xml}</Relationships>')
        z.writestr("word/document.xml", f"<w:document {NS}><w:body>{body}</w:body></w:document>")
        z.writestr("word/styles.xml", STYLES)
        for name, data in media.items():
            z.writestr(f"word/media/{name}", data)
        for name, data in (parts or {}).items():
            z.writestr(name, data)


BASIC_BODY = (p("新品发布会在常州举行", "Heading1") + p("——副题写在破折号后", jc="center", bold_head="")
              + p("正文第一段，讲述发布会的情况，内容较长，超过四十个字的正文段落，用来估计正文字号。")
              + p(extra=picture()) + p("发布会现场（王某摄）", "Caption")
              + p("正文第二段。", bold_head="一是亮点。"))


@pytest.fixture
def basic_docx(tmp_path):
    path = tmp_path / "basic.docx"
    build_docx(path, BASIC_BODY, media={"image1.jpeg": jpeg(dpi=(300, 300))})
    return path


@pytest.fixture
def issue_dir(tmp_path):
    from editor.model import Issue
    from editor.store import create_issue_folder
    return create_issue_folder(Issue(), tmp_path / "issue")


@pytest.fixture
def kit():
    """The builders above, for test modules (importlib mode cannot import conftest)."""
    import types
    return types.SimpleNamespace(p=p, picture=picture, jpeg=jpeg, build_docx=build_docx,
                                 BASIC_BODY=BASIC_BODY)
