<?xml version='1.0' encoding='UTF-8'?>
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
        <location filename="../../editor/gui/issue_actions.py" line="42"/>
        <source>New section</source>
        <translation>新建栏目</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="42"/>
        <source>Section name:</source>
        <translation>栏目名称：</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="46"/>
        <source>Delete article</source>
        <translation>删除文章</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="47"/>
        <source>Delete “%1” and its contents entry? (Undo brings it back.)</source>
        <translation>删除《%1》及其目录条目吗？（可以撤销。）</translation>
    </message>
    <message>
        <location filename="../../editor/gui/issue_actions.py" line="76"/>
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
        <location filename="../../editor/gui/main_window.py" line="75"/>
        <source>&amp;Open Issue…</source>
        <translation>打开期刊(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="76"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="77"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="79"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="80"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="81"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="82"/>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="83"/>
        <source>Issue &amp;Metadata…</source>
        <translation>期刊信息(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="84"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="88"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="90"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="97"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="101"/>
        <source>Move to &amp;Section</source>
        <translation>移到栏目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="106"/>
        <source>&amp;Issue</source>
        <translation>期刊(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="166"/>
        <source>Open issue folder</source>
        <translation>打开期刊文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="178"/>
        <location filename="../../editor/gui/main_window.py" line="193"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="180"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="186"/>
        <source>Save issue as new folder</source>
        <translation>另存为新的期刊文件夹</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="202"/>
        <source>Autosaved.</source>
        <translation>已自动保存。</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="210"/>
        <source>Unsaved edits</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="211"/>
        <source>%1 has unsaved edits. Save them?</source>
        <translation>《%1》有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="318"/>
        <source>IssueDesk</source>
        <translation>期刊编排台</translation>
    </message>
    <message>
        <location filename="../../editor/gui/main_window.py" line="320"/>
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
</context>
</TS>