"""The demo issue's identity, colophon, cover and inside-front photo page (a fictional monthly)."""
from __future__ import annotations

from editor.model import Contact, Cover, Figure, IssueMeta, PhotoPage, PreviousIssue, Role

from .articles import COLUMN_MM, WIDE_MM

# Cover lines must match article titles word for word: the COVER-LINE check compares them.
COVER_LINES = [
    "以科技创新引领青溪高质量发展",
    "青溪实验室新材料中试基地投入使用",
    "小零件做出大文章",
    "扎根田间的“番茄博士”",
]

# The cover photo runs to the trimmed edge and into the 3 mm bleed of a 210 mm wide page.
COVER_PHOTO_MM = (216.0, 162.0)


def demo_meta() -> IssueMeta:
    return IssueMeta(
        title="青溪科技", year=2026, number=11, cumulative=87,
        permit="S(2026)01000099", internal_marking="内部资料 免费交流",
        publishers=[
            Role("主办", ["青溪市科学技术局"]),
            Role("承办", ["青溪市科技情报研究所"]),
            Role("协办", ["青溪高新技术产业开发区管理委员会", "青溪经济开发区管理委员会"]),
        ],
        board=[
            Role("主任", ["何明远"]),
            Role("副主任", ["王青", "刘思远", "张建华"], note="（以姓氏笔画为序）"),
            Role("成员", ["方卫东", "孔令仪", "许嘉文", "李晓岚", "杨帆", "陆一鸣", "郑秋实", "谢婉如"],
                 note="（以姓氏笔画为序）"),
            Role("主编", ["宋文清"]),
            Role("责任编辑", ["林晓", "周远"]),
        ],
        contact=Contact(address="青溪市新城大道88号科技大厦12楼", postcode="399010",
                        phone="0599-8766 1234", fax="0599-8766 1235",
                        website="https://kjj.qingxi.example", email="qxkj@qingxi.example"),
        printer="青溪新华印务有限公司", print_run=2500, print_date="2026年11月15日",
        cycle="每月中旬出版", distribution="本市各级机关、科技企业、高校和科研院所",
        cover=Cover(image="images/cover.jpg",
                    description="晨光中的青溪高新区。近年来，高新区集聚高新技术企业300余家，"
                                "成为全市创新发展的主阵地。",
                    credit="（林晓摄）", lines=list(COVER_LINES), slogan="创新 点亮青溪"),
        previous=PreviousIssue(2026, 10, 86),
    )


def demo_photo_page() -> PhotoPage:
    shots = [
        ("p01", "科技活动周开幕式在市科技馆举行", WIDE_MM),
        ("p02", "中小学生走进青溪实验室参观", COLUMN_MM),
        ("p03", "科研人员向市民介绍智能温室", COLUMN_MM),
        ("p04", "智能装备企业开放生产线供公众参观", COLUMN_MM),
        ("p05", "市民在光伏科普展区了解新能源知识", COLUMN_MM),
    ]
    figures = [Figure(id=fid, image=f"images/{fid}.jpg", caption=cap, width_mm=w,
                      height_mm=round(w * 2 / 3, 1)) for fid, cap, w in shots]
    figures[-1].credit = "（林晓 周远摄）"
    figures[-1].group_end = True
    return PhotoPage(id="pp01", title="2026年青溪市科技活动周掠影", position="inside-front", figures=figures)


def demo_back_pages() -> list[PhotoPage]:
    """封三 and 封底: a saddle-stitched issue needs its page count to be a multiple of four, and
    offices fill the inside-back and back covers with photos of the month."""
    inside_back = [
        Figure(id="p06", image="images/p06.jpg", caption="青溪实验室中试车间", width_mm=WIDE_MM,
               height_mm=round(WIDE_MM * 2 / 3, 1)),
        Figure(id="p07", image="images/p07.jpg", caption="农业科技示范园里的智能温室", width_mm=COLUMN_MM,
               height_mm=round(COLUMN_MM * 2 / 3, 1)),
        Figure(id="p08", image="images/p08.jpg", caption="屋顶光伏电站", width_mm=COLUMN_MM,
               height_mm=round(COLUMN_MM * 2 / 3, 1), credit="（宋文清摄）", group_end=True),
    ]
    back = [Figure(id="p09", image="images/p09.jpg", caption="青溪高新区夜景", credit="（林晓摄）",
                   width_mm=WIDE_MM, height_mm=round(WIDE_MM * 2 / 3, 1))]
    return [PhotoPage(id="pp02", title="创新青溪", position="inside-back", figures=inside_back),
            PhotoPage(id="pp03", title="", position="back", figures=back)]
