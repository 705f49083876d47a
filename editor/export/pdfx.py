"""PDF/X markers of the print PDF, written by ReportLab together with the rest of the file.

We claim PDF/X-4 (ISO 15930-7): it asks the same of colour as X-1a for our print output (CMYK
and grey only, with an output intent) but does not forbid transparency, which a later layout
feature (a soft shadow, a PNG cut-out) could bring in without breaking conformance. The printer
reads the output intent to know the condition we separated for: FOGRA39 coated offset, with the
profile we ship embedded.

ReportLab has no PDF/X of its own, but its document objects can carry every marker: the header
version, the catalog's OutputIntents and XMP Metadata, and the Info entries. `write_pdfx` puts
them on a canvas before it is saved. (They used to be added by opening the written file again
with pikepdf and saving it a second time: ~110 ms of a cold export, half of it importing pikepdf.)

`make_pdfx` adds the same markers to a PDF another program wrote (the preflight tests' hand-made
files); it needs pikepdf, imported only there."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFInfo, PDFName, PDFStream, PDFString

from .deflate import later
from .print_condition import OUTPUT_CONDITION, OUTPUT_CONDITION_ID, cmyk_profile_path

PDFX_VERSION = "PDF/X-4"
PDF_VERSION = (1, 6)            # PDF/X-4 is built on PDF 1.6 (ReportLab writes 1.3 by default)
REGISTRY = "http://www.color.org"
CREATOR = "IssueDesk"
PRODUCER = "IssueDesk (ReportLab)"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class DocInfo:
    """What the print PDF says about itself. Its Info dictionary and its XMP say the same."""
    title: str
    author: str | None = None
    subject: str | None = None
    when: datetime = field(default_factory=_now)

    def info_entries(self) -> dict[str, str]:
        """Info's text entries (Trapped, a name, comes beside them). Author and Subject only when
        known: ReportLab's placeholders ("anonymous", "unspecified") would contradict the XMP."""
        date = _pdf_date(self.when)
        entries = {"Title": self.title, "Author": self.author, "Subject": self.subject,
                   "Creator": CREATOR, "Producer": PRODUCER, "CreationDate": date, "ModDate": date,
                   "GTS_PDFXVersion": PDFX_VERSION}
        return {k: v for k, v in entries.items() if v}

    def xmp(self) -> bytes:
        return _xmp(self).encode("utf-8")


def _intent_entries() -> dict[str, str]:
    """The output intent's text entries (Type and S, names, come beside them)."""
    return {"OutputConditionIdentifier": OUTPUT_CONDITION_ID, "OutputCondition": OUTPUT_CONDITION,
            "RegistryName": REGISTRY, "Info": OUTPUT_CONDITION}


def _profile() -> bytes:
    return cmyk_profile_path().read_bytes()


@lru_cache(maxsize=1)
def _profile_deflating():
    """The profile deflated (level 1: 4 ms and 179 KB for the 228 KB profile; level 6: 13 ms,
    178 KB) by a thread, once per process: started with the first print document, done while
    its pages are drawn."""
    return later(_profile())


class _ProfileStream(PDFStream):
    """The output intent's profile, deflated; its Filter named, so ReportLab writes it as it is."""

    def __init__(self):
        super().__init__(PDFDictionary({"N": 4, "Filter": PDFName("FlateDecode")}))
        self.deflated = _profile_deflating()

    def format(self, document):
        self.content = self.deflated()
        return super().format(document)


class _PdfxInfo(PDFInfo):
    """ReportLab's Info always writes Author, Subject and Keywords, with placeholders when not
    told; this one writes what the DocInfo says."""

    def __init__(self, info: DocInfo):
        super().__init__()
        self.title = info.title            # ReportLab digests it into the document /ID
        self.entries = {k: PDFString(v) for k, v in info.info_entries().items()}
        self.entries["Trapped"] = PDFName("False")

    def format(self, document):
        return PDFDictionary(self.entries).format(document)


def write_pdfx(canvas, info: DocInfo) -> None:
    """Make the document of `canvas` a PDF/X-4 file when it is saved. The canvas must have been
    made with pdfVersion=PDF_VERSION. Every page needs a TrimBox and a BleedBox: pass them to the
    Canvas (trimBox=, bleedBox=), which gives them to each page."""
    doc = canvas._doc
    if tuple(doc._pdfVersion) < PDF_VERSION:
        raise ValueError(f"a PDF/X-4 canvas needs pdfVersion={PDF_VERSION}")
    doc.info = _PdfxInfo(info)
    profile = _ProfileStream()
    intent = PDFDictionary({k: PDFString(v) for k, v in _intent_entries().items()})
    intent["Type"], intent["S"] = PDFName("OutputIntent"), PDFName("GTS_PDFX")
    intent["DestOutputProfile"] = profile         # a stream: ReportLab makes it an indirect object
    catalog = doc.Catalog
    # ReportLab's catalog writes only the keys its class lists in __NoDefault__ (Metadata is one);
    # knowing no PDF/X, it does not list OutputIntents. This document's catalog lists it too.
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])
    # No filters, and ReportLab's documents have no default ones: the XMP stays plain text that a
    # preflighter (or anyone) can read without inflating it, as the XMP specification advises.
    catalog.Metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                                 info.xmp())


def make_pdfx(path: Path, *, title: str, author: str | None = None, subject: str | None = None,
              when: datetime | None = None) -> None:
    """Add the PDF/X markers to a PDF another program wrote, in place. Its Info is replaced;
    pages without TrimBox or BleedBox stay without (a preflight reports them)."""
    import pikepdf
    from pikepdf import Dictionary, Name

    info = DocInfo(title, author, subject, when.replace(microsecond=0) if when else _now())
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        profile = pikepdf.Stream(pdf, b"")
        profile.write(_profile_deflating()(), filter=Name.FlateDecode)
        profile.N = 4
        intent = Dictionary({f"/{k}": v for k, v in _intent_entries().items()})
        intent.Type, intent.S = Name.OutputIntent, Name.GTS_PDFX
        intent.DestOutputProfile = pdf.make_indirect(profile)
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        entries = Dictionary({f"/{k}": v for k, v in info.info_entries().items()})
        entries.Trapped = Name("/False")
        pdf.trailer.Info = pdf.make_indirect(entries)
        meta = pikepdf.Stream(pdf, info.xmp())
        meta.Type, meta.Subtype = Name.Metadata, Name.XML
        pdf.Root.Metadata = pdf.make_indirect(meta)
        pdf.save(path, min_version="1.6", fix_metadata_version=False,
                 stream_decode_level=pikepdf.StreamDecodeLevel.none)


def _pdf_date(when: datetime) -> str:
    off = when.utcoffset()
    if not off:
        return when.strftime("D:%Y%m%d%H%M%SZ")
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return when.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"


def _escape(text: str) -> str:
    # xml.sax.saxutils.escape would do, but importing it imports urllib.request, http.client, ssl
    # and email: 14 ms of a cold export.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xmp(info: DocInfo) -> str:
    doc_id = f"uuid:{_uuid4()}"
    date = info.when.isoformat()          # the instant of Info's CreationDate and ModDate
    creator = (f"<dc:creator><rdf:Seq><rdf:li>{_escape(info.author)}</rdf:li></rdf:Seq></dc:creator>"
               if info.author else "")
    description = (f"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{_escape(info.subject)}"
                   f"</rdf:li></rdf:Alt></dc:description>" if info.subject else "")
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
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_escape(info.title)}</rdf:li></rdf:Alt></dc:title>
   {creator}{description}
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>
   <pdf:Producer>{_escape(PRODUCER)}</pdf:Producer>
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


def _uuid4() -> str:
    """A random (version 4) UUID in its usual spelling. Not the uuid module: importing it pulls in
    platform, ~2 ms of every export for one identifier."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40         # version 4
    b[8] = (b[8] & 0x3F) | 0x80         # RFC 4122 variant
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
