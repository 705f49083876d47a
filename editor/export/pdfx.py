"""PDF/X markers added after ReportLab has written the file (ReportLab has none of its own).

We claim PDF/X-4 (ISO 15930-7): it asks the same of colour as X-1a for our print output (CMYK
and grey only, with an output intent) but does not forbid transparency, which a later layout
feature (a soft shadow, a PNG cut-out) could bring in without breaking conformance. The printer
reads the output intent to know the condition we separated for: FOGRA39 coated offset, with the
profile we ship embedded."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Dictionary, Name, Stream
from pikepdf.models.metadata import decode_pdf_date

from .images import OUTPUT_CONDITION, OUTPUT_CONDITION_ID, cmyk_profile_path

PDFX_VERSION = "PDF/X-4"
REGISTRY = "http://www.color.org"
PRODUCER = "IssueDesk (ReportLab, pikepdf)"


@dataclass
class PdfxResult:
    pages: int
    missing_trim: list[int] = field(default_factory=list)    # 1-based page numbers
    missing_bleed: list[int] = field(default_factory=list)


def make_pdfx(path: Path, *, title: str, author: str | None = None, subject: str | None = None,
              when: datetime | None = None) -> PdfxResult:
    """Rewrite the PDF at `path` in place with the output intent, GTS_PDFXVersion, XMP and
    Trapped. Reports pages without TrimBox or BleedBox rather than inventing boxes."""
    when = (when or datetime.now(timezone.utc)).replace(microsecond=0)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        result = PdfxResult(len(pdf.pages))
        for i, page in enumerate(pdf.pages, 1):
            if "/TrimBox" not in page.obj:
                result.missing_trim.append(i)
            if "/BleedBox" not in page.obj:
                result.missing_bleed.append(i)
        pdf.Root.OutputIntents = pikepdf.Array([_output_intent(pdf)])
        info = pdf.trailer.get("/Info")
        if info is None:
            info = pdf.make_indirect(Dictionary())
            pdf.trailer.Info = info
        pdf_date = _pdf_date(when)
        created = str(info.get("/CreationDate", pdf_date))
        info.Title = title
        # ReportLab's placeholders (anonymous, unspecified) would contradict the XMP.
        for key, value in (("/Author", author), ("/Subject", subject), ("/Keywords", None)):
            if value:
                info[key] = value
            elif key in info:
                del info[key]
        info.Producer = PRODUCER
        info.Creator = "IssueDesk"
        info.CreationDate = created
        info.ModDate = pdf_date
        info.Trapped = Name("/False")
        info.GTS_PDFXVersion = PDFX_VERSION
        xmp = _xmp(title=title, author=author, subject=subject,
                   created=_xmp_date(created) or when.isoformat(), modified=when.isoformat())
        meta = Stream(pdf, xmp.encode("utf-8"))
        meta.Type = Name.Metadata
        meta.Subtype = Name.XML
        pdf.Root.Metadata = pdf.make_indirect(meta)
        # PDF/X-4 is built on PDF 1.6; ReportLab writes 1.4 headers.
        # Streams stay as ReportLab compressed them: decoding and recompressing would only cost time.
        pdf.save(path, min_version="1.6", fix_metadata_version=False,
                 stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return result


_PROFILE_CACHE: bytes | None = None


def _profile_bytes() -> bytes:
    global _PROFILE_CACHE
    if _PROFILE_CACHE is None:
        _PROFILE_CACHE = cmyk_profile_path().read_bytes()
    return _PROFILE_CACHE


def _output_intent(pdf: pikepdf.Pdf) -> Dictionary:
    profile = Stream(pdf, _profile_bytes())
    profile.N = 4
    return Dictionary(
        Type=Name.OutputIntent, S=Name.GTS_PDFX,
        OutputConditionIdentifier=OUTPUT_CONDITION_ID, OutputCondition=OUTPUT_CONDITION,
        RegistryName=REGISTRY, Info=OUTPUT_CONDITION,
        DestOutputProfile=pdf.make_indirect(profile))


def _pdf_date(when: datetime) -> str:
    off = when.utcoffset()
    if not off:
        return when.strftime("D:%Y%m%d%H%M%SZ")
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return when.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def _xmp_date(pdf_date: str) -> str | None:
    """PDF date string to ISO 8601, so XMP and Info say the same instant."""
    try:
        return decode_pdf_date(pdf_date).isoformat()
    except Exception:   # an odd date from another tool: fall back to now
        return None


def _xmp(*, title: str, author: str | None, subject: str | None, created: str,
         modified: str) -> str:
    doc_id = f"uuid:{uuid.uuid4()}"
    creator = (f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
               if author else "")
    description = (f"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{escape(subject)}"
                   f"</rdf:li></rdf:Alt></dc:description>" if subject else "")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   {creator}{description}
   <xmp:CreateDate>{created}</xmp:CreateDate>
   <xmp:ModifyDate>{modified}</xmp:ModifyDate>
   <xmp:MetadataDate>{modified}</xmp:MetadataDate>
   <xmp:CreatorTool>IssueDesk</xmp:CreatorTool>
   <pdf:Producer>{escape(PRODUCER)}</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <xmpMM:DocumentID>{doc_id}</xmpMM:DocumentID>
   <xmpMM:InstanceID>{doc_id}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdfxid:GTS_PDFXVersion>{PDFX_VERSION}</pdfxid:GTS_PDFXVersion>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
