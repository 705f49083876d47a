"""Layout: fonts, layout templates from layouts/, Chinese line breaking and pagination.
Its product is a PageMap (pagemap.py)."""
