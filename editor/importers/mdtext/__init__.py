"""Reading one magazine issue from OCR'd markdown (the form of the real sample) into the model.

reader: bytes to numbered lines; textkey: normalised keys and similarity; frontmatter: cover,
photo page and inner masthead; contentspage: contents, board and colophon; anchors: where each
contents entry's article starts; body: an article's lines to blocks; jumps: continuations."""
