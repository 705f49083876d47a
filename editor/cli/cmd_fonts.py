"""`issuedesk fonts prepare|status`: make the embeddable fonts once, and say where they are."""
from __future__ import annotations

import json
import sys

from editor.cli.commands import command_help
from editor.i18n import t


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "fonts", help=command_help("fonts"),
        description=t("准备 ReportLab 可嵌入的字体（思源宋体/黑体的 TrueType 版本），或查看其状态。",
                      "Prepare the fonts ReportLab can embed (TrueType Noto Serif/Sans SC), or show their state."))
    sub = parser.add_subparsers(dest="fonts_action", metavar="ACTION")
    prep = sub.add_parser("prepare", help=t("生成字体文件（约一分钟，显示进度）",
                                            "build the font files (about a minute, with progress)"))
    prep.add_argument("--force", action="store_true",
                      help=t("即使已就绪也重新生成", "rebuild even when the fonts are ready"))
    status = sub.add_parser("status", help=t("显示字体在何处、是否就绪", "show where the fonts are and whether they are ready"))
    status.add_argument("--format", choices=("text", "json"), default="text",
                        help=t("输出格式", "output format"))
    parser.set_defaults(func=run, fonts_action=None)


def run(args) -> int:
    from editor.layout import fonts

    if args.fonts_action == "prepare":
        def progress(msg: str, fraction: float) -> None:
            print(f"[{fraction:4.0%}] {msg}", flush=True)

        paths = fonts.prepare_fonts(progress, force=args.force)
        for path in paths:
            print(path)
        return 0

    folder = fonts.fonts_dir()
    states = fonts.font_states(folder)
    ready = all(s == "ready" for s in states.values())
    if getattr(args, "format", "text") == "json":
        json.dump({"folder": str(folder), "ready": ready,
                   "files": [{"file": name, "path": str(folder / name), "state": state}
                             for name, state in states.items()],
                   "families": {fam: {"regular": fonts.FACE_FILES[(fam, False)],
                                      "bold": fonts.FACE_FILES[(fam, True)]} for fam in fonts.FAMILIES}},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0 if ready else 1
    labels = {"ready": t("就绪", "ready"), "missing": t("缺失", "missing"),
              "stale": t("过期（来源已更新）", "stale (source changed)")}
    print(t("字体目录：{path}", "Fonts folder: {path}", path=folder))
    for name, state in states.items():
        print(f"  {name:28} {labels[state]}")
    print(t("正文 serif = 思源宋体；标题 sans = 思源黑体；正文加粗用思源黑体粗体。",
            "Body serif = Noto Serif SC; titles sans = Noto Sans SC; bold in body text uses Noto Sans SC Bold."))
    if not ready:
        print(t("请运行：issuedesk fonts prepare", "Run: issuedesk fonts prepare"))
    return 0 if ready else 1
