<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="58"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="59"/>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="60"/>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="61"/>
        <source>Contents title</source>
        <translation>目录标题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="62"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="66"/>
        <source>Body (double-click a paragraph to edit it)</source>
        <translation>正文（双击段落即可编辑）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="79"/>
        <source>Insert Paragraph After</source>
        <translation>在后面插入段落</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="80"/>
        <source>Insert Sub-head After</source>
        <translation>在后面插入小标题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="81"/>
        <source>Sub-head ⇄ Paragraph</source>
        <translation>小标题 ⇄ 正文段落</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="82"/>
        <source>Bold Run-in Head On/Off</source>
        <translation>段首加粗小标题 开/关</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="83"/>
        <source>Delete Block</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="97"/>
        <source>Start on page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="97"/>
        <source>Continue on page</source>
        <translation>转至第</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="98"/>
        <source>after block</source>
        <translation>转页前的段落</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="102"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="121"/>
        <source>Change placement</source>
        <translation>更改版面位置</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="155"/>
        <source>Starts with the run-in head: %1</source>
        <translation>段首小标题：%1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="165"/>
        <source>[Photo] %1</source>
        <translation>［图片］%1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="167"/>
        <source>[Sidebar] %1</source>
        <translation>［链接］%1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="169"/>
        <source>[Note] %1</source>
        <translation>［附注］%1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="171"/>
        <source>[Table] %1</source>
        <translation>［表格］%1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="173"/>
        <source>[Jump line]</source>
        <translation>［转页行］</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="230"/>
        <source>Change block kind</source>
        <translation>更改段落类型</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="249"/>
        <source>Run-in head</source>
        <translation>段首小标题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/article_editor.py" line="261"/>
        <source>Edit sidebar or note</source>
        <translation>修改链接或附注</translation>
    </message>
</context>
<context>
    <name>BoxDialog</name>
    <message>
        <location filename="../../editor/gui/box_dialog.py" line="16"/>
        <source>Sidebar or note</source>
        <translation>链接或附注</translation>
    </message>
    <message>
        <location filename="../../editor/gui/box_dialog.py" line="25"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../editor/gui/box_dialog.py" line="26"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/box_dialog.py" line="27"/>
        <source>Text (one paragraph per line)</source>
        <translation>正文（每行一段）</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="49"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="49"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="50"/>
        <source>Errors and warnings</source>
        <translation>错误和警告</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="55"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="61"/>
        <source>Rule / finding</source>
        <translation>规则 / 问题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="61"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="128"/>
        <source>{severity}: {message}</source>
        <translation>{severity}：{message}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="135"/>
        <source>{e} errors · {w} warnings · {i} info</source>
        <translation>错误 {e} · 警告 {w} · 提示 {i}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="148"/>
        <source>photo page “{title}”</source>
        <translation>图片页“{title}”</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="150"/>
        <source>page {n}</source>
        <translation>第 {n} 页</translation>
    </message>
</context>
<context>
    <name>ContentsReviewPanel</name>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="54"/>
        <source>OK</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="54"/>
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="54"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="55"/>
        <source>Printed</source>
        <translation>目录页码</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="55"/>
        <source>Real</source>
        <translation>实际页码</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="56"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="56"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="73"/>
        <source>Proofreader&apos;s name</source>
        <translation>校对人姓名</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="74"/>
        <source>Sign off</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="77"/>
        <source>Withdraw</source>
        <translation>撤回签字</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="80"/>
        <source>Print review sheet (PDF)…</source>
        <translation>打印核对单（PDF）…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="84"/>
        <source>Proofreader:</source>
        <translation>校对人：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="179"/>
        <source>Laying out…</source>
        <translation>排版中…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="181"/>
        <source>No article</source>
        <translation>无对应文章</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="183"/>
        <source>Not on the pages</source>
        <translation>未排入版面</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="185"/>
        <source>Page differs</source>
        <translation>页码不符</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="186"/>
        <source>Agrees</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="195"/>
        <source>STALE: the pages moved after %1 signed off; review again.</source>
        <translation>已过期：%1 签字后页码有变动，请重新核对。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="198"/>
        <source>Signed off by %1 on %2.</source>
        <translation>%1 已于 %2 签字确认。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="202"/>
        <source>%1 of %2 entries ticked; not signed off.</source>
        <translation>已核对 %1 / %2 条，尚未签字。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="208"/>
        <source>Tick every entry before signing off.</source>
        <translation>每一条都核对打勾后才能签字。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="228"/>
        <source>Enter the proofreader&apos;s name first.</source>
        <translation>请先填写校对人姓名。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="241"/>
        <source>Save the review sheet</source>
        <translation>保存目录核对单</translation>
    </message>
    <message>
        <location filename="../../editor/gui/contents_review.py" line="242"/>
        <source>review-sheet.pdf</source>
        <translation>目录核对单.pdf</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="47"/>
        <location filename="../../editor/gui/export_dialog.py" line="95"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="64"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="66"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="75"/>
        <source>Export anyway (the editor takes responsibility)</source>
        <translation>仍然导出（由编辑负责，错误保留）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="120"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="130"/>
        <source>{n} errors stand, so the print PDF and the package are refused:</source>
        <translation>检查发现 {n} 个错误，付印 PDF 和交付包因此不能导出：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="131"/>
        <source>The checks found no errors.</source>
        <translation>检查没有发现错误。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="138"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="141"/>
        <source>Errors stand: fix them, or tick “Export anyway”.</source>
        <translation>有错误：改正后再导出，或勾选“仍然导出”。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="143"/>
        <source>The package is made from the issue as saved: save first.</source>
        <translation>交付包按保存在磁盘上的期刊制作：请先保存。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="145"/>
        <source>Choose where to save.</source>
        <translation>请选择保存位置。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="172"/>
        <source>Starting…</source>
        <translation>开始导出…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="173"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="183"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="202"/>
        <source>Exported: {path} ({n} pages, {s:.1f} s)</source>
        <translation>已导出：{path}（{n} 页，{s:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="209"/>
        <source>Export refused: errors stand.</source>
        <translation>导出被拒绝：有错误。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="213"/>
        <source>Export failed: {err}</source>
        <translation>导出失败：{err}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="218"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，没有写出文件。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="225"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../editor/gui/field_form.py" line="32"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../editor/gui/field_form.py" line="61"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>FigureEditor</name>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="27"/>
        <source>Caption</source>
        <translation>图注</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="28"/>
        <source>Credit</source>
        <translation>摄影署名</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="30"/>
        <source>Placed width</source>
        <translation>版面宽度</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="31"/>
        <source>Placed height</source>
        <translation>版面高度</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="36"/>
        <source>Replace Picture…</source>
        <translation>更换图片…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="50"/>
        <source>Picture missing: %1</source>
        <translation>找不到图片：%1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="59"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="62"/>
        <source>, %1 ppi at the placed width</source>
        <translation>，按版面宽度为 %1 ppi</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="67"/>
        <source>Picture for this figure</source>
        <translation>为此图选择图片</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="68"/>
        <source>Pictures (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="82"/>
        <source>Cannot use this picture</source>
        <translation>无法使用这张图片</translation>
    </message>
    <message>
        <location filename="../../editor/gui/figure_editor.py" line="85"/>
        <source>Replace picture</source>
        <translation>更换图片</translation>
    </message>
</context>
<context>
    <name>FlatplanView</name>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="159"/>
        <source>Laying out…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="159"/>
        <source>No pages</source>
        <translation>没有页面</translation>
    </message>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="168"/>
        <source>Updating…</source>
        <translation>版面更新中…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="263"/>
        <source>Unpin: {title}</source>
        <translation>取消固定起始页：{title}</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../editor/gui/import_menu.py" line="22"/>
        <source>&amp;New Issue from Previous…</source>
        <translation>由上一期新建下一期(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_menu.py" line="25"/>
        <source>Issue from &amp;Markdown…</source>
        <translation>整期 Markdown 文本(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_menu.py" line="27"/>
        <source>&amp;Word Documents…</source>
        <translation>Word 文档(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_menu.py" line="29"/>
        <source>I&amp;mport</source>
        <translation>导入(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_menu.py" line="86"/>
        <source>Open an issue for editing first.</source>
        <translation>请先打开一期可编辑的期刊。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_menu.py" line="100"/>
        <source>Imported {n} articles (undoable).</source>
        <translation>已导入 {n} 篇文章（可撤销）。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_menu.py" line="122"/>
        <source>The new issue was written to {folder} but not opened.</source>
        <translation>新期刊已写入 {folder}，尚未打开。</translation>
    </message>
</context>
<context>
    <name>ImportDocxDialog</name>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="96"/>
        <source>Import Word documents</source>
        <translation>导入 Word 文档</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="105"/>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="108"/>
        <source>Choose the .docx files to import.</source>
        <translation>请选择要导入的 .docx 文件。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="122"/>
        <source>Will create</source>
        <translation>将要创建</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="122"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="134"/>
        <source>Into section:</source>
        <translation>放入栏目：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="137"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="157"/>
        <source>Choose Word documents</source>
        <translation>选择 Word 文档</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="158"/>
        <source>Word documents (*.docx *.doc);;All files (*)</source>
        <translation>Word 文档 (*.docx *.doc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="168"/>
        <source>Reading {n} files…</source>
        <translation>正在读取 {n} 个文件…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="177"/>
        <source>Reading {n}/{total}: {name}</source>
        <translation>正在读取 {n}/{total}：{name}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="185"/>
        <source>{good} files can be imported, {bad} cannot be read.</source>
        <translation>{good} 个文件可以导入，{bad} 个无法读取。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="198"/>
        <location filename="../../editor/gui/import_docx_dialog.py" line="202"/>
        <location filename="../../editor/gui/import_docx_dialog.py" line="284"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="203"/>
        <source>These files cannot be imported; the issue is unchanged:</source>
        <translation>以下文件无法导入，期刊没有改动：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="206"/>
        <source>{name}: {error}</source>
        <translation>{name}：{error}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="231"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="232"/>
        <source>The issue already has an article with this title ({id}): imported twice?</source>
        <translation>本期已有同题文章（{id}），是否重复导入？</translation>
    </message>
</context>
<context>
    <name>ImportTextDialog</name>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="34"/>
        <source>Import an issue from Markdown</source>
        <translation>导入整期（Markdown）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="43"/>
        <source>a markdown file such as an OCR of a printed issue</source>
        <translation>OCR 识别稿等 markdown 文件（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="48"/>
        <source>a folder that is absent or empty</source>
        <translation>不存在或为空的文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="50"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="51"/>
        <source>Markdown file:</source>
        <translation>Markdown 文件：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="52"/>
        <source>New issue folder:</source>
        <translation>新期刊文件夹：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="54"/>
        <source>The import makes a new issue folder; the source file is not changed.</source>
        <translation>导入后会新建一个期刊文件夹，原文件不会改动。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="59"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="59"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="59"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="69"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="72"/>
        <source>Open the new issue</source>
        <translation>打开新期刊</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="91"/>
        <source>Choose a markdown file</source>
        <translation>选择 markdown 文件</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="92"/>
        <source>Markdown text (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown 文本 (*.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="101"/>
        <source>Choose the new issue&apos;s folder (an empty one)</source>
        <translation>选择新期刊的文件夹（空文件夹）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="122"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="129"/>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="134"/>
        <source>Imported {label}: {sections} sections, {articles} articles, {entries} contents entries, {figures} figure captions (image files to be supplied). Written to {folder}.</source>
        <translation>已导入 {label}：{sections} 个栏目，{articles} 篇文章，目录 {entries} 条，图注 {figures} 条（图片文件需另行补充）。已写入 {folder}。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="139"/>
        <source>{n} lines found no place; see below.</source>
        <translation>{n} 行无法归位，见下表。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="140"/>
        <source>Every line found its place.</source>
        <translation>所有内容都已归位。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_text_dialog.py" line="154"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>IssueActions</name>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="17"/>
        <source>New &amp;Article</source>
        <translation>新建文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="18"/>
        <source>&amp;Delete Article…</source>
        <translation>删除文章(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="19"/>
        <source>New &amp;Section…</source>
        <translation>新建栏目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="20"/>
        <source>Delete Sec&amp;tion…</source>
        <translation>删除栏目(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="44"/>
        <source>New section</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="44"/>
        <source>Section name:</source>
        <translation>栏目名称：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="48"/>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="49"/>
        <source>Delete “%1” and its contents entry? (Undo brings it back.)</source>
        <translation>删除《%1》及其目录条目吗？（可以撤销。）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="55"/>
        <source>Delete section</source>
        <translation>删除栏目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../editor/gui/issue_actions.py" line="56"/>
        <source>Delete the section “%1” with its %n article(s) and their contents entries? (Undo brings them back.)</source>
        <translation>
            <numerusform>删除栏目“%1”及其中的 %n 篇文章和对应的目录条目吗？（可以撤销。）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="86"/>
        <source>New article</source>
        <translation>新文章</translation>
    </message>
</context>
<context>
    <name>IssueTree</name>
    <message>
        <location filename="../../editor/gui/issue_tree.py" line="61"/>
        <source>Inside front cover</source>
        <translation>封二</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_tree.py" line="61"/>
        <source>Inside back cover</source>
        <translation>封三</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_tree.py" line="62"/>
        <source>Back cover</source>
        <translation>封底</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_tree.py" line="65"/>
        <location filename="../../editor/gui/issue_tree.py" line="109"/>
        <source>(no caption)</source>
        <translation>（无图注）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/gui/main_window.py" line="35"/>
        <source>Open an issue, or pick an article in the tree.</source>
        <translation>请打开一期期刊，或在左侧目录树中选择文章。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="39"/>
        <source>Section name</source>
        <translation>栏目名称</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="76"/>
        <source>&amp;Open Issue…</source>
        <translation>打开期刊(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="77"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="78"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="80"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="81"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="83"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="84"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="85"/>
        <source>Issue &amp;Metadata…</source>
        <translation>期刊信息(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="86"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="90"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="92"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="99"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="103"/>
        <source>Move to &amp;Section</source>
        <translation>移到栏目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="108"/>
        <source>&amp;Issue</source>
        <translation>期刊(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="168"/>
        <source>Open issue folder</source>
        <translation>打开期刊文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="180"/>
        <location filename="../../editor/gui/main_window.py" line="195"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="182"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="188"/>
        <source>Save issue as new folder</source>
        <translation>另存为新的期刊文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="204"/>
        <source>Autosaved.</source>
        <translation>已自动保存。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="212"/>
        <source>Unsaved edits</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="213"/>
        <source>%1 has unsaved edits. Save them?</source>
        <translation>《%1》有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="331"/>
        <source>IssueDesk</source>
        <translation>期刊编排台</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="333"/>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
</context>
<context>
    <name>MetaDialog</name>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="46"/>
        <source>Issue metadata and colophon</source>
        <translation>期刊信息与版权页</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="52"/>
        <source>Issue</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="53"/>
        <source>Masthead title</source>
        <translation>刊名</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="54"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="55"/>
        <source>Number</source>
        <translation>期号</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="56"/>
        <source>Cumulative number</source>
        <translation>总期号</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="57"/>
        <source>Permit number</source>
        <translation>准印证号</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="58"/>
        <source>Internal marking</source>
        <translation>内部资料标识</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="59"/>
        <source>Distribution</source>
        <translation>发送对象</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="67"/>
        <source>Publishers (主办, 承办, 协办 …)</source>
        <translation>主办单位（主办、承办、协办……）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="69"/>
        <source>Editorial board; separate names with 、</source>
        <translation>编辑委员会（姓名之间用“、”分隔）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="71"/>
        <source>Publishers and board</source>
        <translation>主办单位与编委会</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="73"/>
        <source>Contact and printing</source>
        <translation>联系方式与印刷</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="75"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="75"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="76"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="76"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="77"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="77"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="79"/>
        <source>Printer</source>
        <translation>承印</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="80"/>
        <source>Print run</source>
        <translation>印数</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="81"/>
        <source>Print date</source>
        <translation>印刷日期</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="82"/>
        <source>Publication cycle</source>
        <translation>出版周期</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="84"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="86"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="88"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="95"/>
        <location filename="../../editor/gui/meta_dialog.py" line="133"/>
        <location filename="../../editor/gui/meta_dialog.py" line="147"/>
        <source>Cover photo</source>
        <translation>封面照片</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="96"/>
        <source>Cover description</source>
        <translation>封面说明</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="97"/>
        <source>Photo credit</source>
        <translation>摄影署名</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="98"/>
        <source>Slogan</source>
        <translation>标语</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="101"/>
        <source>Cover lines (one per line)</source>
        <translation>封面要目（每行一条）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="134"/>
        <source>Pictures (*.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>NewIssueDialog</name>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="32"/>
        <source>New issue from the previous one</source>
        <translation>由上一期新建下一期</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="39"/>
        <source>Another issue…</source>
        <translation>选择其他期…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="54"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="57"/>
        <source>Previous issue:</source>
        <translation>上一期：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="58"/>
        <source>Issues a year:</source>
        <translation>每年期数：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="59"/>
        <source>New issue:</source>
        <translation>新一期：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="60"/>
        <source>Carried over:</source>
        <translation>沿用：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="61"/>
        <source>New issue folder:</source>
        <translation>新期刊文件夹：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="63"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="75"/>
        <source>Choose the previous issue&apos;s folder</source>
        <translation>选择上一期的期刊文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="83"/>
        <source>Cannot read the previous issue</source>
        <translation>无法读取上一期</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="91"/>
        <source>Choose the new issue&apos;s folder (an empty one)</source>
        <translation>选择新期刊的文件夹（空文件夹）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="98"/>
        <source>(choose the previous issue)</source>
        <translation>（请选择上一期）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="107"/>
        <source>{n} sections ({names}); {board} board roles; {pubs} publisher roles; printer, distribution and the rest of the colophon. No articles, contents, cover lines or pictures.</source>
        <translation>{n} 个栏目（{names}）；编委会 {board} 项；主办等 {pubs} 项；承印、发送对象等版权信息。不带文章、目录、封面要目和图片。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="128"/>
        <source>Cannot create the issue</source>
        <translation>无法新建期刊</translation>
    </message>
</context>
<context>
    <name>PageViews</name>
    <message>
        <location filename="../../editor/gui/page_views.py" line="35"/>
        <source>Flatplan</source>
        <translation>拼版图</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="36"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="37"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="38"/>
        <source>Contents review</source>
        <translation>目录核对</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="62"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="74"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="148"/>
        <source>Laying out…</source>
        <translation>排版中…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="152"/>
        <source>{e} errors  {w} warnings</source>
        <translation>错误 {e}  警告 {w}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="175"/>
        <source>Article moved to page {n}; laying out again…</source>
        <translation>已把文章移到第 {n} 页，正在重新排版…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/page_views.py" line="176"/>
        <source>Article unpinned; laying out again…</source>
        <translation>文章不再固定起始页，正在重新排版…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/gui/preferences.py" line="26"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preferences.py" line="31"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preferences.py" line="33"/>
        <source>Autosave unsaved edits every</source>
        <translation>自动保存未保存修改的间隔</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preferences.py" line="34"/>
        <source>Open the most recent issue at start</source>
        <translation>启动时打开最近编辑的期刊</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../editor/gui/preview.py" line="32"/>
        <source>page {n}</source>
        <translation>第 {n} 张</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview.py" line="38"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview.py" line="39"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview.py" line="41"/>
        <source>Waiting for the layout…</source>
        <translation>等待排版…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview.py" line="68"/>
        <source>{n} pages (proof)</source>
        <translation>共 {n} 页（校样）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/preview.py" line="73"/>
        <source>Laying out…</source>
        <translation>排版中…</translation>
    </message>
</context>
<context>
    <name>RoleTable</name>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="21"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="21"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../editor/gui/meta_dialog.py" line="21"/>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>checks_panel</name>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="21"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="21"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../editor/gui/checks_panel.py" line="22"/>
        <source>Info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>dialog_parts</name>
    <message>
        <location filename="../../editor/gui/dialog_parts.py" line="41"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="22"/>
        <source>Print PDF (PDF/X, bleed and crop marks)</source>
        <translation>付印 PDF（PDF/X，带出血和裁切线）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="23"/>
        <source>Proof PDF (watermarked)</source>
        <translation>校样 PDF（带“校样”水印）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="24"/>
        <source>Printer package (zip: print PDF, preflight, contents check, issue files)</source>
        <translation>印厂交付包（ZIP：付印 PDF、预检报告、目录核对、期刊文件）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="29"/>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="29"/>
        <source>Layout</source>
        <translation>排版</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="30"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="30"/>
        <source>Images</source>
        <translation>处理图片</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="31"/>
        <source>Pages</source>
        <translation>生成页面</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="31"/>
        <source>PDF/X</source>
        <translation type="vanished">PDF/X 标记</translation>
    </message>
    <message>
        <location filename="../../editor/gui/export_dialog.py" line="32"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>flatplan</name>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="29"/>
        <source>p. {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="30"/>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="30"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="31"/>
        <source>Photos</source>
        <translation>图片页</translation>
    </message>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="31"/>
        <source>Back cover</source>
        <translation>封底</translation>
    </message>
    <message>
        <location filename="../../editor/gui/flatplan.py" line="32"/>
        <source>Blank</source>
        <translation>空白页</translation>
    </message>
</context>
<context>
    <name>import_docx_dialog</name>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="85"/>
        <source>Reading failed: {err}</source>
        <translation>读取失败：{err}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="299"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="300"/>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="301"/>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="302"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="306"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="307"/>
        <source>{p} paragraphs, {h} sub-heads</source>
        <translation>{p} 段，{h} 个小标题</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="311"/>
        <source>Figures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="312"/>
        <location filename="../../editor/gui/import_docx_dialog.py" line="318"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="314"/>
        <source>Sidebars</source>
        <translation>链接框</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="317"/>
        <source>Notes</source>
        <translation>注释</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="319"/>
        <source>{r} rows × {c} columns</source>
        <translation>{r} 行 × {c} 列</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="323"/>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="326"/>
        <source>To deal with</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="331"/>
        <source>(no caption)</source>
        <translation>（无图注）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="333"/>
        <location filename="../../editor/gui/import_docx_dialog.py" line="338"/>
        <source>Figure {n}</source>
        <translation>图 {n}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="334"/>
        <source>{caption} — picture not embedded, supply it</source>
        <translation>{caption}——图片未嵌入，需另行提供</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="336"/>
        <source>{w}×{h} px, {mode}</source>
        <translation>{w}×{h} 像素，{mode}</translation>
    </message>
    <message>
        <location filename="../../editor/gui/import_docx_dialog.py" line="339"/>
        <source>{caption} ({size})</source>
        <translation>{caption}（{size}）</translation>
    </message>
</context>
<context>
    <name>new_issue_dialog</name>
    <message>
        <location filename="../../editor/gui/new_issue_dialog.py" line="23"/>
        <source> (no. {n} overall)</source>
        <translation>（总第{n}期）</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../editor/gui/opening.py" line="19"/>
        <source>Issue in use</source>
        <translation>期刊正在使用中</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="23"/>
        <source>Held by %1 on %2 since %3.</source>
        <translation>占用者：%1（计算机 %2），自 %3 起。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="25"/>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="28"/>
        <source>Break the lock and edit</source>
        <translation>解除锁定并编辑</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="40"/>
        <source>Recover unsaved edits?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="41"/>
        <source>This issue has edits that were autosaved but never saved (the program may have been closed unexpectedly). Recover them?</source>
        <translation>这期期刊有自动保存但尚未正式保存的修改（程序可能曾意外关闭）。要恢复这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="45"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="46"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="52"/>
        <source>IssueDesk</source>
        <translation>期刊编排台</translation>
    </message>
    <message>
        <location filename="../../editor/gui/opening.py" line="78"/>
        <source>Cannot open the issue</source>
        <translation>无法打开期刊</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../editor/gui/undo.py" line="31"/>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="64"/>
        <source>Edit paragraph</source>
        <translation>修改段落</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="79"/>
        <source>Move article</source>
        <translation>移动文章</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="116"/>
        <source>Edit issue metadata</source>
        <translation>修改期刊信息</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="131"/>
        <source>Insert paragraph</source>
        <translation>插入段落</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="147"/>
        <source>Delete block</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="165"/>
        <source>New article</source>
        <translation>新文章</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="187"/>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="211"/>
        <source>New section</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="239"/>
        <source>Move section</source>
        <translation>移动栏目</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo.py" line="276"/>
        <source>Delete section</source>
        <translation>删除栏目</translation>
    </message>
</context>
<context>
    <name>undo_import</name>
    <message>
        <location filename="../../editor/gui/undo_import.py" line="60"/>
        <source>Import {n} Word articles</source>
        <translation>导入 {n} 篇 Word 文章</translation>
    </message>
</context>
<context>
    <name>undo_pages</name>
    <message>
        <location filename="../../editor/gui/undo_pages.py" line="36"/>
        <source>Move “{title}” to page {page}</source>
        <translation>把“{title}”移到第 {page} 页</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo_pages.py" line="37"/>
        <source>Unpin “{title}”</source>
        <translation>取消“{title}”的起始页</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo_pages.py" line="72"/>
        <source>Tick contents entry</source>
        <translation>核对目录条目</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo_pages.py" line="73"/>
        <source>Untick contents entry</source>
        <translation>取消核对目录条目</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo_pages.py" line="80"/>
        <source>Comment on contents entry</source>
        <translation>目录条目备注</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo_pages.py" line="88"/>
        <source>Sign off the contents</source>
        <translation>目录校对签字</translation>
    </message>
    <message>
        <location filename="../../editor/gui/undo_pages.py" line="89"/>
        <source>Withdraw the sign-off</source>
        <translation>撤回目录签字</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../editor/gui/workers.py" line="92"/>
        <source>Layout failed: {err}</source>
        <translation>排版失败：{err}</translation>
    </message>
</context>
</TS>
