"""The demo issue shipped with the program: 《青溪科技》2026年第11期, a fictional monthly with
original texts and painted photos, for first start, trying the program out, and tests."""
from .build import demo_images, demo_issue, write_demo

__all__ = ["demo_images", "demo_issue", "write_demo"]
