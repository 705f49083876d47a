"""Export: the print-ready PDF and the proof, the PDF/X markers, the contents sheet for
proofreaders, the printer's package and the preflight of any finished PDF.

    export_issue(folder, out_pdf, ...)  -> generator of Progress     (exporter.py)
    preflight(pdf_path)                 -> Report                    (preflight.py)
    make_package(folder, out_zip, ...)  -> PackageResult             (package.py)
    toc_entries(issue, pagemap)         -> list[TocEntry]            (contents_sheet.py)

Submodules are imported where used: importing this package stays cheap for the GUI."""
