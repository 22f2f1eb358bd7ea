<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AdjustMode</name>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="43"/>
        <source>下放</source>
        <translation>Delegated</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="44"/>
        <source>合并</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="45"/>
        <source>分设</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="46"/>
        <source>改为备案</source>
        <translation>Changed to filing</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="47"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AdjustmentType</name>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="34"/>
        <source>新增</source>
        <extracomment>The record columns after 序号, in the 年度动态调整表&apos;s order, then 备注.</extracomment>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="35"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="36"/>
        <source>下放</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="37"/>
        <source>变更</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="38"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="39"/>
        <source>分设</source>
        <translation>Split</translation>
    </message>
</context>
<context>
    <name>AdjustmentsPage</name>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="103"/>
        <location filename="../../gui/views/catalogue_years_pages.py" line="132"/>
        <source>与上一版本比较(&amp;P)…</source>
        <translation>Com&amp;pare with the previous version…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="104"/>
        <location filename="../../gui/views/catalogue_years_pages.py" line="135"/>
        <source>导出年度动态调整表(&amp;X)…</source>
        <translation>E&amp;xport the yearly adjustment table…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="105"/>
        <source>删除记录(&amp;R)</source>
        <translation>&amp;Remove records</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="106"/>
        <location filename="../../gui/views/catalogue_years_pages.py" line="137"/>
        <source>新建年度版本(&amp;N)…</source>
        <translation>&amp;New year&apos;s version…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="108"/>
        <source>年度(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="139"/>
        <source>删除所选调整记录</source>
        <translation>Delete the selected adjustment records</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="144"/>
        <source>向下填充</source>
        <translation>Fill down</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="147"/>
        <source>所选各行的当前列取最上面一行的值（只选一行时取上一行的值），作为一步，可撤销</source>
        <translation>The current column of the selected rows takes the top row&apos;s value (one row selected: the row above&apos;s), as one undoable step</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="164"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/catalogue_years_pages.py" line="171"/>
        <source>%1年度共 %n 条调整记录</source>
        <translation>
            <numerusform>%n adjustment record in %1</numerusform>
            <numerusform>%n adjustment records in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/catalogue_years_pages.py" line="173"/>
        <source>，其中 %n 条未填调整理由或文件依据（黄色）</source>
        <translation>
            <numerusform>, %n of them without a reason or document (yellow)</numerusform>
            <numerusform>, %n of them without a reason or document (yellow)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="40"/>
        <source>取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="41"/>
        <source>调整</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="42"/>
        <source>保留</source>
        <translation>Kept</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="212"/>
        <location filename="../../gui/views/catalogue_years_pages.py" line="240"/>
        <source>选择基期清单(&amp;B)…</source>
        <translation>Choose the &amp;base-year list…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="213"/>
        <location filename="../../gui/views/catalogue_years_pages.py" line="242"/>
        <source>导出取消、调整和保留目录(&amp;X)…</source>
        <translation>E&amp;xport the cancelled, adjusted and kept lists…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="215"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="218"/>
        <source>状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="250"/>
        <source>尚未选择基期清单：选择基期年度的权责清单（.rdcatalog），与本清单比较。</source>
        <translation>No base year yet: choose the base year&apos;s power list (.rdcatalog) to compare this list with.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/catalogue_years_pages.py" line="255"/>
        <source>基期：%1年（%2），行政审批事项 %n 项：取消 %4，调整 %5（其中下放 %6），保留 %7</source>
        <translation>
            <numerusform>Base year %1 (%2), %n approval item: %4 cancelled, %5 adjusted (%6 delegated), %7 kept</numerusform>
            <numerusform>Base year %1 (%2), %n approval items: %4 cancelled, %5 adjusted (%6 delegated), %7 kept</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="274"/>
        <source>精简率 —（基期没有行政审批事项）</source>
        <translation>Reduction rate — (no approval items in the base year)</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_years_pages.py" line="276"/>
        <source>精简率 %1%（取消 %2 + 下放 %3）÷ %4</source>
        <translation>Reduction rate %1% (%2 cancelled + %3 delegated) ÷ %4</translation>
    </message>
</context>
<context>
    <name>BodyListModel</name>
    <message>
        <location filename="../../gui/models/people_model.py" line="434"/>
        <source>人数/编制数</source>
        <translation>People/posts</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="435"/>
        <source>领导/领导职数</source>
        <translation>Leaders/posts</translation>
    </message>
</context>
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../gui/views/structure_view.py" line="237"/>
        <source>职能机构属性</source>
        <translation>Body properties</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="242"/>
        <source>正科级</source>
        <translation>Section-chief level</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="242"/>
        <source>副科级</source>
        <translation>Deputy section-chief level</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="242"/>
        <source>股级</source>
        <translation>Unit level</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="243"/>
        <source>行政机构</source>
        <translation>Administrative body</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="243"/>
        <source>事业单位</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="243"/>
        <source>内设机构</source>
        <translation>Internal office</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="246"/>
        <source>编制数（合计）。按编制类型填写时自动为各类之和。</source>
        <translation>Authorised posts (total). When posts are entered by type, the sum of the types.</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="260"/>
        <source>领导职数（合计）。填写正职、副职时自动为二者之和。</source>
        <translation>Leadership posts (total). When chief and deputy posts are entered, their sum.</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="266"/>
        <source>正职</source>
        <translation>Chief</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="268"/>
        <source>副职</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="272"/>
        <source>合署办公：一个机构、一支队伍、多个场所。双击修改场所名称。</source>
        <translation>Co-located office: one body, one team, several sites. Double-click a site to rename it.</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="273"/>
        <source>添加场所</source>
        <translation>Add site</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="274"/>
        <source>删除场所</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="279"/>
        <source>主要职责（三定），每项一条，按顺序编号。双击修改。</source>
        <translation>Main duties (three determinations), one per entry, numbered in order. Double-click to edit.</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="280"/>
        <source>添加职责</source>
        <translation>Add duty</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="281"/>
        <source>删除职责</source>
        <translation>Remove duty</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="291"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="293"/>
        <source>机构规格</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="294"/>
        <source>机构类别</source>
        <translation>Body kind</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="295"/>
        <source>编制数</source>
        <translation>Authorized posts</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="296"/>
        <source>分类编制</source>
        <translation>Posts by type</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="297"/>
        <source>领导职数</source>
        <translation>Leadership posts</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="299"/>
        <source>在岗</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="300"/>
        <source>办公场所</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="302"/>
        <source>主要职责</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="338"/>
        <source>行政编制</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="339"/>
        <source>事业编制</source>
        <translation>Institutional</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="340"/>
        <source>参照公务员法管理</source>
        <translation>Civil-service reference</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="341"/>
        <source>工勤</source>
        <translation>Support staff</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/structure_view.py" line="403"/>
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="417"/>
        <source>已有名为“%1”的职能机构，名称未修改（职能机构不能重名）</source>
        <translation>A functional body named “%1” already exists; the name was not changed (bodies must have different names)</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="478"/>
        <source>新职责</source>
        <translation>New duty</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="506"/>
        <source>新场所</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="509"/>
        <source>新场所%1</source>
        <translation>New site %1</translation>
    </message>
</context>
<context>
    <name>BodyPickerDialog</name>
    <message>
        <location filename="../../gui/dialogs/body_picker.py" line="20"/>
        <source>移入职能机构</source>
        <extracomment>Item data marking the &quot;未并入&quot; choice (a body id is never empty).</extracomment>
        <translation>Move into functional body</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/body_picker.py" line="22"/>
        <source>将所选 %n 项移入：</source>
        <translation>
            <numerusform>Move the selected item into:</numerusform>
            <numerusform>Move the %n selected items into:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/body_picker.py" line="29"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="39"/>
        <source>此权责清单已在本程序的另一个窗口中打开，本窗口只读。</source>
        <extracomment>The file dialog&apos;s filter for catalogues (the town window&apos;s 打开 lists it too).</extracomment>
        <translation>This list is open in another window of this program; this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="41"/>
        <source>此权责清单已在其他程序或窗口中打开，本窗口只读。</source>
        <translation>This list is open in another program or window; this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="44"/>
        <source>此权责清单已由 %1 在 %2 上打开（进程 %3，自 %4 起），本窗口只读。</source>
        <translation>This list is open by %1 on %2 (process %3, since %4); this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="62"/>
        <source>此文件所在的文件夹不能写入，本窗口只读；请用“另存为”保存到其他位置。</source>
        <translation>The file&apos;s folder cannot be written to, so this window is read-only; use Save As to save elsewhere.</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="98"/>
        <source>无法打开权责清单</source>
        <extracomment>Catalogue windows opened from the town window: top-level windows of their own (not its children), so closing the town window neither closes them nor quits the program under unsaved changes; each asks on its own close.</extracomment>
        <translation>Cannot open the power and responsibility list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="146"/>
        <location filename="../../gui/catalogue_actions.py" line="176"/>
        <source>恢复未保存的修改</source>
        <extracomment>A question or message was shown (the box is open, not exec&apos;d). A file was written (its path). The reference list remembered for this catalogue changed (one was imported). Tests answer the save dialog here: (parent, title, start, filter) -&gt; path or &quot;&quot;. … and the open dialog.</extracomment>
        <translation>Restore unsaved changes</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="147"/>
        <source>%1 有上次未保存的修改（自动保存于 %2），可能是程序意外退出时留下的。是否恢复？</source>
        <translation>%1 has unsaved changes from last time (autosaved %2), probably left when the program stopped unexpectedly. Restore them?</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="155"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="174"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="217"/>
        <source>权责清单</source>
        <translation>Power and responsibility list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="221"/>
        <source>权责清单 (*%1)</source>
        <translation>Power and responsibility lists (*%1)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="225"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="246"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="247"/>
        <source>本窗口只读。</source>
        <translation>this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="256"/>
        <source>无法保存权责清单</source>
        <translation>Cannot save the power and responsibility list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="270"/>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="293"/>
        <source>导入清单</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="294"/>
        <location filename="../../gui/catalogue_actions.py" line="349"/>
        <source>电子表格 (%1)</source>
        <translation>Spreadsheets (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="306"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="307"/>
        <source>本窗口只读，不能导入。</source>
        <translation>This window is read-only: nothing can be imported.</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="313"/>
        <location filename="../../gui/catalogue_actions.py" line="321"/>
        <source>无法导入清单</source>
        <translation>Cannot import the list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="314"/>
        <location filename="../../gui/catalogue_actions.py" line="322"/>
        <location filename="../../gui/catalogue_actions.py" line="398"/>
        <location filename="../../gui/catalogue_actions.py" line="407"/>
        <source>%1 无法读取：%2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="333"/>
        <source>导入清单 %1</source>
        <translation>Import list %1</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="345"/>
        <source>电子表格或权责清单 (%1)</source>
        <translation>Spreadsheets or catalogues (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="351"/>
        <source>权责清单 (%1)</source>
        <translation>Power and responsibility lists (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="353"/>
        <source>导入参照目录</source>
        <translation>Import reference list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="386"/>
        <location filename="../../gui/catalogue_actions.py" line="397"/>
        <location filename="../../gui/catalogue_actions.py" line="406"/>
        <location filename="../../gui/catalogue_actions.py" line="414"/>
        <source>无法导入参照目录</source>
        <translation>Cannot import the reference list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="387"/>
        <source>%1 不是权责清单或电子表格。</source>
        <translation>%1 is not a power and responsibility list or a spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="415"/>
        <source>%1 中没有读到事项。</source>
        <translation>No items were read from %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/catalogue_actions.py" line="426"/>
        <source>参照目录 %1 有 %n 行无法读取，未参加比对：</source>
        <translation>
            <numerusform>%n row of the reference list %1 cannot be read and is left out of the comparison:</numerusform>
            <numerusform>%n rows of the reference list %1 cannot be read and are left out of the comparison:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="429"/>
        <source>参照目录已导入</source>
        <translation>Reference list imported</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="439"/>
        <source>权力清单和责任清单</source>
        <translation>Power and responsibility lists</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="441"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="445"/>
        <source>导出权力清单和责任清单</source>
        <translation>Export power and responsibility lists</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="460"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="461"/>
        <source>无法导出到 %1：%2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_actions.py" line="466"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>CatalogueCheckDialog</name>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="134"/>
        <source>与权责清单核对</source>
        <translation>Check against the power list</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="146"/>
        <source>字段(&amp;F)：</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="162"/>
        <source>采用所选的值(&amp;U)</source>
        <translation>&amp;Use the checked values</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="163"/>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="232"/>
        <source>全部采用(&amp;A)</source>
        <translation>Adopt &amp;all</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="193"/>
        <source>全部字段（%1 处）</source>
        <translation>All fields (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="196"/>
        <source>%1（%2 处）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="204"/>
        <source>权责清单 %1：方案的事项中 %2 项与清单一致，%3 项有 %4 处不同，%5 项的编码不在清单中。</source>
        <translation>Power list %1: of the plan&apos;s powers, matching the list: %2; differing: %3 (fields: %4); with a code the list does not have: %5. </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="213"/>
        <source>%1 %2 处</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="215"/>
        <source>按字段：%1。</source>
        <translation> By field: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="215"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="217"/>
        <source>没有需要采用的值。</source>
        <translation>Nothing to adopt.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="234"/>
        <source>采用列出的全部“%1”(&amp;A)</source>
        <translation>&amp;Adopt every “%1” listed</translation>
    </message>
</context>
<context>
    <name>CatalogueEdits</name>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="56"/>
        <source>（无名称）</source>
        <extracomment>More names than this and an undo text counts instead of listing.</extracomment>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/catalogue_edits.py" line="61"/>
        <location filename="../../gui/edits/catalogue_edits.py" line="189"/>
        <source>%n 项事项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="79"/>
        <source>新增实施主体 %1</source>
        <translation>Add implementing subject %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="88"/>
        <source>删除实施主体 %1</source>
        <translation>Delete implementing subject %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/catalogue_edits.py" line="89"/>
        <source>%n 个</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="99"/>
        <source>修改实施主体 %1</source>
        <translation>Change implementing subject %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="110"/>
        <source>新增子项 %1</source>
        <translation>Add sub-item %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="112"/>
        <source>新增事项 %1</source>
        <translation>Add item %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="122"/>
        <source>删除 %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="138"/>
        <source>修改 %1 的%2</source>
        <translation>Change %2 of %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="148"/>
        <source>为 %1 套用责任事项模板</source>
        <translation>Apply the responsibility template to %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="175"/>
        <source>%1 采用参照目录的%2</source>
        <translation>%1: adopt the reference list&apos;s %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="192"/>
        <source>从参照目录加入 %1</source>
        <translation>Add %1 from the reference list</translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_edits.py" line="201"/>
        <source>修改清单信息</source>
        <translation>Change the list&apos;s details</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/catalogue_years_edits.py" line="33"/>
        <source>与 %1 比较：新增 %n 条、更新 %3 条调整记录</source>
        <translation>
            <numerusform>Compared with %1: %n adjustment record added, %3 updated</numerusform>
            <numerusform>Compared with %1: %n adjustment records added, %3 updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/catalogue_years_edits.py" line="38"/>
        <source>与 %1 比较：新增 %n 条调整记录</source>
        <translation>
            <numerusform>Compared with %1: %n adjustment record added</numerusform>
            <numerusform>Compared with %1: %n adjustment records added</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/catalogue_years_edits.py" line="50"/>
        <source>修改调整记录“%1”的%2</source>
        <translation>Change %2 of the adjustment record “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/catalogue_years_edits.py" line="60"/>
        <source>向下填充 %n 条调整记录</source>
        <translation>
            <numerusform>Fill down %n adjustment record</numerusform>
            <numerusform>Fill down %n adjustment records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/catalogue_years_edits.py" line="66"/>
        <source>删除 %n 条调整记录</source>
        <translation>
            <numerusform>Delete %n adjustment record</numerusform>
            <numerusform>Delete %n adjustment records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="56"/>
        <source>导入清单：%1</source>
        <translation>Import list: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="64"/>
        <source>%1（新）</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="77"/>
        <source>更新的字段</source>
        <translation>Fields updated</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="81"/>
        <source>新增 %1 项(&amp;A)</source>
        <translation>&amp;Added: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="82"/>
        <source>更新 %1 项(&amp;U)</source>
        <translation>&amp;Updated: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="83"/>
        <source>跳过 %n 行(&amp;K)</source>
        <translation>
            <numerusform>S&amp;kipped: %n row</numerusform>
            <numerusform>S&amp;kipped: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="88"/>
        <source>需核对 %n 项(&amp;C)</source>
        <translation>
            <numerusform>To &amp;check: %n item</numerusform>
            <numerusform>To &amp;check: %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="91"/>
        <source>读取 %1 个工作表：新增事项 %2 项，更新 %3 项，新增实施主体 %4 个，无法读取 %5 行（跳过）。</source>
        <translation>Sheets read: %1. Items added: %2, updated: %3; new implementing subjects: %4; unreadable rows (skipped): %5.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="101"/>
        <source>另有 %1 项需核对（未读取的工作表或与合计不符）。</source>
        <translation> %1 more to check (sheets not read, or a total that differs).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="106"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_import_dialog.py" line="114"/>
        <source>这份清单没有带来任何变化。</source>
        <translation>This list brings no changes.</translation>
    </message>
</context>
<context>
    <name>CatalogueInfoDialog</name>
    <message>
        <location filename="../../gui/dialogs/catalogue_info_dialog.py" line="32"/>
        <source>清单信息</source>
        <translation>List details</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_info_dialog.py" line="41"/>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_info_dialog.py" line="57"/>
        <source>%1：</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CatalogueItemDialog</name>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="166"/>
        <source>新增事项</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="166"/>
        <source>编辑事项：%1</source>
        <translation>Edit item: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="182"/>
        <source>%1：</source>
        <extracomment>field name → its editor</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="193"/>
        <source>套用模板(&amp;M)</source>
        <translation>Apply te&amp;mplate</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="195"/>
        <source>用所选类型的责任事项模板替换上面的步骤；追责情形和问责依据为空时一并填入常用内容</source>
        <translation>Replace the steps above with the chosen type&apos;s template; empty accountability cases and basis get the usual text too</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="199"/>
        <source>模板：</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="209"/>
        <source>权力事项</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="210"/>
        <source>责任清单（两单融合）</source>
        <translation>Responsibility list (list merging)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="238"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="250"/>
        <source>按类型（行政许可为审批事项）</source>
        <translation>By type (licences are approvals)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="251"/>
        <source>审批事项</source>
        <translation>Approval item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="252"/>
        <source>非审批事项</source>
        <translation>Not an approval item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="267"/>
        <source>合并或分设前的事项编码，用“、”分隔</source>
        <translation>Codes of the items this was merged or split from, separated by commas</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="297"/>
        <source>（无：本项为主项）</source>
        <extracomment>Levels the file holds that are none of the four (a check reports them): kept as they are.</extracomment>
        <translation>(none: this is a main item)</translation>
    </message>
</context>
<context>
    <name>CatalogueLink</name>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="31"/>
        <source>职权编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="32"/>
        <source>职权名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="33"/>
        <source>职权类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="34"/>
        <source>实施主体</source>
        <translation>Implementing body</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="35"/>
        <source>实施依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="113"/>
        <source>（已在方案中）</source>
        <translation> (in the plan)</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="148"/>
        <source>事项编码</source>
        <translation>Power code</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="149"/>
        <source>事项名称</source>
        <translation>Power name</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="150"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="151"/>
        <source>方案中的值</source>
        <translation>In the plan</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="152"/>
        <source>权责清单中的值</source>
        <translation>In the power list</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_link_models.py" line="249"/>
        <location filename="../../gui/models/catalogue_link_models.py" line="251"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>CatalogueLinkActions</name>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="35"/>
        <source>打开县权责清单（.rdcatalog），按实施主体和类型勾选事项，加入本方案的下放事项</source>
        <translation>Open the county power list (.rdcatalog), tick items by implementing body and type, and add them to this plan&apos;s delegated powers</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="33"/>
        <source>从权责清单选取(&amp;K)…</source>
        <translation>Pic&amp;k from the power list…</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="38"/>
        <source>与权责清单核对(&amp;G)…</source>
        <translation>Check a&amp;gainst the power list…</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="39"/>
        <source>权责清单更新后，逐项列出方案事项与清单的不同之处，并可采用清单的值</source>
        <translation>After the power list is updated, list where the plan&apos;s powers differ from it, field by field, and adopt the list&apos;s values</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="53"/>
        <source>选择权责清单</source>
        <translation>Choose a power list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="53"/>
        <source>权责清单 (*.rdcatalog);;所有文件 (*)</source>
        <translation>Power lists (*.rdcatalog);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="69"/>
        <source>无法打开权责清单</source>
        <translation>Cannot open the power list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/catalogue_link_actions.py" line="91"/>
        <source>已从权责清单加入 %n 项事项</source>
        <translation>
            <numerusform>Added %n power from the power list</numerusform>
            <numerusform>Added %n powers from the power list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/catalogue_link_actions.py" line="93"/>
        <source>（%n 项方案中已有，未重复加入）</source>
        <translation>
            <numerusform> (%n was in the plan already and was not added again)</numerusform>
            <numerusform> (%n were in the plan already and were not added again)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="118"/>
        <source>已采用权责清单的值；可用“撤销”恢复</source>
        <translation>Adopted the power list&apos;s values; Undo brings the old ones back</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="121"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_link_actions.py" line="123"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>CataloguePageWidget</name>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="129"/>
        <source>新增实施主体…</source>
        <extracomment>A file action of the window (pages.py).</extracomment>
        <translation>New implementing subject…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="131"/>
        <source>实施主体(&amp;B)</source>
        <translation>Implementing su&amp;bjects</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="142"/>
        <source>按职权名称或编码筛选（Ctrl+F）</source>
        <translation>Filter by power name or code (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="146"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="151"/>
        <source>筛选(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="153"/>
        <source>类型(&amp;Y)：</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="179"/>
        <source>新增事项(&amp;N)…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="180"/>
        <source>新增子项(&amp;U)…</source>
        <translation>New s&amp;ub-item…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="181"/>
        <source>编辑事项(&amp;O)…</source>
        <translation>&amp;Open item…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="183"/>
        <source>删除(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="185"/>
        <source>套用责任事项模板(&amp;M)</source>
        <translation>Apply responsibility te&amp;mplate</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="187"/>
        <source>新增实施主体(&amp;B)…</source>
        <translation>New implementing su&amp;bject…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="189"/>
        <source>修改实施主体(&amp;R)…</source>
        <translation>&amp;Rename implementing subject…</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="190"/>
        <source>筛选(&amp;F)</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="359"/>
        <source>显示 %1 / %2 项</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="364"/>
        <source>问题(&amp;P)：错误 %1，警告 %2（双击转到事项）</source>
        <translation>&amp;Problems: errors %1, warnings %2 (double-click to go to the item)</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="442"/>
        <source>新增子项：%1</source>
        <translation>New sub-item of %1</translation>
    </message>
</context>
<context>
    <name>CataloguePages</name>
    <message>
        <location filename="../../gui/catalogue/pages.py" line="87"/>
        <source>清单(&amp;L)</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/pages.py" line="88"/>
        <source>三级四同(&amp;T)</source>
        <translation>&amp;Three levels alike</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/pages.py" line="89"/>
        <source>动态调整(&amp;D)</source>
        <translation>Yearly a&amp;djustments</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/pages.py" line="90"/>
        <source>审批事项目录(&amp;A)</source>
        <translation>&amp;Approval catalogue</translation>
    </message>
</context>
<context>
    <name>CataloguePickDialog</name>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="54"/>
        <source>从权责清单选取事项</source>
        <translation>Pick items from the power list</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="58"/>
        <source>权责清单：%1（%2）</source>
        <translation>Power list: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="62"/>
        <source>全部实施主体</source>
        <translation>All implementing bodies</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="66"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="70"/>
        <source>按名称或编码查找</source>
        <translation>Find by name or code</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="72"/>
        <source>实施主体(&amp;S)</source>
        <translation>Implementing &amp;body</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="74"/>
        <source>职权类型(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="88"/>
        <source>全选(&amp;A)</source>
        <translation>Check &amp;all</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="89"/>
        <source>全不选(&amp;N)</source>
        <translation>Check &amp;none</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="116"/>
        <source>已选 %1 项；灰色为方案中已有的事项</source>
        <translation>%1 checked; grey items are in the plan already</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_link_dialogs.py" line="118"/>
        <source>添加所选（%1 项）</source>
        <translation>Add the checked (%1)</translation>
    </message>
</context>
<context>
    <name>CatalogueProblemsModel</name>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="419"/>
        <source>级别</source>
        <extracomment>The column sorted by (-1: the catalogue&apos;s own order) and how. id → (parent row or -1, row)</extracomment>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="419"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../gui/catalogue/window.py" line="84"/>
        <source>文件(&amp;F)</source>
        <extracomment>Page name (pages.PAGES) → its widget.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="87"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="90"/>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="92"/>
        <source>导入清单(&amp;I)…</source>
        <translation>&amp;Import list…</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="94"/>
        <source>导入参照目录(&amp;R)…</source>
        <translation>Import &amp;reference list…</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="96"/>
        <source>导出权力清单和责任清单(&amp;E)…</source>
        <translation>&amp;Export power and responsibility lists…</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="97"/>
        <source>清单信息(&amp;N)…</source>
        <translation>List &amp;details…</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="98"/>
        <source>关闭(&amp;C)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="108"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="110"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="111"/>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="113"/>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="122"/>
        <source>显示此页</source>
        <translation>Show this page</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="189"/>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="191"/>
        <source>%1 %2年权责清单</source>
        <translation>%1 power and responsibility list %2</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="193"/>
        <source>%1 权责清单</source>
        <translation>%1 power and responsibility list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="195"/>
        <location filename="../../gui/catalogue/window.py" line="251"/>
        <source>未保存</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="207"/>
        <source>实施主体 %1 · 事项 %2 · 问题 %3</source>
        <translation>Implementing subjects %1 · items %2 · problems %3</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="248"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue/window.py" line="250"/>
        <source>权责清单“%1”已修改，是否保存？</source>
        <translation>The power and responsibility list “%1” has been changed. Save it?</translation>
    </message>
</context>
<context>
    <name>CatalogueYears</name>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="114"/>
        <location filename="../../gui/models/catalogue_years_models.py" line="190"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="191"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="192"/>
        <source>调整方式</source>
        <translation>How adjusted</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="193"/>
        <source>事项编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="194"/>
        <source>事项名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="195"/>
        <source>原实施部门</source>
        <translation>Former department</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="196"/>
        <source>现实施机关</source>
        <translation>Now exercised by</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="197"/>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_years_models.py" line="198"/>
        <source>理由/文件</source>
        <translation>Reason / document</translation>
    </message>
</context>
<context>
    <name>CatalogueYearsActions</name>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="52"/>
        <location filename="../../gui/catalogue_years_actions.py" line="153"/>
        <source>权责清单 (*.rdcatalog)</source>
        <translation>Power lists (*.rdcatalog)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="75"/>
        <source>无法打开权责清单</source>
        <translation>Cannot open the power list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="80"/>
        <source>选择上一年度的权责清单</source>
        <translation>Choose last year&apos;s power list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="93"/>
        <source>清单为只读</source>
        <translation>The list is read-only</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="95"/>
        <source>清单为只读，不能新增调整记录</source>
        <translation>The list is read-only: no adjustment records can be added</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="101"/>
        <source>与 %1 比较：共 %2 项调整，新增 %3 条记录，更新 %4 条记录的调整前后（请核对调整理由、文件依据和文号）</source>
        <translation>Compared with %1: changes %2; records added %3; records whose before and after were updated %4 (check their reason, document and number)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="106"/>
        <source>与 %1 比较：共 %2 项调整，新增 %3 条记录（请填写调整理由、文件依据和文号）</source>
        <translation>Compared with %1: changes %2; records added %3 (fill in the reason, document and number)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="116"/>
        <source>导出年度动态调整表</source>
        <translation>Export the yearly adjustment table</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="118"/>
        <location filename="../../gui/catalogue_years_actions.py" line="220"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="138"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="139"/>
        <source>无法导出到 %1：%2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="144"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="151"/>
        <source>新建年度版本</source>
        <translation>New year&apos;s version</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="165"/>
        <source>文件已存在</source>
        <translation>The file exists</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="166"/>
        <source>%1 已存在，未覆盖；请另选文件名</source>
        <translation>%1 exists and was not overwritten; choose another name</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="174"/>
        <source>无法新建年度版本</source>
        <translation>Cannot make the new year&apos;s version</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="192"/>
        <source>选择基期年度的权责清单</source>
        <translation>Choose the base year&apos;s power list</translation>
    </message>
    <message>
        <location filename="../../gui/catalogue_years_actions.py" line="218"/>
        <source>导出行政审批事项目录</source>
        <translation>Export the approval catalogue</translation>
    </message>
</context>
<context>
    <name>CompareTreeModel</name>
    <message>
        <location filename="../../gui/models/compare_tree_model.py" line="623"/>
        <source>编制%1 · 在岗%2 · 事项%3</source>
        <extracomment>Columns of one side, and how many there are. Background per action; the 差异 column always says it in words too. The kinds the tree shows as rows: an edit of any other kind leaves the rows as they are. Custom roles. Per side: the actions shown (&quot;&quot; side empty = placeholder). Per side, for a placeholder that is half of a move: where the entity is in that plan. Per side: rows below this one that show a difference (so a collapsed body still says so). The rows with an entity of one plan only (by id): the only ones that can be half of a move. What the rows were last built from: A&apos;s side of the tree, the matching, powers per body. Each power of A&apos;s receiving body when the powers were last counted (to count only what changed). Likewise each person&apos;s body (their own, else their unit&apos;s) and the people per body.</extracomment>
        <translation>Posts %1 · placed %2 · powers %3</translation>
    </message>
    <message>
        <location filename="../../gui/models/compare_tree_model.py" line="637"/>
        <source>（移至 %1）</source>
        <translation>(moved to %1)</translation>
    </message>
    <message>
        <location filename="../../gui/models/compare_tree_model.py" line="637"/>
        <source>（原在 %1）</source>
        <translation>(was in %1)</translation>
    </message>
    <message>
        <location filename="../../gui/models/compare_tree_model.py" line="771"/>
        <location filename="../../gui/views/compare_view.py" line="348"/>
        <source>（下级%1处）</source>
        <translation> (%1 below)</translation>
    </message>
    <message>
        <location filename="../../gui/models/compare_tree_model.py" line="792"/>
        <source>未安排职能机构</source>
        <translation>No functional body</translation>
    </message>
    <message>
        <location filename="../../gui/models/compare_tree_model.py" line="803"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/models/compare_tree_model.py" line="812"/>
        <source>原有%1人</source>
        <translation>%1 people before</translation>
    </message>
    <message>
        <location filename="../../gui/models/compare_tree_model.py" line="827"/>
        <source>%1 %2：%3 → %4</source>
        <translation>%1 %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../gui/views/compare_view.py" line="107"/>
        <location filename="../../gui/views/compare_view.py" line="490"/>
        <location filename="../../gui/views/compare_view.py" line="499"/>
        <source>当前方案</source>
        <extracomment>How long the comparison waits after an edit of the left plan before it is updated: none, the update costs what the edit changed; the signals of one step are gathered meanwhile. The key figures validate the plan: they follow once edits have settled. The comparison was (re)computed and every part of the window shows it. Where plan B was read from (shown in the title; None: not saved). How the open plan and plan B are called in columns and texts (their variants).</extracomment>
        <translation>current plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="107"/>
        <location filename="../../gui/views/compare_view.py" line="491"/>
        <location filename="../../gui/views/compare_view.py" line="499"/>
        <source>对比方案</source>
        <translation>other plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="151"/>
        <source>采纳到当前方案</source>
        <extracomment>What the left document&apos;s signals said changed since the comparison was last updated. The plan was replaced or restored: compare again from scratch. The key figures wait for the open plan&apos;s background validation (never run on this thread).</extracomment>
        <translation>Adopt into the current plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="161"/>
        <location filename="../../gui/views/compare_view.py" line="564"/>
        <source>撤销</source>
        <extracomment>After an adoption: the list&apos;s cursor stays on the row where the first adopted difference was (the next one moves up into it), as a row deleted in a sheet leaves the cursor.</extracomment>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="164"/>
        <location filename="../../gui/views/compare_view.py" line="565"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="173"/>
        <source>导出Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="175"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="184"/>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="190"/>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="232"/>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="236"/>
        <source>全部操作</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="240"/>
        <source>筛选：名称、编码、工号或内容</source>
        <translation>Filter: name, code, staff ID or content</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="243"/>
        <source>差异列表</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="304"/>
        <source>关键数据</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="494"/>
        <source>当前方案：%1</source>
        <translation>Current plan: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="495"/>
        <source>对比方案：%1</source>
        <translation>Other plan: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="501"/>
        <source>当前方案（%1）</source>
        <translation>current plan (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="502"/>
        <source>对比方案（%1）</source>
        <translation>other plan (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="569"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="571"/>
        <source>上一步不是在本窗口采纳的差异，请在主窗口中撤销</source>
        <translation>The last step is not a difference adopted in this window: undo it in the main window</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="608"/>
        <source>采纳到当前方案（%1）</source>
        <translation>Adopt into the current plan (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="610"/>
        <source>把选中的差异按%2改入当前方案（%1）（可撤销）</source>
        <translation>Change the current plan (%1) as %2 has the selected differences (undoable)</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="620"/>
        <source>当前方案（%1）为只读，不能采纳</source>
        <translation>The current plan (%1) is read-only: nothing can be adopted</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="699"/>
        <source>%1：</source>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="758"/>
        <source>方案一</source>
        <translation>Plan 1</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="759"/>
        <source>方案二</source>
        <translation>Plan 2</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="528"/>
        <location filename="../../gui/views/compare_view.py" line="529"/>
        <source>未保存</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="530"/>
        <source>左：%1（%2）    右：%3（%4）    匹配方式：%5</source>
        <translation>Left: %1 (%2)    Right: %3 (%4)    Matched: %5</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="534"/>
        <source>比较方案 — %1 / %2</source>
        <translation>Compare plans — %1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="536"/>
        <source>两个方案没有差异。</source>
        <translation>The two plans do not differ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/compare_view.py" line="540"/>
        <source>共 %n 项差异</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="542"/>
        <location filename="../../gui/views/compare_view.py" line="693"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="542"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="601"/>
        <source>显示 %1 / %2 项</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="679"/>
        <source>选择一项差异，在两个方案中查看它。</source>
        <translation>Select a difference to see it in both plans.</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="702"/>
        <source>无此事项</source>
        <translation>no such power item</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="706"/>
        <source>%1（%2，%3）承接机构：%4；承接时限：%5；责任人：%6</source>
        <translation>%1 (%2, %3) receiving body: %4; deadline: %5; responsible official: %6</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="711"/>
        <source>未确定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="712"/>
        <location filename="../../gui/views/compare_view.py" line="713"/>
        <source>未定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="761"/>
        <source>方案比较_%1_%2.xlsx</source>
        <translation>Comparison_%1_%2.xlsx</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="762"/>
        <source>导出方案比较</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="762"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="785"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="786"/>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/compare_view.py" line="793"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare_actions.py" line="47"/>
        <source>选择要比较的方案</source>
        <translation>Choose the plan to compare with</translation>
    </message>
    <message>
        <location filename="../../gui/compare_actions.py" line="49"/>
        <source>改革方案 (*.rdplan);;所有文件 (*)</source>
        <translation>Reform plans (*.rdplan);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/compare_actions.py" line="71"/>
        <source>无法打开方案</source>
        <translation>Cannot open the plan</translation>
    </message>
</context>
<context>
    <name>ComparisonFigures</name>
    <message>
        <location filename="../../gui/models/labels.py" line="91"/>
        <source>改革前人员层级</source>
        <extracomment>comparison.key_figures(): section names (a body&apos;s or deputy&apos;s section is &quot;name：…&quot;).</extracomment>
        <translation>Tiers before the reform</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="92"/>
        <source>改革后人员层级</source>
        <translation>Tiers after the reform</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="93"/>
        <source>职能机构</source>
        <translation>Functional body</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="94"/>
        <source>分管副职</source>
        <translation>Deputy in charge</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="95"/>
        <source>权力事项</source>
        <translation>Power items</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="96"/>
        <source>待解决问题</source>
        <translation>Open problems</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="97"/>
        <source>在岗人数</source>
        <translation>People placed</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="98"/>
        <source>编制数</source>
        <translation>Authorized posts</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="99"/>
        <source>领导人数</source>
        <translation>Leaders</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="100"/>
        <source>领导职数</source>
        <translation>Leadership posts</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="101"/>
        <source>承接事项</source>
        <translation>Powers received</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="102"/>
        <source>分管机构数</source>
        <translation>Bodies led</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="103"/>
        <source>分管人数</source>
        <translation>People led</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="104"/>
        <source>事项总数</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="105"/>
        <source>未确定承接机构</source>
        <translation>No receiving body</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="106"/>
        <source>便民服务</source>
        <translation>Service hall</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="107"/>
        <source>窗口数</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="108"/>
        <source>已配备人员窗口</source>
        <translation>Staffed windows</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="109"/>
        <source>审批服务事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="110"/>
        <source>进入窗口事项</source>
        <translation>Items in windows</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="111"/>
        <source>大厅办结事项（进驻）</source>
        <translation>Items handled in the hall</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="112"/>
        <source>年办件量</source>
        <translation>Cases per year</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="113"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="114"/>
        <source>事项数</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="197"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonLabels</name>
    <message>
        <location filename="../../gui/models/labels.py" line="217"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="218"/>
        <source>删除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="219"/>
        <source>移动</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="220"/>
        <source>变更</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="226"/>
        <source>方案设置</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="227"/>
        <source>职能机构</source>
        <translation>Functional body</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="228"/>
        <source>原科室</source>
        <translation>Source unit</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="229"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="230"/>
        <source>权力事项</source>
        <translation>Power item</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="231"/>
        <source>方案文本</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="232"/>
        <source>服务窗口</source>
        <translation>Service window</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="233"/>
        <source>审批服务事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="239"/>
        <source>按标识匹配（备选方案）</source>
        <translation>by identity (an alternative of the same plan)</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="240"/>
        <source>按编码、名称、工号匹配（分别编制）</source>
        <translation>by code, name and staff ID (drafted separately)</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="263"/>
        <source>（无）</source>
        <extracomment>What a comparison shows for a value not set (domain/comparison.py&apos;s _NONE).</extracomment>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Conformity</name>
    <message>
        <location filename="../../gui/models/conformity_models.py" line="65"/>
        <source>不一致</source>
        <extracomment>A cell&apos;s field (a name of COMPARED), or None for the status and 实施主体 columns. Whether a cell&apos;s field differs from the reference (bool).</extracomment>
        <translation>Differs</translation>
    </message>
    <message>
        <location filename="../../gui/models/conformity_models.py" line="66"/>
        <source>县级独有</source>
        <translation>County only</translation>
    </message>
    <message>
        <location filename="../../gui/models/conformity_models.py" line="67"/>
        <source>一致</source>
        <translation>Conforms</translation>
    </message>
</context>
<context>
    <name>ConformityModel</name>
    <message>
        <location filename="../../gui/models/conformity_models.py" line="524"/>
        <source>状态</source>
        <extracomment>How the status column sorts: what needs work first. Texts made into collation keys, or sorted, per slice of the idle-time ranking (~5–10 ms each). Up to this many new texts are placed one by one (a bisection each), more are ranked in bulk. The longest the idle-time ranking holds the event loop each time it runs (seconds). Lists (county and reference items together) from which a sort asked for before its column&apos;s texts are ranked waits for the ranking, run at once in slices, instead of ranking on the spot: 100,000 texts ranked in one piece held the loop 0.26 s (a header clicked just after the page opened on a province list). (column kind, field): &quot;status&quot;, &quot;subject&quot;, then (&quot;county&quot;, f), (&quot;reference&quot;, f) per compared field. The statuses shown (all by default). (status, county item id, reference item id or None, differing fields) The column the rows are sorted by (-1: catalogue order) and the order. While the page is hidden, edits only mark the rows stale (conform is linear in both lists). A sort asked for while its field was still being ranked: done when the ranking is.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/models/conformity_models.py" line="528"/>
        <source>参照%1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <location filename="../../gui/models/conformity_models.py" line="530"/>
        <source>本县清单的值</source>
        <translation>The county list&apos;s value</translation>
    </message>
    <message>
        <location filename="../../gui/models/conformity_models.py" line="530"/>
        <source>参照目录的值</source>
        <translation>The reference list&apos;s value</translation>
    </message>
</context>
<context>
    <name>ConformityPage</name>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="98"/>
        <source>导入参照目录(&amp;R)…</source>
        <extracomment>Go to an entity on the page that shows it (the window routes it to the 清单 page).</extracomment>
        <translation>Import &amp;reference list…</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="109"/>
        <source>尚未导入参照目录。

导入省级或市级的通用目录（电子表格或权责清单文件）后，这里逐项比较本县事项与参照事项的职权名称、职权编码、职权类型和法律法规依据（三级四同），标出不一致的字段，并可逐项采用参照值。</source>
        <translation>No reference list imported yet.

Import the province&apos;s or city&apos;s reference list (a spreadsheet or a catalogue file): each county item is then compared with its reference item by power name, code, type and legal basis (three levels, four alike), the differing fields are marked, and the reference&apos;s value can be adopted field by field.</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="116"/>
        <source>导入参照目录…</source>
        <translation>Import reference list…</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="134"/>
        <source>不一致</source>
        <translation>Differs</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="135"/>
        <source>县级独有</source>
        <translation>County only</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="136"/>
        <source>不一致和县级独有</source>
        <translation>Differing and county only</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="137"/>
        <source>一致</source>
        <translation>Conforms</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="138"/>
        <source>全部事项</source>
        <translation>All items</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="140"/>
        <source>显示(&amp;W)：</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="143"/>
        <source>按职权名称或编码筛选</source>
        <translation>Filter by power name or code</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="146"/>
        <source>筛选(&amp;S)：</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="149"/>
        <source>采用参照值(&amp;C)</source>
        <translation>Adopt referen&amp;ce value</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="152"/>
        <source>选中字段（或整行）采用参照目录的值；选中多项时作为一步，可撤销（Ctrl+Shift+A）</source>
        <translation>Take the reference list&apos;s value for the selected fields (or whole rows); several at once are one undoable step (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="155"/>
        <source>全部采用参照值(&amp;H)</source>
        <translation>Adopt a&amp;ll reference values</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="156"/>
        <source>列表中所有不一致的字段都采用参照目录的值，作为一步，可撤销</source>
        <translation>Take the reference list&apos;s value for every differing field listed, as one undoable step</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="158"/>
        <source>转到清单中的事项(&amp;G)</source>
        <translation>&amp;Go to the item in the list</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="162"/>
        <source>按本列排序(&amp;T)</source>
        <translation>Sor&amp;t by this column</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="164"/>
        <source>按当前单元格所在列排序，再按一次升降序互换（Ctrl+Alt+S）</source>
        <translation>Sort by the current cell&apos;s column; press again to reverse the order (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="166"/>
        <source>按本列升序排列(&amp;U)</source>
        <translation>Sort this col&amp;umn ascending</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="170"/>
        <source>按本列降序排列(&amp;D)</source>
        <translation>Sort this column &amp;descending</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="174"/>
        <location filename="../../gui/views/conformity_page.py" line="420"/>
        <source>恢复清单顺序(&amp;O)</source>
        <translation>Back to the list&apos;s &amp;order</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="253"/>
        <source>加入本县清单(&amp;N)</source>
        <translation>Add to the cou&amp;nty list</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="255"/>
        <source>把选中的参照事项连同其字段加入本县清单（实施主体按名称对应，没有的新增），作为一步，可撤销</source>
        <translation>Add the selected reference items with their fields to the county list (implementing subjects matched by name, missing ones added), as one undoable step</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="330"/>
        <source>载入上次的参照目录：%1</source>
        <translation>Load last time&apos;s reference list: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="365"/>
        <source>参照目录：%1（%2 项）· 本县 %3 项：一致 %4，不一致 %5，县级独有 %6；缺少 %7 项</source>
        <translation>Reference list: %1 (items: %2) · county items: %3 — conform %4, differ %5, county only %6; missing %7</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="375"/>
        <source>参照目录中有、本县清单缺少的事项（缺少）：%1 项(&amp;M)</source>
        <translation>Reference items the county list lacks (&amp;missing): %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="418"/>
        <source>升序排列(&amp;U)</source>
        <translation>Sort &amp;ascending</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="419"/>
        <source>降序排列(&amp;D)</source>
        <translation>Sort &amp;descending</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="493"/>
        <source>对照</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="499"/>
        <source>对照：%1（%2）</source>
        <translation>Side by side: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../gui/models/labels.py" line="244"/>
        <source>yyyy年M月d日</source>
        <extracomment>The Chinese date format; its translation is the format of the English UI.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DelegationMode</name>
    <message>
        <location filename="../../gui/models/labels.py" line="60"/>
        <source>直接下放</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="61"/>
        <source>委托</source>
        <translation>Entrust</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="62"/>
        <source>授权</source>
        <translation>Authorise</translation>
    </message>
</context>
<context>
    <name>DeputyListModel</name>
    <message>
        <location filename="../../gui/models/people_model.py" line="581"/>
        <source>分管副职</source>
        <translation>Deputy in charge</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="582"/>
        <source>分管机构</source>
        <translation>Bodies led</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="583"/>
        <source>机构数</source>
        <translation>Bodies</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="584"/>
        <source>分管人数</source>
        <translation>People led</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="585"/>
        <source>直接汇报</source>
        <translation>Direct reports</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="56"/>
        <source>本县清单</source>
        <extracomment>Column widths (pixels) of the side-by-side table by field.</extracomment>
        <translation>County list</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="57"/>
        <source>参照目录</source>
        <translation>Reference list</translation>
    </message>
    <message>
        <location filename="../../gui/views/conformity_page.py" line="66"/>
        <source>采用参照值</source>
        <extracomment>field → (county label, reference label, 采用 button)</extracomment>
        <translation>Adopt reference value</translation>
    </message>
</context>
<context>
    <name>DocumentExportAction</name>
    <message>
        <location filename="../../gui/document_export_action.py" line="59"/>
        <location filename="../../gui/document_export_action.py" line="73"/>
        <source>导出方案文本（Word）</source>
        <extracomment>Family names 方正小标宋简体 is installed under (Chinese and English). (path) after a document was written. Emitted when the export was cancelled. Tests replace this to answer the file dialog: (parent, title, start, filter) -&gt; path or &quot;&quot;.</extracomment>
        <translation>Export plan document (Word)</translation>
    </message>
    <message>
        <location filename="../../gui/document_export_action.py" line="61"/>
        <source>实施方案</source>
        <translation>Implementation plan</translation>
    </message>
    <message>
        <location filename="../../gui/document_export_action.py" line="63"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/document_export_action.py" line="84"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/document_export_action.py" line="85"/>
        <source>无法导出到 %1：%2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <location filename="../../gui/models/sections_model.py" line="31"/>
        <source>机构设置</source>
        <extracomment>Role returning the section id of a row.</extracomment>
        <translation>Bodies</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="32"/>
        <source>管理层级</source>
        <translation>Management tiers</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="33"/>
        <source>权限承接</source>
        <translation>Delegated powers</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="34"/>
        <source>人员安排</source>
        <translation>Staff placement</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="35"/>
        <source>便民服务</source>
        <translation>Service hall</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="42"/>
        <source>正文（无标题）</source>
        <translation>Text (no heading)</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="43"/>
        <source>一级标题 一、</source>
        <translation>Heading level 1 (I.)</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="44"/>
        <source>二级标题 （一）</source>
        <translation>Heading level 2 ((i))</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="45"/>
        <source>三级标题 1.</source>
        <translation>Heading level 3 (1.)</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="46"/>
        <source>四级标题 （1）</source>
        <translation>Heading level 4 ((1))</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="136"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="137"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/models/sections_model.py" line="138"/>
        <source>生成内容</source>
        <translation>Generated part</translation>
    </message>
</context>
<context>
    <name>DocumentTextPage</name>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="68"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="69"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="70"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="71"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="94"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="98"/>
        <source>每行一段</source>
        <translation>One paragraph per line</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="104"/>
        <source>生成内容预览（由方案数据生成，随方案更新）</source>
        <translation>Preview of the generated part (written from the plan&apos;s data, follows the plan)</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="108"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="109"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="110"/>
        <source>生成内容</source>
        <translation>Generated part</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="114"/>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="125"/>
        <source>方案文本标题</source>
        <translation>Document title</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/document_text_view.py" line="198"/>
        <source>（表格 %n 行）</source>
        <translation>
            <numerusform>(table of %n row)</numerusform>
            <numerusform>(table of %n rows)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="42"/>
        <location filename="../../gui/views/document_text_view.py" line="141"/>
        <source>方案文本</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <location filename="../../gui/views/document_text_view.py" line="274"/>
        <source>新章节</source>
        <translation>New section</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message numerus="yes">
        <location filename="../../gui/edits/plan_edits.py" line="98"/>
        <source>%n 个原科室</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/plan_edits.py" line="104"/>
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="108"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="150"/>
        <source>将 %1 并入 %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="152"/>
        <source>将 %1 移回未并入</source>
        <translation>Move %1 back to unplaced</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="37"/>
        <source>%1号窗口</source>
        <translation>Window %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/hall_edits.py" line="42"/>
        <source>%n 项事项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="53"/>
        <source>将 %1 移出窗口</source>
        <translation>Take %1 out of its window</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="56"/>
        <source>将 %1 移到 %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="69"/>
        <source>%1 不再在窗口</source>
        <translation>%1 off the front desk</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="72"/>
        <location filename="../../gui/edits/plan_edits.py" line="157"/>
        <source>将 %1 安排到 %2</source>
        <translation>Place %1 in %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="80"/>
        <source>新增 %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="89"/>
        <source>删除 %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="94"/>
        <source>新增事项 %1</source>
        <translation>Add item %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="146"/>
        <source>导入审批服务事项（新增 %1 项，更新 %2 项）</source>
        <translation>Import service items (%1 added, %2 updated)</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="159"/>
        <source>%1 随原科室安排</source>
        <translation>%1 follow their unit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/plan_edits.py" line="162"/>
        <source>由 %1 承接 %n 项事项</source>
        <translation>
            <numerusform>%1 receives %n power item</numerusform>
            <numerusform>%1 receives %n power items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="168"/>
        <location filename="../../gui/edits/plan_edits.py" line="249"/>
        <source>将 %1 移入 %2</source>
        <translation>Move %1 into %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/plan_edits.py" line="169"/>
        <source>%n 项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="176"/>
        <source>新增职能机构 %1</source>
        <translation>Add body %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="114"/>
        <location filename="../../gui/edits/plan_edits.py" line="206"/>
        <source>%1 的%2改为 %3</source>
        <translation>%1: %2 changed to %3</translation>
    </message>
    <message>
        <location filename="../../gui/edits/document_edits.py" line="25"/>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../gui/edits/document_edits.py" line="38"/>
        <source>添加方案文本 %1</source>
        <translation>Add document text %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/document_edits.py" line="46"/>
        <source>删除方案文本 %1</source>
        <translation>Remove document text %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/document_edits.py" line="55"/>
        <source>上移 %1</source>
        <translation>Move up %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/document_edits.py" line="55"/>
        <source>下移 %1</source>
        <translation>Move down %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/document_edits.py" line="71"/>
        <location filename="../../gui/edits/hall_edits.py" line="115"/>
        <location filename="../../gui/edits/plan_edits.py" line="208"/>
        <source>修改 %1 的%2</source>
        <translation>Change %2 of %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/document_edits.py" line="77"/>
        <source>方案文本标题改为 %1</source>
        <translation>Document title set to %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="215"/>
        <source>重命名 %1 为 %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="224"/>
        <source>删除职能机构 %1</source>
        <translation>Remove body %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="230"/>
        <source>转为三级管理</source>
        <translation>Convert to three tiers</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="236"/>
        <location filename="../../gui/edits/plan_edits.py" line="256"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="238"/>
        <source>指定 %1 分管 %2</source>
        <translation>Make %1 deputy in charge of %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="246"/>
        <source>原科室所并入机构</source>
        <translation>their unit&apos;s body</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="258"/>
        <source>%1 改为向 %2 报告</source>
        <translation>%1 now report to %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="265"/>
        <source>%1 改为 %2</source>
        <translation>%1 changed to %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="280"/>
        <source>修改%1（%2）</source>
        <translation>Change %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/plan_edits.py" line="290"/>
        <source>批量设置%1（%n项事项）</source>
        <translation>
            <numerusform>Set %1 (%n power item)</numerusform>
            <numerusform>Set %1 (%n power items)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="295"/>
        <source>添加事项 %1</source>
        <translation>Add power item %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="305"/>
        <source>编辑事项 %1</source>
        <translation>Edit power item %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/plan_edits.py" line="313"/>
        <source>删除%n项事项</source>
        <translation>
            <numerusform>Delete %n power item</numerusform>
            <numerusform>Delete %n power items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/hall_edits.py" line="104"/>
        <location filename="../../gui/edits/plan_edits.py" line="311"/>
        <source>删除事项 %1</source>
        <translation>Delete power item %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="325"/>
        <source>导入权力清单 %1（新增 %2 项，更新 %3 项）</source>
        <translation>Import power list %1 (%2 added, %3 updated)</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="342"/>
        <source>导入花名册 %1（新增原科室 %2 个、人员 %3 人，更新 %4 人）</source>
        <translation>Import roster %1 (units added: %2, people added: %3, people updated: %4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/plan_edits.py" line="358"/>
        <source>采纳 %n 项差异</source>
        <translation>
            <numerusform>Adopt %n difference</numerusform>
            <numerusform>Adopt %n differences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="367"/>
        <source>修改方案信息（%1）</source>
        <translation>Change plan details (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/plan_edits.py" line="378"/>
        <source>粘贴 %n 个单元格（%1）</source>
        <translation>
            <numerusform>Paste %n cell (%1)</numerusform>
            <numerusform>Paste %n cells (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="400"/>
        <source>新增原科室 %1</source>
        <translation>Add unit %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="412"/>
        <source>修改原科室 %1（%2）</source>
        <translation>Change unit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="420"/>
        <source>删除原科室 %1</source>
        <translation>Delete unit %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="427"/>
        <source>新增人员 %1</source>
        <translation>Add person %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="439"/>
        <source>修改人员 %1（%2）</source>
        <translation>Change person %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="449"/>
        <source>删除人员 %1</source>
        <translation>Delete person %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/plan_edits.py" line="455"/>
        <source>恢复自动保存的内容</source>
        <translation>Restore autosaved work</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/catalogue_link_edits.py" line="26"/>
        <source>从权责清单选取 %n 项</source>
        <translation>
            <numerusform>Pick %n item from the power list</numerusform>
            <numerusform>Pick %n items from the power list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/catalogue_link_edits.py" line="35"/>
        <source>采用权责清单的值（%n 处）</source>
        <translation>
            <numerusform>Adopt the power list&apos;s value (%n field)</numerusform>
            <numerusform>Adopt the power list&apos;s values (%n fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnforcementActions</name>
    <message>
        <location filename="../../gui/enforcement/actions.py" line="62"/>
        <source>无法打开执法体系方案</source>
        <extracomment>The enforcement windows open now (they delete themselves on close).</extracomment>
        <translation>Cannot open the enforcement plan</translation>
    </message>
</context>
<context>
    <name>EnforcementDiagramScene</name>
    <message>
        <location filename="../../gui/views/enforcement_diagram.py" line="69"/>
        <source>%1乡镇综合行政执法工作领导小组</source>
        <translation>%1 township enforcement leading group</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/enforcement_diagram.py" line="70"/>
        <source>“1+%1+%2” · 成员 %n 名</source>
        <translation>
            <numerusform>“1+%1+%2” · %n member</numerusform>
            <numerusform>“1+%1+%2” · %n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_diagram.py" line="85"/>
        <source>%1 · 执法人员 %2</source>
        <translation>%1 · officers %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_diagram.py" line="99"/>
        <source>服务站 %1/%2</source>
        <translation>Stations %1/%2</translation>
    </message>
</context>
<context>
    <name>EnforcementEdits</name>
    <message>
        <location filename="../../gui/edits/enforcement_edits.py" line="44"/>
        <location filename="../../gui/edits/enforcement_edits.py" line="101"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../gui/edits/enforcement_edits.py" line="51"/>
        <source>将 %1 划入 %2</source>
        <translation>Put %1 into %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/enforcement_edits.py" line="63"/>
        <source>%n 名执法人员</source>
        <translation>
            <numerusform>%n officer</numerusform>
            <numerusform>%n officers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/enforcement_edits.py" line="65"/>
        <source>将 %1 派驻 %2</source>
        <translation>Post %1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/enforcement_edits.py" line="83"/>
        <source>撤销 %n 个执法服务站</source>
        <translation>
            <numerusform>Close %n station</numerusform>
            <numerusform>Close %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/enforcement_edits.py" line="85"/>
        <source>设置 %n 个执法服务站的人员</source>
        <translation>
            <numerusform>Set the staff of %n station</numerusform>
            <numerusform>Set the staff of %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/enforcement_edits.py" line="87"/>
        <source>为 %n 个村（社区）设立执法服务站</source>
        <translation>
            <numerusform>Set up a station for %n village or community</numerusform>
            <numerusform>Set up stations for %n villages and communities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/enforcement_edits.py" line="99"/>
        <source>%n 个片区</source>
        <translation>
            <numerusform>%n zone</numerusform>
            <numerusform>%n zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/edits/enforcement_edits.py" line="102"/>
        <source>将 %n 项执法事项交由 %2 承接</source>
        <translation>
            <numerusform>Assign %n enforcement item to %2</numerusform>
            <numerusform>Assign %n enforcement items to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/edits/enforcement_edits.py" line="119"/>
        <source>新增%1 %2</source>
        <translation>Add %1 %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/enforcement_edits.py" line="135"/>
        <source>修改 %1 的%2</source>
        <translation>Change %2 of %1</translation>
    </message>
    <message>
        <location filename="../../gui/edits/enforcement_edits.py" line="148"/>
        <source>删除%1 %2</source>
        <translation>Remove %1 %2</translation>
    </message>
    <message>
        <location filename="../../gui/edits/enforcement_edits.py" line="154"/>
        <source>删除 %1 个%2</source>
        <translation>Remove %1 × %2</translation>
    </message>
</context>
<context>
    <name>EnforcementKinds</name>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="47"/>
        <source>镇</source>
        <extracomment>Role of an index&apos;s (kind, id): kind is &quot;zone&quot;, &quot;township&quot; or &quot;officer&quot;; the 未分配 row is (&quot;zone&quot;, None). internalId of a top-level (zone) row; a child&apos;s is its zone&apos;s row.</extracomment>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="48"/>
        <source>乡</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="49"/>
        <source>村</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="50"/>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="51"/>
        <source>组长</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="52"/>
        <source>副组长</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="53"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>EnforcementPage</name>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="66"/>
        <source>把选中的乡镇和执法人员移入所选片区（Ctrl+M）</source>
        <translation>Move the selected townships and officers into the chosen zone (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="99"/>
        <source>片区：</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="136"/>
        <source>乡镇：</source>
        <translation>Township:</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="142"/>
        <source>网格员</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="144"/>
        <source>协管员</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="183"/>
        <source>承接片区：</source>
        <translation>Zone centre:</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="65"/>
        <source>移入片区(&amp;M)</source>
        <extracomment>What changes the plan (buttons, spin boxes, shortcuts): disabled together when the plan is read-only.</extracomment>
        <translation>&amp;Move into zone</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="77"/>
        <source>新增片区(&amp;Z)…</source>
        <extracomment>The add or edit dialog open now (non-blocking).</extracomment>
        <translation>Add &amp;zone…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="79"/>
        <source>新增乡镇(&amp;T)…</source>
        <translation>Add &amp;township…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="80"/>
        <source>新增执法人员(&amp;O)…</source>
        <translation>Add &amp;officer…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="81"/>
        <source>编辑(&amp;D)…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="82"/>
        <source>删除(&amp;L)</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="118"/>
        <source>新增村（社区）(&amp;V)…</source>
        <translation>Add &amp;village / community…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="126"/>
        <source>设立服务站(&amp;S)</source>
        <translation>&amp;Set up stations</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="128"/>
        <source>撤销服务站(&amp;C)</source>
        <translation>&amp;Close stations</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="130"/>
        <source>设置人员(&amp;P)</source>
        <translation>Set st&amp;aff</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="153"/>
        <source>导出PNG(&amp;P)…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="155"/>
        <source>导出SVG(&amp;G)…</source>
        <translation>Export SV&amp;G…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="173"/>
        <source>交由片区承接(&amp;N)</source>
        <translation>Assig&amp;n to zone</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="179"/>
        <source>新增事项(&amp;A)…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="180"/>
        <location filename="../../gui/views/enforcement_page.py" line="207"/>
        <source>编辑(&amp;I)…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="181"/>
        <location filename="../../gui/views/enforcement_page.py" line="208"/>
        <source>删除(&amp;K)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="206"/>
        <source>新增成员(&amp;A)…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="226"/>
        <source>村（社区）与服务站</source>
        <translation>Villages and stations</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="227"/>
        <source>执法事项</source>
        <translation>Enforcement items</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="228"/>
        <source>体系图</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="229"/>
        <source>领导小组</source>
        <translation>Leading group</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="230"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="303"/>
        <source>名称不能为空</source>
        <translation>The name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="305"/>
        <source>已有名为“%1”的片区</source>
        <translation>A zone named “%1” already exists</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="307"/>
        <source>已有名为“%1”的乡镇</source>
        <translation>A township named “%1” already exists</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="309"/>
        <source>该乡镇已有名为“%1”的村（社区）</source>
        <translation>This township already has a village or community named “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="312"/>
        <source>事项编码 %1 已被另一事项使用</source>
        <translation>The item code %1 is used by another item</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="343"/>
        <source>新增%1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="356"/>
        <source>编辑%1：%2</source>
        <translation>Edit %1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="374"/>
        <source>请分别删除片区、乡镇和执法人员</source>
        <translation>Remove zones, townships and officers separately</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="380"/>
        <source>执法体系</source>
        <translation>Enforcement system</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="390"/>
        <location filename="../../gui/views/enforcement_page.py" line="446"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="410"/>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="443"/>
        <source>全部片区</source>
        <translation>All zones</translation>
    </message>
    <message>
        <location filename="../../gui/views/enforcement_page.py" line="465"/>
        <source>没有问题</source>
        <translation>No problems</translation>
    </message>
</context>
<context>
    <name>EnforcementWindow</name>
    <message>
        <location filename="../../gui/enforcement/window.py" line="54"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="59"/>
        <source>导出执法体系表格…</source>
        <translation>Export enforcement sheets…</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="63"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="67"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="53"/>
        <source>文件(&amp;F)</source>
        <extracomment>The file&apos;s lock while this window has it open (None: read-only, or no file). Why the window is read-only (&quot;&quot; when it is not). The question about unsaved changes was answered: close without asking again. The last question or message shown (non-blocking; tests answer it).</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="72"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="73"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="75"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="122"/>
        <location filename="../../gui/enforcement/window.py" line="200"/>
        <source>执法体系方案</source>
        <translation>Enforcement plan</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="123"/>
        <source>未保存</source>
        <translation>unsaved</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="131"/>
        <source>领导小组成员 %7 人 · 片区 %1 · 乡镇 %2 · 服务站 %3 · 执法人员 %4 · 事项 %5 · 问题 %6</source>
        <translation>Leading group members %7 · zones %1 · townships %2 · stations %3 · officers %4 · items %5 · problems %6</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="148"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="160"/>
        <source>导出体系图</source>
        <translation>Export diagram</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="170"/>
        <source>导出执法体系表格</source>
        <translation>Export enforcement sheets</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="197"/>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../gui/enforcement/window.py" line="199"/>
        <source>执法体系方案“%1”已修改，是否保存？</source>
        <translation>The enforcement plan “%1” has been modified. Save it?</translation>
    </message>
</context>
<context>
    <name>EntityActions</name>
    <message>
        <location filename="../../gui/entity_actions.py" line="97"/>
        <source>删除原科室站所 %1？</source>
        <extracomment>A dialog or question was opened (tests drive it; nothing blocks). An entity was added (kind, id): the page selects it.</extracomment>
        <translation>Delete unit %1?</translation>
    </message>
    <message>
        <location filename="../../gui/entity_actions.py" line="152"/>
        <source>分管的职能机构将没有分管副职：%1</source>
        <translation>These bodies will have no deputy in charge: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entity_actions.py" line="98"/>
        <source>其中的 %n 名人员不会删除，将列在“无原科室人员”下。</source>
        <translation>
            <numerusform>Its %n person is not deleted; they will be listed under “People without a unit”.</numerusform>
            <numerusform>Its %n people are not deleted; they will be listed under “People without a unit”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entity_actions.py" line="148"/>
        <location filename="../../gui/entity_actions.py" line="158"/>
        <source>%1 等 %n 人</source>
        <translation>
            <numerusform>%1 (%n person)</numerusform>
            <numerusform>%1 and others (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/entity_actions.py" line="154"/>
        <source>%n 项事项将没有责任人</source>
        <translation>
            <numerusform>%n power item will have no responsible official</numerusform>
            <numerusform>%n power items will have no responsible official</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/entity_actions.py" line="159"/>
        <source>以下人员将没有汇报对象：%1</source>
        <translation>These people will report to no one: %1</translation>
    </message>
    <message>
        <location filename="../../gui/entity_actions.py" line="160"/>
        <source>删除人员 %1？</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <location filename="../../gui/entity_actions.py" line="166"/>
        <source>确认删除</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <location filename="../../gui/entity_actions.py" line="168"/>
        <source>删除后可以撤销。</source>
        <translation>The deletion can be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/entity_actions.py" line="170"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>EntityDialogs</name>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="34"/>
        <source>内设机构</source>
        <extracomment>Kinds offered for a unit (any other may be typed).</extracomment>
        <translation>Internal office</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="35"/>
        <source>站所</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="36"/>
        <source>事业单位</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="37"/>
        <source>派驻机构</source>
        <translation>Stationed office</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="39"/>
        <source>男</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="39"/>
        <source>女</source>
        <translation>female</translation>
    </message>
</context>
<context>
    <name>ExerciseLevel</name>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="48"/>
        <source>省级</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="49"/>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="50"/>
        <source>县级</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="51"/>
        <source>乡级</source>
        <translation>Township</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../gui/export_action.py" line="63"/>
        <location filename="../../gui/export_action.py" line="78"/>
        <source>导出Excel</source>
        <extracomment>(path) after a workbook was written. Emitted when the export was cancelled. Tests replace this to answer the file dialog: (parent, title, start, filter) -&gt; path or &quot;&quot;.</extracomment>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../gui/export_action.py" line="65"/>
        <source>改革方案</source>
        <translation>Reform plan</translation>
    </message>
    <message>
        <location filename="../../gui/export_action.py" line="67"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/export_action.py" line="26"/>
        <source>正在导出 %1 …</source>
        <translation>Exporting %1 …</translation>
    </message>
    <message>
        <location filename="../../gui/export_action.py" line="27"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/export_action.py" line="97"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../gui/export_action.py" line="98"/>
        <source>无法导出到 %1：%2</source>
        <translation>Cannot export to %1: %2</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="57"/>
        <location filename="../../domain/registry.py" line="192"/>
        <source>方案名称</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="66"/>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="67"/>
        <source>组内职务</source>
        <translation>Role in the group</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="68"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="71"/>
        <location filename="../../domain/enforcement/registry.py" line="88"/>
        <location filename="../../domain/enforcement/registry.py" line="135"/>
        <location filename="../../domain/registry.py" line="193"/>
        <source>乡镇</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="76"/>
        <location filename="../../domain/enforcement/registry.py" line="137"/>
        <source>片区</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="77"/>
        <source>执法中心驻地</source>
        <translation>Centre seat</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="79"/>
        <source>涵盖乡镇</source>
        <translation>Townships covered</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="80"/>
        <source>执法中心</source>
        <translation>Enforcement centre</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="83"/>
        <source>辅助人员</source>
        <translation>Auxiliary staff</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="86"/>
        <location filename="../../domain/enforcement/registry.py" line="139"/>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="89"/>
        <source>执法服务站</source>
        <translation>Enforcement station</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="90"/>
        <source>网格员</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="91"/>
        <source>协管员</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="96"/>
        <source>原单位</source>
        <translation>Original department</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="97"/>
        <source>原科室（站所）</source>
        <translation>Original section (station)</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="99"/>
        <source>执法证号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="100"/>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="101"/>
        <source>执法证执法领域</source>
        <translation>Certified fields</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="102"/>
        <location filename="../../domain/enforcement/registry.py" line="112"/>
        <source>执法领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="103"/>
        <source>抽调起始</source>
        <translation>Secondment from</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="104"/>
        <source>抽调截止</source>
        <translation>Secondment until</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="105"/>
        <source>派驻片区</source>
        <translation>Posted to zone</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="106"/>
        <source>编制所在</source>
        <translation>Post counted at</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="116"/>
        <source>承接片区</source>
        <translation>Zone centres</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="130"/>
        <source>执法体系方案</source>
        <translation>Enforcement plan</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="132"/>
        <source>领导小组成员</source>
        <translation>Leading group member</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="142"/>
        <source>执法人员</source>
        <translation>Enforcement officer</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="145"/>
        <source>执法事项</source>
        <translation>Enforcement items</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="51"/>
        <source>清单名称</source>
        <translation>Catalogue title</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="52"/>
        <location filename="../../domain/enforcement/registry.py" line="58"/>
        <location filename="../../domain/registry.py" line="194"/>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="53"/>
        <location filename="../../domain/enforcement/registry.py" line="59"/>
        <location filename="../../domain/registry.py" line="195"/>
        <source>填表单位</source>
        <translation>Prepared by (office)</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="54"/>
        <location filename="../../domain/catalogue/registry.py" line="86"/>
        <source>年度</source>
        <extracomment>动态调整 records (file format 2).</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="55"/>
        <source>发布日期</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="59"/>
        <location filename="../../domain/catalogue/registry.py" line="68"/>
        <location filename="../../domain/catalogue/registry.py" line="88"/>
        <location filename="../../domain/catalogue/registry.py" line="113"/>
        <source>实施主体</source>
        <translation>Implementing subject</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="60"/>
        <source>主体类别</source>
        <translation>Subject kind</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="61"/>
        <source>主体编码</source>
        <translation>Subject code</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="69"/>
        <source>职权类型</source>
        <translation>Power type</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="70"/>
        <source>法律法规依据</source>
        <translation>Laws and regulations</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="71"/>
        <source>具体条款</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="72"/>
        <source>行使层级</source>
        <translation>Levels exercising it</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="73"/>
        <location filename="../../domain/registry.py" line="257"/>
        <source>责任事项</source>
        <translation>Responsibility steps</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="74"/>
        <source>追责情形</source>
        <translation>Accountability cases</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="75"/>
        <source>问责依据</source>
        <translation>Accountability basis</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="76"/>
        <source>监督方式</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="77"/>
        <source>监督电话</source>
        <translation>Supervision phone</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="78"/>
        <source>廉政风险点</source>
        <translation>Integrity risks</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="80"/>
        <source>审批事项</source>
        <translation>Approval item</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="82"/>
        <source>合并自/分设自</source>
        <translation>Merged / split from</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="87"/>
        <source>调整类型</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="91"/>
        <source>调整前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="92"/>
        <source>调整后</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="93"/>
        <source>调整理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="94"/>
        <source>文件依据</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="95"/>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="96"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="104"/>
        <source>权责清单</source>
        <translation>Power and responsibility list</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="121"/>
        <source>权责事项</source>
        <translation>Catalogue item</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="129"/>
        <source>动态调整</source>
        <translation>Yearly adjustment</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="60"/>
        <location filename="../../domain/registry.py" line="196"/>
        <source>方案日期</source>
        <translation>Plan date</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="61"/>
        <location filename="../../domain/registry.py" line="197"/>
        <source>编制人</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="56"/>
        <location filename="../../domain/enforcement/registry.py" line="62"/>
        <location filename="../../domain/registry.py" line="198"/>
        <location filename="../../domain/registry.py" line="304"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="200"/>
        <source>导入值映射</source>
        <translation>Import value mappings</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="201"/>
        <source>方案文本标题</source>
        <translation>Document title</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="202"/>
        <source>窗口配备方式</source>
        <translation>Window staffing</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="205"/>
        <source>机构名称</source>
        <translation>Body name</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="206"/>
        <source>机构类别</source>
        <translation>Body kind</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="207"/>
        <source>编制数</source>
        <translation>Authorized posts</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="82"/>
        <location filename="../../domain/registry.py" line="208"/>
        <source>领导职数</source>
        <translation>Leadership posts</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="209"/>
        <source>办公地点</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="210"/>
        <source>分管副职</source>
        <translation>Deputy in charge</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="211"/>
        <source>机构规格</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="212"/>
        <source>正职领导职数</source>
        <translation>Chief leadership posts</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="213"/>
        <source>副职领导职数</source>
        <translation>Deputy leadership posts</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="214"/>
        <source>主要职责</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="215"/>
        <source>分类编制</source>
        <translation>Posts by type</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="218"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="72"/>
        <location filename="../../domain/enforcement/registry.py" line="87"/>
        <location filename="../../domain/registry.py" line="219"/>
        <location filename="../../domain/registry.py" line="298"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="220"/>
        <source>原有人数</source>
        <translation>Head count before</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="221"/>
        <source>并入职能机构</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="98"/>
        <location filename="../../domain/registry.py" line="222"/>
        <location filename="../../domain/registry.py" line="236"/>
        <source>编制类型</source>
        <translation>Post type</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="81"/>
        <location filename="../../domain/registry.py" line="223"/>
        <source>核定编制</source>
        <translation>Authorised posts</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="226"/>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="65"/>
        <location filename="../../domain/enforcement/registry.py" line="95"/>
        <location filename="../../domain/registry.py" line="227"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="228"/>
        <source>现任职务</source>
        <translation>Current post</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="229"/>
        <source>改革前层级</source>
        <translation>Tier before</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="230"/>
        <source>改革后层级</source>
        <translation>Tier after</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="231"/>
        <source>原科室</source>
        <translation>Source unit</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="232"/>
        <location filename="../../domain/registry.py" line="323"/>
        <source>职能机构</source>
        <translation>Functional body</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="233"/>
        <source>汇报对象</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="234"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="235"/>
        <source>职级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="238"/>
        <source>出生年月</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="239"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="240"/>
        <source>进编时间</source>
        <translation>Post held since</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="241"/>
        <location filename="../../domain/registry.py" line="347"/>
        <source>服务窗口</source>
        <translation>Service window</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="89"/>
        <location filename="../../domain/enforcement/registry.py" line="109"/>
        <location filename="../../domain/registry.py" line="244"/>
        <location filename="../../domain/registry.py" line="280"/>
        <source>事项编码</source>
        <translation>Power code</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="90"/>
        <location filename="../../domain/enforcement/registry.py" line="110"/>
        <location filename="../../domain/registry.py" line="245"/>
        <location filename="../../domain/registry.py" line="279"/>
        <source>事项名称</source>
        <extracomment>Service items (审批服务事项), matched by name; an item in another window is a move (移动).</extracomment>
        <translation>Power item</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="111"/>
        <location filename="../../domain/registry.py" line="246"/>
        <location filename="../../domain/registry.py" line="283"/>
        <source>事项类型</source>
        <translation>Power type</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="113"/>
        <location filename="../../domain/registry.py" line="247"/>
        <source>实施依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="114"/>
        <location filename="../../domain/registry.py" line="248"/>
        <source>原实施部门</source>
        <translation>Source department</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="249"/>
        <source>下放方式</source>
        <translation>Delegation mode</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="250"/>
        <source>承接机构</source>
        <translation>Receiving body</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="117"/>
        <location filename="../../domain/registry.py" line="251"/>
        <source>承接时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="118"/>
        <location filename="../../domain/registry.py" line="252"/>
        <source>责任人</source>
        <translation>Responsible official</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="270"/>
        <source>窗口编号</source>
        <extracomment>The service hall (便民大厅, &quot;111+N&quot;): windows, matched between plans by number.</extracomment>
        <translation>Window number</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="271"/>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="272"/>
        <source>所属职能机构</source>
        <translation>Functional body</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="273"/>
        <source>窗口类型</source>
        <translation>Window type</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="274"/>
        <source>地点</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/registry.py" line="115"/>
        <location filename="../../domain/registry.py" line="281"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="282"/>
        <source>下放事项</source>
        <translation>Delegated power</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="284"/>
        <source>办理类型</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="285"/>
        <source>承诺时限（工作日）</source>
        <translation>Time limit (working days)</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="286"/>
        <source>年办件量</source>
        <translation>Cases per year</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="287"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="288"/>
        <source>后台办理人</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="289"/>
        <source>进驻</source>
        <translation>Handled in the hall</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="297"/>
        <source>操作</source>
        <extracomment>What a difference between two plans shows (comparison.Difference): the compare window&apos;s lists and tree title their columns with these, as the tables above title theirs with their kind&apos;s fields. Not an entity kind: differences are computed, never stored.</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="299"/>
        <source>对象</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="300"/>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="301"/>
        <source>方案一</source>
        <translation>Plan 1</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="302"/>
        <source>方案二</source>
        <translation>Plan 2</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="337"/>
        <source>方案文本</source>
        <translation>Plan document</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="358"/>
        <source>审批服务事项</source>
        <translation>Service items</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="62"/>
        <location filename="../../domain/catalogue/registry.py" line="79"/>
        <location filename="../../domain/catalogue/registry.py" line="97"/>
        <location filename="../../domain/enforcement/registry.py" line="73"/>
        <location filename="../../domain/enforcement/registry.py" line="92"/>
        <location filename="../../domain/enforcement/registry.py" line="119"/>
        <location filename="../../domain/registry.py" line="237"/>
        <location filename="../../domain/registry.py" line="253"/>
        <location filename="../../domain/registry.py" line="290"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="65"/>
        <source>职权编码</source>
        <translation>Power code</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="66"/>
        <source>职权名称</source>
        <translation>Power name</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/registry.py" line="67"/>
        <location filename="../../domain/registry.py" line="254"/>
        <source>主项</source>
        <translation>Main item</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="255"/>
        <location filename="../../domain/registry.py" line="262"/>
        <location filename="../../domain/registry.py" line="275"/>
        <location filename="../../domain/registry.py" line="291"/>
        <source>序号</source>
        <extracomment>The plan document&apos;s prose (方案文本): numbered headings and paragraphs; see domain/document_text.py. Matched between plans drafted apart by title (sections without heading pair up in order).</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="263"/>
        <source>标题级别</source>
        <translation>Heading level</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="264"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="265"/>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="266"/>
        <source>生成内容</source>
        <translation>Generated part</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="320"/>
        <source>方案信息</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="326"/>
        <source>原科室站所</source>
        <translation>Source units</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="329"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../domain/registry.py" line="332"/>
        <source>权力事项</source>
        <translation>Power items</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="87"/>
        <source>所在机构</source>
        <translation>Placement</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../gui/models/diff_model.py" line="190"/>
        <source>类别</source>
        <extracomment>The Difference of a row (DiffModel).</extracomment>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gui/models/diff_model.py" line="190"/>
        <source>项目</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../gui/models/diff_model.py" line="190"/>
        <source>方案一</source>
        <translation>Plan 1</translation>
    </message>
    <message>
        <location filename="../../gui/models/diff_model.py" line="190"/>
        <source>方案二</source>
        <translation>Plan 2</translation>
    </message>
    <message>
        <location filename="../../gui/models/diff_model.py" line="190"/>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/file_actions.py" line="211"/>
        <source>自动保存失败：%1</source>
        <extracomment>A question or message was shown (the box is open, not exec&apos;d). A recovery file was written. From the autosave worker: generation, error text (&quot;&quot; when written). The lease of the open plan (None: unsaved, or read-only). Shows a save the shared store refused (someone saved since); set by the window. Orders recovery writes (worker), real saves and the recovery file&apos;s removal. Bumped whenever the recovery file is dropped: a write of an older generation is void. Bumped on every push, undo, redo and plan swap: what &quot;changed since&quot; means.</extracomment>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="259"/>
        <source>保存更改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="260"/>
        <source>方案“%1”有未保存的更改。</source>
        <translation>The plan &quot;%1&quot; has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="260"/>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="261"/>
        <source>关闭前要保存吗？</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="286"/>
        <location filename="../../gui/file_actions.py" line="324"/>
        <source>新方案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="348"/>
        <source>打开方案</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="362"/>
        <location filename="../../gui/file_actions.py" line="608"/>
        <source>改革方案 (*%1)</source>
        <translation>Reform plans (*%1)</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="318"/>
        <location filename="../../gui/file_actions.py" line="398"/>
        <source>无法打开方案</source>
        <translation>Cannot open the plan</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="363"/>
        <source>执法体系方案 (%1)</source>
        <translation>Enforcement plans (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="364"/>
        <source>权责清单 (%1)</source>
        <translation>Power and responsibility lists (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="402"/>
        <source>此方案文件不能写入（只读文件或只读文件夹），本窗口只读；请用“另存为”保存到其他位置。</source>
        <translation>This plan file cannot be written (a read-only file or folder); this window is read-only. Use Save As to save it elsewhere.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="405"/>
        <source>%1。本窗口只读：请用“另存为”把读出的内容保存为修复后的副本（不会覆盖原文件）。</source>
        <translation>%1. This window is read-only: use Save As to save what could be read as a repaired copy (the damaged file is never overwritten).</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="83"/>
        <source>此方案已在本程序的另一个窗口中打开，本窗口只读。</source>
        <translation>This plan is open in another window of this program; this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="85"/>
        <source>此方案已在其他程序或窗口中打开（可能经由另一个文件名或链接），本窗口只读。</source>
        <translation>This plan is open in another program or window (perhaps under another name or through a link); this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="90"/>
        <source>此方案已由 %1 在 %2 上打开（进程 %3，自 %4 起），本窗口只读。</source>
        <translation>This plan is open by %1 on %2 (process %3, since %4); this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="361"/>
        <source>方案和清单 (%1)</source>
        <translation>Plans and lists (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="365"/>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="451"/>
        <source>无法恢复方案</source>
        <translation>Cannot restore the plan</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="509"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="526"/>
        <location filename="../../gui/file_actions.py" line="580"/>
        <location filename="../../gui/file_actions.py" line="587"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="526"/>
        <source>本窗口只读。</source>
        <translation>this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="538"/>
        <location filename="../../gui/file_actions.py" line="543"/>
        <location filename="../../gui/file_actions.py" line="593"/>
        <source>无法保存方案</source>
        <translation>Cannot save the plan</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="553"/>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="560"/>
        <location filename="../../gui/file_actions.py" line="567"/>
        <source>另存为备选方案</source>
        <translation>Save as alternative</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="561"/>
        <source>备选方案名称：</source>
        <translation>Name of the alternative:</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="580"/>
        <source>备选方案要保存为另一个文件，不能覆盖当前方案。</source>
        <translation>Save the alternative as another file; it cannot overwrite the open plan.</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="598"/>
        <source>备选方案已保存到 %1</source>
        <translation>Alternative saved to %1</translation>
    </message>
    <message>
        <location filename="../../gui/file_actions.py" line="606"/>
        <source>方案</source>
        <extracomment>Tests replace this to answer file dialogs (Qt&apos;s file dialog is modal and native).</extracomment>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>Hall</name>
    <message>
        <location filename="../../gui/models/hall_model.py" line="59"/>
        <source>%1号窗口</source>
        <extracomment>Role returning (EntityKind, id) of a row (the 未进入窗口 row: (WINDOW, None)). Role returning the text a filter matches (name, code, source, handling, handler). Internal id of top-level rows (items carry their window row + 1).</extracomment>
        <translation>Window %1</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="64"/>
        <source>未进入窗口</source>
        <translation>In no window</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="278"/>
        <source>事项编码</source>
        <translation>Power code</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="279"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="280"/>
        <source>办理类型</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="281"/>
        <source>承诺时限（工作日）</source>
        <translation>Time limit (working days)</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="282"/>
        <location filename="../../gui/models/hall_model.py" line="335"/>
        <source>年办件量</source>
        <translation>Cases per year</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="283"/>
        <location filename="../../gui/models/hall_model.py" line="336"/>
        <source>后台办理人</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="284"/>
        <location filename="../../gui/models/hall_model.py" line="337"/>
        <source>进驻</source>
        <translation>Handled in the hall</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="286"/>
        <location filename="../../gui/models/hall_model.py" line="305"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/hall_model.py" line="295"/>
        <source>%n 项 · 年办件量 %2</source>
        <translation>
            <numerusform>%n item · cases a year: %2</numerusform>
            <numerusform>%n items · cases a year: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="300"/>
        <source>（无前台人员）</source>
        <translation>(no front-desk staff)</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="303"/>
        <source>（未定所属机构）</source>
        <translation>(no body)</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="304"/>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="331"/>
        <source>窗口 / 事项</source>
        <translation>Window / item</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="332"/>
        <source>来源 / 所属机构</source>
        <translation>Source / body</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="333"/>
        <source>办理类型 / 前台</source>
        <translation>Handling / front desk</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="334"/>
        <source>承诺时限 / 事项数</source>
        <translation>Time limit / items</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="476"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="477"/>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="478"/>
        <source>职能机构</source>
        <translation>Functional body</translation>
    </message>
    <message>
        <location filename="../../gui/models/hall_model.py" line="479"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="118"/>
        <source>“111+N”（每窗口1人）</source>
        <extracomment>The service hall&apos;s enums (HallMode, ServiceSource, Handling, WindowKind, InHall).</extracomment>
        <translation>&quot;111+N&quot; (one person per window)</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="119"/>
        <source>不限（每窗口可多人）</source>
        <translation>Free (several people per window)</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="120"/>
        <source>本镇</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="121"/>
        <source>县级下放</source>
        <translation>Delegated by the county</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="122"/>
        <source>即办件</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="123"/>
        <source>承诺件</source>
        <translation>Within a promised time</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="124"/>
        <source>联办件</source>
        <translation>Joint handling</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="125"/>
        <source>上报件</source>
        <translation>Reported upwards</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="126"/>
        <source>综合窗口</source>
        <translation>General window</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="127"/>
        <source>专门窗口</source>
        <translation>Special window</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="128"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="129"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../gui/views/history_view.py" line="62"/>
        <source>方案历史 — %1</source>
        <extracomment>The revision to write as an alternative.</extracomment>
        <translation>Plan history — %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="68"/>
        <source>版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="69"/>
        <source>保存时间</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="70"/>
        <source>保存人</source>
        <translation>Saved by</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="71"/>
        <source>数据库用户</source>
        <translation>Database user</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="72"/>
        <source>修改</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="73"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="78"/>
        <source>对象</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="78"/>
        <source>操作</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="78"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="78"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="78"/>
        <source>原值 → 新值</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="87"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../gui/views/history_view.py" line="89"/>
        <source>恢复为备选方案…</source>
        <translation>Restore as alternative…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/history_view.py" line="120"/>
        <source>共 %n 次保存</source>
        <translation>
            <numerusform>%n save</numerusform>
            <numerusform>%n saves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../gui/models/domain_text.py" line="72"/>
        <source>缺少事项类型</source>
        <extracomment>The reasons the importers write (formats.importer, import_values, table_shape, roster), as templates: {name} stands for a value written in the sheet, kept as it is.</extracomment>
        <translation>no power type</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="73"/>
        <source>缺少事项名称</source>
        <translation>no power name</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="74"/>
        <source>缺少事项编码（按部门和名称匹配）</source>
        <translation>no power code (matched by department and name)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="75"/>
        <source>子项前面没有所属的主项</source>
        <translation>a sub-item with no main item before it</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="76"/>
        <source>所属主项（{where}）无法导入</source>
        <translation>its main item ({where}) cannot be imported</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="77"/>
        <source>编码在表中重复（与{where}相同）</source>
        <translation>the code appears twice in the list (as on {where})</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="78"/>
        <source>事项名称在表中重复（与{where}相同）</source>
        <translation>the name appears twice in the list (as on {where})</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="79"/>
        <source>与{where}是方案中的同一事项</source>
        <translation>the same power of the plan as {where}</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="80"/>
        <source>工作表“{sheet}”第 {row} 行</source>
        <translation>sheet “{sheet}” row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="81"/>
        <source>第 {row} 行</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="82"/>
        <source>责任人“{value}”不在本方案中（工号与姓名不符）</source>
        <translation>responsible official “{value}” is not in this plan (staff ID and name do not agree)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="83"/>
        <source>责任人“{value}”不在本方案中</source>
        <translation>responsible official “{value}” is not in this plan</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="84"/>
        <source>责任人“{value}”在本方案中有 {count} 人同名，请写成“姓名（工号）”</source>
        <translation>{count} people of this plan are called “{value}”: write “name (staff ID)”</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="85"/>
        <source>承接时限“{value}”不是日期</source>
        <translation>deadline “{value}” is not a date</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="86"/>
        <source>承接时限“{value}”指方案日期，但方案未填日期</source>
        <translation>deadline “{value}” means the plan&apos;s date, but the plan has no date</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="87"/>
        <source>事项类型“{value}”无法识别</source>
        <translation>power type “{value}” is not recognised</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="88"/>
        <source>下放方式“{value}”无法识别（应为 直接下放、委托 或 授权）</source>
        <translation>delegation mode “{value}” is not recognised (transfer, entrust or authorise)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="89"/>
        <source>事项编码“{value}”被 Excel 存成了科学计数法，末尾数字已丢失，请把该列设为文本后重新填写</source>
        <translation>power code “{value}” was stored by Excel in scientific notation and lost its last digits: format the column as text and enter it again</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="92"/>
        <source>承接机构“{value}”：{rule}</source>
        <translation>receiving body “{value}”: {rule}</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="93"/>
        <source>空行</source>
        <translation>blank row</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="94"/>
        <source>重复的表头</source>
        <translation>repeated header</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="95"/>
        <source>部门标题行</source>
        <translation>department caption</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="96"/>
        <source>分组标题行</source>
        <translation>group heading</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="97"/>
        <source>注释说明行</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="98"/>
        <source>填表人、审核人等签署行</source>
        <translation>signature line (filled in by, checked by …)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="99"/>
        <source>合计行</source>
        <translation>total row</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="100"/>
        <source>说明行</source>
        <translation>explanation row</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="101"/>
        <source>签字行</source>
        <translation>signature row</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="102"/>
        <source>未读取（与已读取的工作表重复）</source>
        <translation>not read (the same as a sheet already read)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="103"/>
        <source>未读取（不是权力清单）</source>
        <translation>not read (not a power list)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="104"/>
        <source>花名册的人员表，请用“导入花名册”导入</source>
        <translation>a roster&apos;s people sheet: import it with “Import roster”</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="105"/>
        <source>花名册的机构表，请用“导入花名册”导入</source>
        <translation>a roster&apos;s unit sheet: import it with “Import roster”</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="106"/>
        <source>审批服务事项清单，请用“导入审批服务事项”导入</source>
        <translation>a service-item list: import it with “Import service items”</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="107"/>
        <source>隐藏的工作表（如需导入，请在表格中取消隐藏后再导入）</source>
        <translation>a hidden sheet (to import it, unhide it in the workbook first)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="109"/>
        <source>简称或同义词 → 规范类型</source>
        <translation>short form or synonym → the standard type</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="110"/>
        <source>简称或同义词 → 规范下放方式</source>
        <translation>short form or synonym → the standard mode</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="111"/>
        <source>无法识别：请选择</source>
        <translation>not recognised: please choose</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="112"/>
        <source>无法识别：请选择或填写日期</source>
        <translation>not recognised: please choose or enter a date</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="113"/>
        <source>本方案中没有此人：请选择</source>
        <translation>no such person in this plan: please choose</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="114"/>
        <source>去掉括号中的职务“{value}”</source>
        <translation>the post in brackets “{value}” left out</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="115"/>
        <source>两名以上责任人：第一人为责任人，全部记入备注</source>
        <translation>several officials: the first is responsible, all are kept in the note</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="116"/>
        <source>责任人“{value}”有 {count} 人，已取第一人{name}</source>
        <translation>responsible official “{value}” names {count} people: the first, {name}, was taken</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="117"/>
        <source>立即/即时 → 方案日期</source>
        <translation>immediately → the plan&apos;s date</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="118"/>
        <source>某年（底前）→ 当年12月31日</source>
        <translation>a year (by its end) → 31 December of that year</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="119"/>
        <source>年底前 → 12月31日</source>
        <translation>by the end of the year → 31 December</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="120"/>
        <source>半年 → 该半年最后一天</source>
        <translation>a half-year → its last day</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="121"/>
        <source>季度 → 该季度最后一天</source>
        <translation>a quarter → its last day</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="122"/>
        <source>X月（底前）→ 该月最后一天</source>
        <translation>a month (by its end) → its last day</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="123"/>
        <source>X月X日前 → 该日</source>
        <translation>before a day → that day</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="124"/>
        <source>“{value}”不在9+X类型中 → 其他行政权力（原类型记入备注）</source>
        <translation>“{value}” is not one of the 9+X types → other administrative power (the type as written kept in the note)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="125"/>
        <source>乡镇人民政府（或乡镇本身）不是职能机构：请选择承接机构</source>
        <translation>the town government (or the town) is not a functional body: please choose the receiving body</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="126"/>
        <source>去掉“{value}”前缀 → 职能机构</source>
        <translation>the prefix “{value}” left out → functional body</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="127"/>
        <source>名称的“镇/中心”等写法不同 → 同名职能机构</source>
        <translation>the name written differently (town / centre …) → the functional body of that name</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="128"/>
        <source>本方案中没有此承接机构：请选择</source>
        <translation>no such receiving body in this plan: please choose</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="130"/>
        <source>缺少姓名</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="131"/>
        <source>缺少机构名称</source>
        <translation>no unit name</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="132"/>
        <source>工号{value}与第 {row} 行重复</source>
        <translation>staff ID {value} is also on row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="133"/>
        <source>与第 {row} 行同名、同单位，又都没有工号，无法区分</source>
        <translation>same name and unit as row {row} and neither has a staff ID: they cannot be told apart</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="134"/>
        <source>与第 {row} 行的机构重名</source>
        <translation>the same unit name as on row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="135"/>
        <source>编制类型“{value}”无法识别（应为 行政编制、事业编制、参照公务员法管理、工勤 或 编外）</source>
        <translation>post type “{value}” is not recognised (administrative, public institution, civil-service managed, logistics or off-establishment)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="138"/>
        <source>性别“{value}”应为 男 或 女</source>
        <translation>sex “{value}” should be male (男) or female (女)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="139"/>
        <source>{label}“{value}”不是年月</source>
        <translation>{label} “{value}” is not a year and month</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="140"/>
        <source>{label}“{value}”不是人数</source>
        <translation>{label} “{value}” is not a number of people</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="160"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="331"/>
        <source>事项编码</source>
        <translation>Power code</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="332"/>
        <source>事项名称</source>
        <translation>Power item</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="333"/>
        <source>事项类型</source>
        <translation>Power type</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="334"/>
        <source>执法领域</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="335"/>
        <source>承接片区</source>
        <translation>Zone centres</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="336"/>
        <source>承接时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="337"/>
        <source>责任人</source>
        <translation>Responsible official</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="374"/>
        <source>（未明确）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="376"/>
        <source>全部片区</source>
        <translation>All zones</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../gui/models/labels.py" line="299"/>
        <source>、</source>
        <extracomment>Chinese label → shown label of every enum a compared field can hold, per UI language.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="56"/>
        <source>新方案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="63"/>
        <location filename="../../gui/main_window.py" line="409"/>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="113"/>
        <source>没有可显示的页面。</source>
        <translation>No pages to show.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="117"/>
        <source>没有打开的方案。

新建方案（Ctrl+N）、打开方案（Ctrl+O），或从“文件 → 最近打开”中选择。</source>
        <translation>No plan is open.

Create a new plan (Ctrl+N), open one (Ctrl+O), or choose one under File → Recent files.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>&lt;打开时的状态&gt;</source>
        <translation>&lt;as opened&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="133"/>
        <source>操作历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="225"/>
        <source>导入权力清单(&amp;P)…</source>
        <translation>Import &amp;power list…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="229"/>
        <source>导入权力清单</source>
        <translation>Import power list</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="231"/>
        <source>从县权力清单（各部门一张工作表亦可）导入下放事项：先预览新增和更新，再确认导入</source>
        <translation>Import delegated powers from the county&apos;s power list (one sheet per department is fine): preview what is added and updated, then confirm</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="233"/>
        <source>导入花名册(&amp;R)…</source>
        <translation>Import &amp;roster…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="236"/>
        <source>从花名册导入原科室站所和人员</source>
        <translation>Import units and people from a roster</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238"/>
        <source>导入审批服务事项(&amp;S)…</source>
        <translation>Import &amp;service items…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="239"/>
        <source>导入审批服务事项</source>
        <translation>Import service items</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="258"/>
        <source>新建方案(&amp;N)…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>方案信息(&amp;P)…</source>
        <translation>&amp;Plan details…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="264"/>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="265"/>
        <source>打开共享方案(&amp;H)…</source>
        <translation>Open s&amp;hared plan…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="267"/>
        <source>方案历史(&amp;Y)…</source>
        <translation>Plan histor&amp;y…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="327"/>
        <source>最近打开(&amp;R)</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>填写方案名称、乡镇、县、填表单位、日期和编制人，从空白、桥头镇模板或另一个方案开始</source>
        <translation>Enter the plan&apos;s name, town, county, office, date and author; start empty, from the Qiaotou template or from another plan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263"/>
        <source>修改方案名称、乡镇、县、填表单位、日期和编制人</source>
        <translation>Change the plan&apos;s name, town, county, office, date and author</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="237"/>
        <source>从机构编制实名制系统或乡镇导出的花名册导入原科室站所和人员</source>
        <translation>Import units and people from a roster exported by the real-name post register or the town</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235"/>
        <source>导入花名册(&amp;R)</source>
        <translation>Import &amp;roster</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="240"/>
        <source>从表格导入便民大厅的审批服务事项（进驻事项清单）</source>
        <translation>Import the service hall&apos;s items from a spreadsheet (进驻事项清单)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="266"/>
        <source>打开单位共享方案库（PostgreSQL）中的方案</source>
        <translation>Open a plan in the office&apos;s shared plan store (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>共享方案每次保存的保存人、时间和修改内容；可导出，或将早先版本恢复为备选方案</source>
        <translation>Who saved the shared plan, when, and what changed; export it, or restore an earlier revision as an alternative</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="271"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="273"/>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>另存为备选方案(&amp;L)…</source>
        <translation>Save as a&amp;lternative…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>比较方案(&amp;M)…</source>
        <translation>Co&amp;mpare plans…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="285"/>
        <source>导出Excel(&amp;E)…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="291"/>
        <source>导出方案文本（Word）(&amp;W)…</source>
        <translation>Export plan document (&amp;Word)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="296"/>
        <source>关闭方案(&amp;C)</source>
        <translation>&amp;Close plan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="297"/>
        <source>退出(&amp;X)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="314"/>
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="316"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="317"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="319"/>
        <source>新建方案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="320"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="321"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>选择另一个方案，与当前方案逐项比较，并可采纳差异</source>
        <translation>Compare this plan item by item with another plan and adopt its differences</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="289"/>
        <source>导出方案概况、机构设置、人员及层级、县级权限承接方案和交接清单</source>
        <translation>Export the overview, bodies, people and tiers, the delegation plan and the handover sheets</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="294"/>
        <source>按党政机关公文格式导出实施方案（含机构设置、管理层级、权限承接、人员安排和附件）</source>
        <translation>Export the implementation plan in the national document format (bodies, tiers, delegated powers, staff placement and annexes)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="298"/>
        <location filename="../../gui/main_window.py" line="312"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="301"/>
        <location filename="../../gui/main_window.py" line="313"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315"/>
        <source>转到本页的查找框</source>
        <translation>Go to this page&apos;s search field</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="521"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="339"/>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="352"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="354"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="357"/>
        <source>主工具栏</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="386"/>
        <source>改革方案编制助手</source>
        <translation>ReformDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="407"/>
        <source>已导出草稿到 %1：存在 %n 项问题（见问题清单），未填写的章节标为“待补充”</source>
        <translation>
            <numerusform>Exported a draft to %1: %n problem (see the problem list); sections not yet written are marked “to be added”</numerusform>
            <numerusform>Exported a draft to %1: %n problems (see the problem list); sections not yet written are marked “to be added”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="461"/>
        <source>原科室已并入 %1/%2</source>
        <translation>Units placed %1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="464"/>
        <source>人员已安排 %1/%2</source>
        <translation>People placed %1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="467"/>
        <source>问题：检查中…</source>
        <translation>Problems: checking…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="470"/>
        <source>问题 %1（错误 %2）</source>
        <translation>Problems %1 (errors %2)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="522"/>
        <source>改革方案编制助手 ReformDesk
为县委编办编制乡镇行政管理体制改革方案。</source>
        <translation>ReformDesk
Drafting town institutional-reform plans for county organization offices.</translation>
    </message>
</context>
<context>
    <name>MappingsModel</name>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="118"/>
        <source>列</source>
        <extracomment>The 新增 tab&apos;s columns after 行, 事项编码 and 事项名称, in the powers table&apos;s order. Sheets named one by one in the summary; more are shortened to the first ones, … the last.</extracomment>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="119"/>
        <source>原值</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="120"/>
        <source>映射为</source>
        <translation>Maps to</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="121"/>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="122"/>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="123"/>
        <source>核对</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="136"/>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="173"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="178"/>
        <source>请选择</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="400"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="400"/>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="400"/>
        <source>组内职务</source>
        <translation>Role in the group</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="400"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <location filename="../../gui/models/conformity_models.py" line="628"/>
        <source>参照%1</source>
        <translation>Reference %1</translation>
    </message>
</context>
<context>
    <name>NewStructureModel</name>
    <message>
        <location filename="../../gui/models/structure_model.py" line="495"/>
        <source>职能机构</source>
        <translation>Functional body</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="495"/>
        <source>人员 · 领导</source>
        <translation>People · leaders</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="573"/>
        <source>超编 %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="575"/>
        <source>空编 %1</source>
        <translation>vacant %1</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="577"/>
        <source>混岗 %1 人</source>
        <translation>%1 in posts of another type</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/structure_model.py" line="587"/>
        <source>%1：在岗 %2，编制 %n</source>
        <translation>
            <numerusform>%1: %2 placed, %n post</numerusform>
            <numerusform>%1: %2 placed, %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/structure_model.py" line="607"/>
        <source>%1/%n 人 · 领导 %3/%4</source>
        <translation>
            <numerusform>people %1/%n · leaders %3/%4</numerusform>
            <numerusform>people %1/%n · leaders %3/%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/structure_model.py" line="618"/>
        <location filename="../../gui/models/structure_model.py" line="627"/>
        <source>%n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/structure_model.py" line="632"/>
        <source>%n 项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="592"/>
        <source>，超编 %1</source>
        <translation>, %1 over</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="594"/>
        <source>，空编 %1</source>
        <translation>, %1 vacant</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="621"/>
        <source>（单独安排）</source>
        <translation> (placed individually)</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="625"/>
        <source>领导班子</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="630"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="644"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="646"/>
        <source>编制数 %1，领导职数 %2；办公场所：%3</source>
        <translation>Authorized posts %1, leadership posts %2; sites: %3</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="657"/>
        <source>负责人和分管副职：从职能机构之外领导，已安排</source>
        <translation>The head and the deputies in charge: they lead from outside the bodies and are arranged</translation>
    </message>
</context>
<context>
    <name>OldStructureModel</name>
    <message>
        <location filename="../../gui/models/structure_model.py" line="401"/>
        <source>原科室、站所</source>
        <extracomment>The head and deputies in charge who lead from outside the bodies (领导班子). Role returning (kind, id) of a row.</extracomment>
        <translation>Source unit</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="401"/>
        <source>并入</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="426"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="432"/>
        <source>单独安排到 %1</source>
        <translation>Placed individually in %1</translation>
    </message>
    <message>
        <location filename="../../gui/models/structure_model.py" line="435"/>
        <source>无原科室人员</source>
        <translation>People without a unit</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <location filename="../../gui/views/org_chart.py" line="93"/>
        <source>未定分管副职</source>
        <extracomment>Pseudo ids for the groups that have no real entity.</extracomment>
        <translation>No deputy in charge</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="102"/>
        <source>未安排机构</source>
        <translation>Not in a body</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="219"/>
        <source>%1（%2）</source>
        <extracomment>Wrap the title over as many lines as it needs (a body&apos;s long name) instead of eliding it.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="276"/>
        <source>%1个机构 · %2人</source>
        <extracomment>body id → True (collapsed) / False (expanded), overriding AUTO_COLLAPSE.</extracomment>
        <translation>Bodies %1 · people %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="280"/>
        <source>%1个机构待指定</source>
        <translation>Bodies without a deputy: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="288"/>
        <source>分管副职 · %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="300"/>
        <source>编制%1</source>
        <translation>Posts %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/org_chart.py" line="304"/>
        <source>%n人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="308"/>
        <source> ▸</source>
        <translation> ▸</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="331"/>
        <source>干部 %1 人</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="334"/>
        <source>双击机构展开</source>
        <translation>Double-click to expand</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="348"/>
        <source>未定负责人</source>
        <translation>No head</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="349"/>
        <source>负责人</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="380"/>
        <source>组织架构图</source>
        <translation>Organization chart</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="421"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="422"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="423"/>
        <source>适应窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="424"/>
        <source>全部展开</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="425"/>
        <source>全部折叠</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="426"/>
        <source>导出PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="427"/>
        <source>导出SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="434"/>
        <source>Ctrl+滚轮缩放；双击职能机构展开或折叠其人员</source>
        <translation>Ctrl+wheel zooms; double-click a body to expand or collapse its people</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="473"/>
        <location filename="../../gui/views/org_chart.py" line="478"/>
        <source>导出组织架构图</source>
        <translation>Export organization chart</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="473"/>
        <source>组织架构图.png</source>
        <translation>Organization chart.png</translation>
    </message>
    <message>
        <location filename="../../gui/views/org_chart.py" line="478"/>
        <source>组织架构图.svg</source>
        <translation>Organization chart.svg</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="174"/>
        <source>编辑人员</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="174"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="178"/>
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="181"/>
        <source>例如：副镇长、站长、科员</source>
        <translation>e.g. deputy mayor, station head, clerk</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="183"/>
        <source>例如：一级主任科员</source>
        <translation>e.g. principal staff member, first grade</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="189"/>
        <source>（无原科室：镇领导）</source>
        <translation>(no unit: town leader)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="196"/>
        <source>例如：1985年3月</source>
        <translation>e.g. 1985-03</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="201"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="202"/>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="203"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="204"/>
        <source>职务</source>
        <translation>Post title</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="205"/>
        <source>职级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="206"/>
        <source>改革前层级</source>
        <translation>Tier before</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="207"/>
        <source>原科室站所</source>
        <translation>Source units</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="208"/>
        <source>编制类型</source>
        <translation>Post type</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="209"/>
        <source>出生年月</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="210"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="211"/>
        <source>进编时间</source>
        <translation>Post held since</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="212"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="244"/>
        <source>工号 %1 已是 %2 的工号</source>
        <translation>Staff ID %1 already belongs to %2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="249"/>
        <source>姓名不能为空</source>
        <translation>The name cannot be empty</translation>
    </message>
</context>
<context>
    <name>PlanInfoDialog</name>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="45"/>
        <source>新建方案</source>
        <extracomment>Where a new plan starts.</extracomment>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="45"/>
        <source>方案信息</source>
        <translation>Plan details</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="50"/>
        <source>例如：石门镇行政管理体制改革方案</source>
        <translation>e.g. Reform plan of Shimen town</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="54"/>
        <source>例如：中共某某县委机构编制委员会办公室</source>
        <translation>e.g. the county&apos;s organization office</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="61"/>
        <source>方案名称(&amp;N)</source>
        <translation>Plan &amp;name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="62"/>
        <source>乡镇(&amp;T)</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="63"/>
        <source>县(&amp;C)</source>
        <translation>&amp;County</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="64"/>
        <source>填表单位(&amp;O)</source>
        <translation>Prepared &amp;by (office)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="65"/>
        <source>方案日期(&amp;D)</source>
        <translation>Plan &amp;date</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="66"/>
        <source>编制人(&amp;A)</source>
        <translation>&amp;Author</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="67"/>
        <source>说明(&amp;R)</source>
        <translation>Detai&amp;ls</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="77"/>
        <source>空白方案（自行添加原科室、人员和职能机构）(&amp;E)</source>
        <translation>An &amp;empty plan (add units, people and bodies yourself)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="78"/>
        <source>桥头镇六个职能机构(&amp;Q)</source>
        <translation>&amp;Qiaotou&apos;s six functional bodies</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="79"/>
        <source>另一个方案的职能机构(&amp;P)：</source>
        <translation>The functional bodies of another &amp;plan:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="81"/>
        <source>选择方案(&amp;S)…</source>
        <translation>Choo&amp;se plan…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="75"/>
        <source>从何开始</source>
        <translation>Start from</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="80"/>
        <source>（未选择）</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="115"/>
        <source>%1行政管理体制改革方案</source>
        <translation>%1 administrative reform plan</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="129"/>
        <source>选择方案</source>
        <extracomment>Tests replace this to answer the file dialog (Qt&apos;s file dialog is modal and native).</extracomment>
        <translation>Choose plan</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/plan_info_dialog.py" line="129"/>
        <source>改革方案 (*.rdplan)</source>
        <translation>Reform plans (*.rdplan)</translation>
    </message>
</context>
<context>
    <name>PostType</name>
    <message>
        <location filename="../../gui/models/labels.py" line="65"/>
        <source>行政编制</source>
        <translation>Administrative</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="66"/>
        <source>事业编制</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="67"/>
        <source>参照公务员法管理</source>
        <translation>Managed as civil service</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="68"/>
        <source>工勤</source>
        <translation>Service worker</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="69"/>
        <source>编外</source>
        <translation>Outside the establishment</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="70"/>
        <source>未填</source>
        <translation>Not entered</translation>
    </message>
</context>
<context>
    <name>PowerBulkDialog</name>
    <message>
        <location filename="../../gui/dialogs/power_bulk_dialog.py" line="52"/>
        <source>批量设置事项</source>
        <translation>Set power items in bulk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/power_bulk_dialog.py" line="61"/>
        <source>为选中的 %n 项事项设置：</source>
        <translation>
            <numerusform>Set for the selected power item:</numerusform>
            <numerusform>Set for the %n selected power items:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_bulk_dialog.py" line="65"/>
        <source>承接机构(&amp;B)</source>
        <translation>Receiving &amp;body</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_bulk_dialog.py" line="67"/>
        <source>承接时限(&amp;D)</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_bulk_dialog.py" line="70"/>
        <source>责任人(&amp;O)</source>
        <translation>Responsible &amp;official</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_bulk_dialog.py" line="72"/>
        <source>下放方式(&amp;M)</source>
        <translation>Delegation &amp;mode</translation>
    </message>
</context>
<context>
    <name>PowerDelegate</name>
    <message>
        <location filename="../../gui/views/powers_view.py" line="118"/>
        <source>（同主项）</source>
        <extracomment>Delay between the last keystroke and the filter (typing stays smooth). Widths the columns start with (characters of CJK text ≈ 14 px each).</extracomment>
        <translation>(as main item)</translation>
    </message>
</context>
<context>
    <name>PowerEditDialog</name>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="57"/>
        <source>编辑事项</source>
        <translation>Edit power item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="59"/>
        <source>添加子项</source>
        <translation>Add sub-item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="61"/>
        <source>添加事项</source>
        <translation>Add power item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="66"/>
        <source>所属主项</source>
        <translation>Main item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="85"/>
        <source>（同主项）</source>
        <translation>(as main item)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="94"/>
        <source>受理 → 审查 → 决定 → 送达</source>
        <translation>accept → review → decide → serve</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="97"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="98"/>
        <source>事项编码</source>
        <translation>Power code</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="99"/>
        <source>事项名称</source>
        <translation>Power item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="100"/>
        <source>事项类型</source>
        <translation>Power type</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="101"/>
        <source>实施依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="102"/>
        <source>原实施部门</source>
        <translation>Source department</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="103"/>
        <source>下放方式</source>
        <translation>Delegation mode</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="104"/>
        <source>承接机构</source>
        <translation>Receiving body</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="105"/>
        <source>承接时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="106"/>
        <source>责任人</source>
        <translation>Responsible official</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="107"/>
        <source>责任事项</source>
        <translation>Responsibility steps</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="108"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="137"/>
        <source>事项编码和事项名称不能为空</source>
        <translation>Power code and power item name are required</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_edit_dialog.py" line="140"/>
        <source>事项编码 %1 已被其他事项使用</source>
        <translation>Power code %1 is already used by another item</translation>
    </message>
</context>
<context>
    <name>PowerEditors</name>
    <message>
        <location filename="../../gui/dialogs/power_editors.py" line="29"/>
        <source>（未分配）</source>
        <extracomment>Earliest date the deadline editor accepts; showing it means &quot;no deadline&quot;. Lists longer than this complete what is typed (characters or pinyin initials).</extracomment>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_editors.py" line="70"/>
        <location filename="../../gui/dialogs/power_editors.py" line="202"/>
        <source>（未定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_editors.py" line="74"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_editors.py" line="86"/>
        <source>未安排</source>
        <translation>not placed</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_editors.py" line="89"/>
        <source>%1（%2，不在承接机构）</source>
        <translation>%1 (%2, not in the receiving body)</translation>
    </message>
</context>
<context>
    <name>PowerImportAction</name>
    <message>
        <location filename="../../gui/import_action.py" line="65"/>
        <source>导入权力清单</source>
        <translation>Import power list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/import_action.py" line="84"/>
        <source>有 %n 行无法读取，未导入任何内容</source>
        <translation>
            <numerusform>%n row cannot be read; nothing was imported</numerusform>
            <numerusform>%n rows cannot be read; nothing was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PowerImportDialog</name>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="264"/>
        <source>导入权力清单：%1</source>
        <translation>Import power list: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="270"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="270"/>
        <source>事项编码</source>
        <translation>Power code</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="270"/>
        <source>事项名称</source>
        <translation>Power item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="276"/>
        <source>变化</source>
        <extracomment>What a clerk checks of an item to add, as the powers table names it: a department read wrong showed only after importing. Type and department always; the others when read.</extracomment>
        <translation>Changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/power_import_dialog.py" line="371"/>
        <source>%1。新增 %2 项，更新 %3 项，无变化 %4 项，无法读取 %n 行。</source>
        <translation>
            <numerusform>%1. %2 to add, %3 to update, %4 unchanged, %n row cannot be read.</numerusform>
            <numerusform>%1. %2 to add, %3 to update, %4 unchanged, %n rows cannot be read.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="381"/>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="412"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="279"/>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="280"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="271"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="278"/>
        <source>需核对</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="279"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="283"/>
        <source>新增 %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="284"/>
        <source>更新 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="285"/>
        <source>值映射 %1</source>
        <translation>Value mappings %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="286"/>
        <source>需核对 %1</source>
        <translation>To check %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="287"/>
        <source>跳过的行 %1</source>
        <translation>Skipped rows %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="288"/>
        <source>无法读取 %1</source>
        <translation>Unreadable %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="323"/>
        <source>在“值映射”中选中“映射为”一格，按 F2 或直接键入即可改选；所作选择会记在本方案中，下次导入时沿用。</source>
        <translation>In “Value mappings”, select a “Maps to” cell and press F2 or start typing to change it; your choices are remembered in this plan and used by the next import.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="330"/>
        <source>跳过无法读取的行，导入其余各行</source>
        <translation>Skip the unreadable rows and import the rest</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="333"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="363"/>
        <source>%1 … %2（共 %3 个）</source>
        <translation>%1 … %2 (%3 in all)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="368"/>
        <source>工作表 %1</source>
        <translation>Sheets %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="370"/>
        <source>工作表“%1”，表头在第 %2 行</source>
        <translation>Sheet “%1”, header on row %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/power_import_dialog.py" line="388"/>
        <source>请核对：工作表“%1”第 %2 行“%3”写明 %n 项，读到 %5 项（不含子项）。</source>
        <translation>
            <numerusform>Please check: sheet “%1”, row %2 (“%3”) states %n item; read: %5 (sub-items not counted).</numerusform>
            <numerusform>Please check: sheet “%1”, row %2 (“%3”) states %n items; read: %5 (sub-items not counted).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="380"/>
        <source>未读取的工作表：%1。</source>
        <translation>Sheets not read: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="385"/>
        <source>清单没有事项编码列：按原实施部门和事项名称匹配，新增事项的编码留空（校验会提示）。</source>
        <translation>The list has no code column: items are matched by source department and name; new items keep an empty code (validation points them out).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/power_import_dialog.py" line="424"/>
        <source>写明 %n 项，读到 %1 项（不含子项），请核对是否有遗漏或多余的行</source>
        <translation>
            <numerusform>states %n item, %1 read (sub-items not counted): check for missing or extra rows</numerusform>
            <numerusform>states %n items, %1 read (sub-items not counted): check for missing or extra rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="468"/>
        <source>所属主项</source>
        <translation>Main item</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="469"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/power_import_dialog.py" line="471"/>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>PowerStatus</name>
    <message>
        <location filename="../../gui/models/labels.py" line="73"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="74"/>
        <source>信息不全</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="75"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="76"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="164"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PowerType</name>
    <message>
        <location filename="../../gui/models/labels.py" line="47"/>
        <source>行政许可</source>
        <translation>Licensing</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="48"/>
        <source>行政处罚</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="49"/>
        <source>行政强制</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="50"/>
        <source>行政征收</source>
        <translation>Levy</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="51"/>
        <source>行政给付</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="52"/>
        <source>行政检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="53"/>
        <source>行政确认</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="54"/>
        <source>行政奖励</source>
        <translation>Reward</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="55"/>
        <source>行政裁决</source>
        <translation>Adjudication</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="56"/>
        <source>其他行政权力</source>
        <translation>Other power</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="57"/>
        <source>公共服务</source>
        <translation>Public service</translation>
    </message>
</context>
<context>
    <name>PowersModel</name>
    <message>
        <location filename="../../gui/models/powers_model.py" line="89"/>
        <source>状态</source>
        <extracomment>The powers table: every registered Power field in registry order, titled by its registry label, but the main item (parent_id), which the table shows by indenting sub-items under it; then the computed status.</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/models/powers_model.py" line="238"/>
        <source>%1：%2</source>
        <extracomment>Role giving a row&apos;s power id. Prefix of a sub-item&apos;s name: a full-width indent and a branch mark. The roles data() answers. The table&apos;s delegate asks seven roles of every painted cell (font, alignment and check state among them): those are turned away before any lookup. Plain ints: comparing a role with an enum member costs an attribute lookup per call. Status column colours: open items stand out, finished ones recede. Assignment fields → their position in Plan.assignment()&apos;s tuple. Above this many separate row runs, one reset is cheaper than row inserts/removes. read_only -&gt; the flags of each column. The visible rows were rebuilt (filter); the view refreshes its counts. Per-power problems were recomputed. What each search key was made from (search_source): an edit makes the keys it changed again.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/models/powers_model.py" line="245"/>
        <source>同主项（子项未单独设置）</source>
        <translation>As main item (not set for the sub-item)</translation>
    </message>
</context>
<context>
    <name>PowersPage</name>
    <message>
        <location filename="../../gui/views/powers_view.py" line="178"/>
        <source>查找：事项名称、编码、实施依据</source>
        <extracomment>导入权力清单…: the controller that reads the list and shows the preview.</extracomment>
        <translation>Find: power item, code, legal basis</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="180"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="188"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="214"/>
        <source>导入权力清单…</source>
        <translation>Import power list…</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="289"/>
        <location filename="../../gui/views/powers_view.py" line="612"/>
        <source>展开</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="290"/>
        <source>展开或收起各承接机构的事项数</source>
        <translation>Show or hide the number of powers per receiving body</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="40"/>
        <location filename="../../gui/views/powers_view.py" line="354"/>
        <source>权限承接</source>
        <translation>Powers</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="191"/>
        <source>清除筛选(&amp;C)</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="204"/>
        <source>添加事项(&amp;A)</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="205"/>
        <source>添加子项(&amp;U)</source>
        <translation>Add s&amp;ub-item</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="206"/>
        <source>编辑(&amp;D)…</source>
        <translation>E&amp;dit…</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="207"/>
        <source>删除(&amp;R)</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="210"/>
        <source>批量设置(&amp;B)…</source>
        <translation>Set in &amp;bulk…</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="211"/>
        <source>选择全部筛选结果(&amp;L)</source>
        <translation>Select a&amp;ll shown</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="419"/>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="422"/>
        <source>全部承接机构</source>
        <translation>All receiving bodies</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="422"/>
        <source>（未分配）</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="603"/>
        <source>各承接机构：</source>
        <translation>Per receiving body: </translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="603"/>
        <source>（尚无职能机构）</source>
        <translation>(no functional bodies yet)</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="612"/>
        <source>收起</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="631"/>
        <source>已分配 %1/%2</source>
        <translation>Assigned %1/%2</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="633"/>
        <source>未分配 %1&#x3000;信息不全 %2&#x3000;已完成 %3&#x3000;已逾期 %4</source>
        <translation>Unassigned %1  ·  incomplete %2  ·  done %3  ·  overdue %4</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="639"/>
        <source>显示 %1 项</source>
        <translation>%1 shown</translation>
    </message>
    <message>
        <location filename="../../gui/views/powers_view.py" line="642"/>
        <source>已选 %1 项</source>
        <translation>%1 selected</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../domain/validation.py" line="162"/>
        <source>原科室站所未并入职能机构</source>
        <extracomment>&quot;（{staff_id}）&quot; in a template (&quot; ({staff_id})&quot; in its English): left out for a person without 工号. A person where a message or a choice names them: 赵明（0012）, or just 赵明 without a 工号. The message&apos;s template (Chinese source text, context &quot;Problems&quot;) and its parameters: the GUI translates the template and renders the parameters in the user&apos;s language. Every problem code with its severity; codes are stable (tests, JSON, filters). What each problem is called where people read it (问题清单, the problems dock); the code stays for scripts.</extracomment>
        <translation>Unit not merged into a functional body</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="163"/>
        <source>职能机构无分管副职</source>
        <translation>Functional body without a deputy in charge</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="164"/>
        <source>分管领导不是分管副职</source>
        <translation>Leader in charge is not a deputy in charge</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="165"/>
        <source>超编（在岗人数超出编制数）</source>
        <translation>Over posts (more staff than authorised posts)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="166"/>
        <source>超职数（领导人数超出领导职数）</source>
        <translation>Over leadership posts (more leaders than allowed)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="167"/>
        <source>分类超编（某类在岗人数超出该类编制）</source>
        <translation>Over posts of a type (more staff of a type than its posts)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="168"/>
        <source>职能机构重名</source>
        <translation>Two functional bodies of one name</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="169"/>
        <source>混岗（人员编制类型与职能机构不符）</source>
        <translation>Mixed post (staff type does not match the body)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="170"/>
        <source>仍保留已撤销的管理层级</source>
        <translation>A removed management tier is kept</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="171"/>
        <source>人员未安排到职能机构</source>
        <translation>Person not placed in a functional body</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="172"/>
        <source>汇报对象不是分管副职</source>
        <translation>Reports to someone other than the deputy in charge</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="173"/>
        <source>汇报关系循环</source>
        <translation>Reporting cycle</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="174"/>
        <source>分管副职不向负责人报告</source>
        <translation>Deputy in charge not reporting to the head</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="175"/>
        <source>事项未确定承接机构</source>
        <translation>Power without a receiving body</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="176"/>
        <source>事项未确定承接时限</source>
        <translation>Power without a deadline</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="177"/>
        <source>事项未确定责任人</source>
        <translation>Power without a responsible official</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="178"/>
        <source>责任人不在承接机构</source>
        <translation>Responsible official works elsewhere</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="179"/>
        <source>事项编码重复</source>
        <translation>Duplicate power code</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="180"/>
        <source>事项缺少事项编码</source>
        <translation>Power without a code</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="181"/>
        <source>承接时限早于方案日期</source>
        <translation>Deadline before the plan&apos;s date</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="182"/>
        <source>方案文本章节缺少标题</source>
        <translation>Plan text section without a title</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="183"/>
        <source>方案文本标题跳级</source>
        <translation>Plan text heading skips a level</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="184"/>
        <source>方案文本标题下尚无内容</source>
        <translation>Heading of the plan document with nothing under it</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="185"/>
        <source>审批服务事项未进入窗口</source>
        <translation>Service item in no window</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="186"/>
        <source>审批服务事项进入两个窗口</source>
        <translation>Service item in two windows</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="187"/>
        <source>县级下放事项未关联下放权力事项</source>
        <translation>Delegated service item not linked to its power</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="188"/>
        <source>后台办理人不在承接机构</source>
        <translation>Back-office handler outside the receiving body</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="189"/>
        <source>承接机构在便民大厅无窗口</source>
        <translation>Receiving body without a window in the hall</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="190"/>
        <source>窗口未配备前台工作人员</source>
        <translation>Window without front-desk staff</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="191"/>
        <source>窗口配备多名前台工作人员（“111+N”每窗口1人）</source>
        <translation>Window with several front-desk staff (&quot;111+N&quot;: one per window)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="192"/>
        <source>前台工作人员不在窗口所属职能机构</source>
        <translation>Front-desk staff outside the window&apos;s body</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="193"/>
        <source>窗口未确定所属职能机构</source>
        <translation>Window without a body</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="194"/>
        <source>窗口事项或办件量过多（超过中位数两倍）</source>
        <translation>Window overloaded (over twice the median)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="237"/>
        <source>{window}未确定所属职能机构</source>
        <translation>{window} belongs to no functional body</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="248"/>
        <source>{window}未配备前台工作人员</source>
        <translation>{window} has no front-desk staff member</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="258"/>
        <source>{window}配备了{count}名前台工作人员（{people}），“111+N”每窗口1人</source>
        <translation>{window} has {count} front-desk staff ({people}); &quot;111+N&quot; allows one per window</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="272"/>
        <source>{window}的前台工作人员{person}不在所属职能机构“{body}”工作</source>
        <translation>{person}, front desk of {window}, does not work in its body &quot;{body}&quot;</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="291"/>
        <source>{window}事项{items}项，超过各窗口中位数的两倍</source>
        <translation>{window} holds {items} items, over twice the windows&apos; median</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="302"/>
        <source>{window}年办件量{volume}件，超过各窗口中位数的两倍</source>
        <translation>{window} handles {volume} cases a year, over twice the windows&apos; median</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="311"/>
        <source>未进入窗口</source>
        <translation>In no window</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="319"/>
        <source>事项“{item}”未进入窗口</source>
        <translation>Service item &quot;{item}&quot; is in no window</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="332"/>
        <source>事项“{item}”重复进驻：{first}和{second}</source>
        <translation>Service item &quot;{item}&quot; is listed twice: {first} and {second}</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="346"/>
        <source>县级下放事项“{item}”未关联下放的权力事项</source>
        <translation>Delegated service item &quot;{item}&quot; is not linked to a delegated power</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="358"/>
        <source>事项“{item}”的后台办理人{person}不在承接机构“{body}”工作</source>
        <translation>{person}, back office of &quot;{item}&quot;, does not work in the receiving body &quot;{body}&quot;</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="370"/>
        <source>县级下放事项“{item}”的承接机构“{body}”在便民大厅没有窗口</source>
        <translation>The receiving body &quot;{body}&quot; of delegated item &quot;{item}&quot; has no window in the hall</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="390"/>
        <source>方案文本第{seq}节（{number}）缺少标题</source>
        <translation>Section {seq} ({number}) of the plan document has no title</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="402"/>
        <source>方案文本“{number}{title}”尚未填写（方案文本中显示为“待补充”）</source>
        <translation>The plan document&apos;s heading “{number}{title}” has nothing written under it yet (the document shows “to be added”)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="413"/>
        <source>方案文本“{number}{title}”跳过了上一级标题</source>
        <translation>The plan document&apos;s heading “{number}{title}” skips a level</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="427"/>
        <source>原科室“{unit}”尚未并入任何职能机构</source>
        <translation>Unit “{unit}” is not merged into any functional body yet</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="450"/>
        <source>职能机构名称“{body}”重复（共{count}个）</source>
        <translation>The functional body name “{body}” is used {count} times</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="462"/>
        <source>职能机构“{body}”没有分管副职：三级管理要求每个职能机构由一名分管副职直接领导（在岗{people}人无人分管）</source>
        <translation>Functional body “{body}” has no deputy in charge: three-tier management needs one deputy in charge leading each body ({people} staff led by no one)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="476"/>
        <source>职能机构“{body}”的分管领导{deputy}在改革后不是分管副职（现为{tier}）</source>
        <translation>The leader of functional body “{body}”, {deputy}, is not a deputy in charge after the reform (now {tier})</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="490"/>
        <source>职能机构“{body}”在岗{people}人，超出编制数{posts}</source>
        <translation>Functional body “{body}” is over its authorised posts (staff: {people}; posts: {posts})</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="505"/>
        <source>职能机构“{body}”{post_type}在岗{people}人，超出该类编制{posts}名（超编{over}）</source>
        <translation>Functional body “{body}” is over its {post_type} posts (staff: {people}; posts: {posts}; over: {over})</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="523"/>
        <source>{person}（{staff_id}）为{post_type}，但职能机构“{body}”没有{post_type}（混岗）</source>
        <translation>{person} ({staff_id}) holds {post_type}, but functional body “{body}” has no {post_type} posts (mixed posts)</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="541"/>
        <source>职能机构“{body}”领导{count}名（{names}），超出领导职数{posts}</source>
        <translation>Functional body “{body}” is over its leadership posts (leaders: {count}, {names}; posts: {posts})</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="558"/>
        <source>{person}（{staff_id}）改革后仍为{tier}，三级管理中已无此层级</source>
        <translation>{person} ({staff_id}) is still {tier} after the reform: three-tier management has no such tier</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="574"/>
        <source>{person}（{staff_id}）为分管副职，应向负责人{head}报告，现向{current}（{tier}）报告</source>
        <translation>{person} ({staff_id}) is a deputy in charge and should report to the head {head}, but reports to {current} ({tier})</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="594"/>
        <source>{person}（{staff_id}）尚未安排到职能机构</source>
        <translation>{person} ({staff_id}) is not placed in a functional body yet</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="614"/>
        <source>{person}（{staff_id}）应向“{body}”的分管副职{deputy}报告，现向{current}（{tier}）报告</source>
        <translation>{person} ({staff_id}) should report to {deputy}, deputy in charge of “{body}”, but reports to {current} ({tier})</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="629"/>
        <source>{person}（{staff_id}）应向“{body}”的分管副职{deputy}报告，现未指定汇报对象</source>
        <translation>{person} ({staff_id}) should report to {deputy}, deputy in charge of “{body}”, but reports to no one</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="669"/>
        <source>{person}（{staff_id}）的汇报关系形成循环：{cycle}</source>
        <translation>{person} ({staff_id}) is on a reporting cycle: {cycle}</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="693"/>
        <source>事项“{power}”未确定承接机构</source>
        <translation>Power “{power}” has no receiving body</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="694"/>
        <source>事项“{power}”未确定承接时限</source>
        <translation>Power “{power}” has no deadline</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="695"/>
        <source>事项“{power}”未确定责任人</source>
        <translation>Power “{power}” has no responsible official</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="710"/>
        <source>事项“{power}”的承接时限{deadline}早于方案日期{date}</source>
        <translation>The deadline of power “{power}”, {deadline}, is before the plan&apos;s date {date}</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="727"/>
        <source>事项“{power}”的责任人{official}不在承接机构“{body}”工作</source>
        <translation>The responsible official of power “{power}”, {official}, does not work in the receiving body “{body}”</translation>
    </message>
    <message>
        <location filename="../../domain/validation.py" line="740"/>
        <source>事项“{name}”没有事项编码</source>
        <translation>Power “{name}” has no code</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="54"/>
        <source>原单位</source>
        <extracomment>Officers needed per case (两名以上持证执法人员).</extracomment>
        <translation>the original department</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="73"/>
        <source>{name}未划入任何片区</source>
        <translation>{name} is in no zone</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="77"/>
        <source>{name}同时划入{count}个片区：{zones}</source>
        <translation>{name} is in {count} zones at once: {zones}</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="90"/>
        <source>{township}{name}未设执法服务站</source>
        <translation>{name} ({township}) has no enforcement service station</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="99"/>
        <source>{name}未设执法服务站</source>
        <translation>{name} has no enforcement service station</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="112"/>
        <source>执法人员{name}未派驻片区</source>
        <translation>Officer {name} is posted to no zone</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="120"/>
        <source>{name}的执法证（{cert}）于{until}到期，早于方案日期{date}</source>
        <translation>{name}&apos;s enforcement certificate ({cert}) expires on {until}, before the plan&apos;s date {date}</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="133"/>
        <source>{name}的执法证未涵盖执法领域：{fields}</source>
        <translation>{name}&apos;s enforcement certificate does not cover the field(s): {fields}</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="142"/>
        <source>{name}已抽调至执法中心，仍占{department}编制（双重占编）</source>
        <translation>{name} is seconded to an enforcement centre but still counted against the posts of {department} (counted twice)</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="153"/>
        <source>{centre}持有效执法证的执法人员仅{count}名，少于{minimum}名</source>
        <translation>{centre} has only {count} officer(s) with a valid enforcement certificate, fewer than {minimum}</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="165"/>
        <source>执法事项“{name}”未明确承接的执法中心</source>
        <translation>Enforcement item “{name}” has no zone centre to take it over</translation>
    </message>
    <message>
        <location filename="../../domain/enforcement/checks.py" line="173"/>
        <location filename="../../domain/validation.py" line="750"/>
        <source>事项编码{code}重复（{name}）</source>
        <translation>Power code {code} is used twice ({name})</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="54"/>
        <source>（无名称）</source>
        <extracomment>An item with neither name nor code, as messages name it.</extracomment>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="74"/>
        <source>实施主体“{name}”重复</source>
        <translation>Implementing subject “{name}” is listed twice</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="82"/>
        <source>实施主体“{name}”没有权责事项</source>
        <translation>Implementing subject “{name}” has no items</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="97"/>
        <source>{where}“{label}”没有职权编码</source>
        <translation>{where}“{label}” has no power code</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="106"/>
        <source>职权编码{code}重复（{label}）</source>
        <translation>Power code {code} is used twice ({label})</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="115"/>
        <source>{where}职权编码{code}的事项没有职权名称</source>
        <translation>{where}the item with power code {code} has no name</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="124"/>
        <source>{where}“{label}”（{type}）列了不止一次</source>
        <translation>{where}“{label}” ({type}) is listed more than once</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="132"/>
        <source>“{label}”没有实施主体</source>
        <translation>“{label}” has no implementing subject</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="136"/>
        <source>{where}“{label}”没有法律法规依据</source>
        <translation>{where}“{label}” has no legal basis</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="145"/>
        <source>{where}“{label}”的依据没有具体条款</source>
        <translation>{where}the legal basis of “{label}” names no clause</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="154"/>
        <source>{where}“{label}”没有行使层级</source>
        <translation>{where}“{label}” has no levels exercising it</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="164"/>
        <source>{where}“{label}”的行使层级“{levels}”不是省级、市级、县级或乡级</source>
        <translation>{where}the levels “{levels}” of “{label}” are not province, city, county or township</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="174"/>
        <source>{where}“{label}”没有责任事项</source>
        <translation>{where}“{label}” has no responsibility steps</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="183"/>
        <source>{where}“{label}”缺少追责情形或问责依据</source>
        <translation>{where}“{label}” lacks accountability cases or an accountability basis</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="194"/>
        <source>子项“{label}”的实施主体与主项“{main}”不同</source>
        <translation>Sub-item “{label}” has another implementing subject than its main item “{main}”</translation>
    </message>
    <message>
        <location filename="../../domain/catalogue/checks.py" line="203"/>
        <source>“{label}”是子项“{main}”的子项（清单只有主项和子项两级）</source>
        <translation>“{label}” is a sub-item of the sub-item “{main}” (the list has only main items and sub-items)</translation>
    </message>
    <message>
        <location filename="../../gui/models/domain_text.py" line="29"/>
        <source>{subject}：</source>
        <extracomment>How a message names the subject it begins with (domain.validation.Subject).</extracomment>
        <translation>{subject}: </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../gui/models/problems_model.py" line="98"/>
        <source>级别</source>
        <extracomment>Role returning (document kind, entity id) of a problem&apos;s entity, or None. The problem&apos;s entity kind → the document&apos;s kind (the plan&apos;s own settings have none). Emitted after each refresh with (errors, warnings). True from a new plan until its background validation delivers: the list is empty, not &quot;no problems&quot;.</extracomment>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../gui/models/problems_model.py" line="98"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gui/models/problems_model.py" line="108"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/models/problems_model.py" line="108"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../gui/dialogs/record_dialog.py" line="164"/>
        <source>（无）</source>
        <extracomment>How the list of short texts (a TEXT_LIST without choices) is split when typed.</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/record_dialog.py" line="185"/>
        <source>多项以“、”分隔</source>
        <translation>Separate several with “、”</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="32"/>
        <source>恢复未保存的方案</source>
        <extracomment>done() codes beside Accepted (restore) and Rejected (later).</extracomment>
        <translation>Restore unsaved plans</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="34"/>
        <source>上次程序意外退出，以下方案有自动保存的未保存内容。要恢复吗？</source>
        <translation>The program did not exit normally last time. These plans have autosaved unsaved work. Restore?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="42"/>
        <source>（从未保存过的新方案）</source>
        <translation>(a new plan, never saved)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="47"/>
        <source>共享方案库 %1 中的“%2”</source>
        <translation>“%2” in the shared store %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="48"/>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="50"/>
        <source>%1 — 自动保存于 %2
%3</source>
        <translation>%1 — autosaved %2
%3</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="58"/>
        <source>恢复所选</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="60"/>
        <source>全部丢弃</source>
        <translation>Discard all</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/recovery_dialog.py" line="62"/>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>RosterImportAction</name>
    <message>
        <location filename="../../gui/roster_action.py" line="36"/>
        <source>导入花名册</source>
        <translation>Import roster</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="168"/>
        <source>导入花名册：%1</source>
        <translation>Import roster: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="178"/>
        <source>负责人(&amp;H)：</source>
        <translation>&amp;Head:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="182"/>
        <source>同命令行 reformdesk import 的 --head secretary、mayor、both</source>
        <translation>The same as --head secretary, mayor or both of reformdesk import on the command line</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="183"/>
        <source>党委书记（镇长为副职领导）</source>
        <translation>Party secretary (the mayor is a deputy leader)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="184"/>
        <source>镇长（党委书记为副职领导）</source>
        <translation>Mayor (the party secretary is a deputy leader)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="185"/>
        <source>党委书记和镇长均为负责人</source>
        <translation>Both party secretary and mayor are heads</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="196"/>
        <source>改革前层级按职务推定，可在“改革前层级”列双击修改。</source>
        <translation>The tier before the reform is proposed from the post title; double-click the “Tier before” column to change it.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="201"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="201"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="201"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="203"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="207"/>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="216"/>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="242"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="216"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="216"/>
        <source>核定编制</source>
        <translation>Authorised posts</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="216"/>
        <source>原有人数</source>
        <translation>Head count before</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="219"/>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="219"/>
        <source>姓名或名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="231"/>
        <source>人员 %1</source>
        <translation>People %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="232"/>
        <source>原科室站所 %1</source>
        <translation>Units %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="233"/>
        <source>无法读取 %1</source>
        <translation>Unreadable %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="238"/>
        <source>跳过无法读取的行，导入其余各行</source>
        <translation>Skip the unreadable rows and import the rest</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="266"/>
        <source>工作表“%1”：人员，表头在第 %2 行</source>
        <translation>Sheet “%1”: people, header on row %2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="268"/>
        <source>工作表“%1”：原科室站所，表头在第 %2 行</source>
        <translation>Sheet “%1”: units, header on row %2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="271"/>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="284"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="281"/>
        <source>花名册中没有党委书记或镇长：负责人请在“改革前层级”列指定。</source>
        <translation>The roster names no Party secretary or mayor: set the head in the “Tier before” column.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="283"/>
        <source>党委书记</source>
        <translation>Party secretary</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="283"/>
        <source>镇长</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="285"/>
        <source>%1（%2）为%3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="288"/>
        <source>主要负责人的读法：%1。</source>
        <translation>Main leaders read as: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="290"/>
        <source>无人读作负责人：请在上方“负责人”中选择由谁担任。</source>
        <translation> No one is read as the head: choose who is under “Head” above.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="300"/>
        <source>原科室站所：新增 %1 个，更新 %2 个。人员：新增 %3 人，更新 %4 人，无变化 %5 人。无法读取 %6 行。</source>
        <translation>Units: %1 added, %2 updated. People: %3 added, %4 updated, %5 unchanged. Unreadable rows: %6.</translation>
    </message>
</context>
<context>
    <name>RosterPeopleModel</name>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="51"/>
        <source>行</source>
        <extracomment>The raw value of a cell (a Tier in the tier column).</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="52"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="53"/>
        <source>工号</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="54"/>
        <source>原科室站所</source>
        <translation>Source units</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="55"/>
        <source>职务</source>
        <translation>Post title</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="56"/>
        <source>编制类型</source>
        <translation>Post type</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="57"/>
        <source>改革前层级</source>
        <translation>Tier before</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="58"/>
        <source>依据</source>
        <translation>Because</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="59"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="76"/>
        <source>%1为负责人</source>
        <translation>%1 is the head</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="77"/>
        <source>%1为副职领导</source>
        <translation>%1 is a deputy leader</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="78"/>
        <source>职务含“%1”</source>
        <translation>post title contains “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="79"/>
        <source>职务“%1”</source>
        <translation>post title “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="80"/>
        <source>列在领导班子中</source>
        <translation>listed among the leaders</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="81"/>
        <source>未填职务</source>
        <translation>no post title</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="82"/>
        <source>手工指定</source>
        <translation>chosen by hand</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="83"/>
        <source>方案中已有</source>
        <translation>already in the plan</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="86"/>
        <source>党委书记</source>
        <translation>party secretary</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="86"/>
        <source>镇长</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="106"/>
        <source>（镇领导）</source>
        <translation>(town leader)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="117"/>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="118"/>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/roster_import_dialog.py" line="118"/>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
</context>
<context>
    <name>SaveButtons</name>
    <message>
        <location filename="../../gui/save_buttons.py" line="17"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/save_buttons.py" line="18"/>
        <source>不保存(&amp;N)</source>
        <translation>Do&amp;n&apos;t save</translation>
    </message>
    <message>
        <location filename="../../gui/save_buttons.py" line="19"/>
        <source>取消(&amp;C)</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ServiceImportAction</name>
    <message>
        <location filename="../../gui/service_import_action.py" line="39"/>
        <source>导入审批服务事项</source>
        <translation>Import service items</translation>
    </message>
    <message>
        <location filename="../../gui/service_import_action.py" line="57"/>
        <source>跳过无法导入的行，导入其余各行</source>
        <translation>Skip the rows that cannot be imported and import the rest</translation>
    </message>
    <message>
        <location filename="../../gui/service_import_action.py" line="57"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../gui/views/service_view.py" line="122"/>
        <source>◆ 县级下放事项（关联下放的权力事项）；橙色：不在大厅办结（未进驻）</source>
        <extracomment>导入事项清单… was asked for (the main window&apos;s import action reads the file).</extracomment>
        <translation>◆ delegated by the county (linked to its power); orange: not handled through in the hall</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="129"/>
        <source>筛选事项（名称、编码、办理人）</source>
        <translation>Filter items (name, code, handler)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="133"/>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="138"/>
        <source>全部办理类型</source>
        <translation>All handling kinds</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="147"/>
        <source>目标窗口(&amp;W)</source>
        <translation>Target &amp;window</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="149"/>
        <location filename="../../gui/views/service_view.py" line="294"/>
        <source>移到窗口</source>
        <translation>Move to window</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="150"/>
        <source>把选中的事项移到目标窗口，或把选中的人员安排到目标窗口（Ctrl+M）</source>
        <translation>Move the selected items to the target window, or put the selected staff at its front desk (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="152"/>
        <location filename="../../gui/views/service_view.py" line="295"/>
        <source>新增窗口</source>
        <translation>Add window</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="154"/>
        <source>新增事项(&amp;A)…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="156"/>
        <source>新增一项审批服务事项，放入目标窗口（Ctrl+Insert）</source>
        <translation>Add a service item, into the target window (Ctrl+Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="158"/>
        <source>编辑事项(&amp;E)…</source>
        <translation>&amp;Edit item…</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="160"/>
        <source>修改所选事项的全部信息（在事项上按回车或双击）</source>
        <translation>Edit every field of the selected item (Enter or double-click on an item)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="163"/>
        <source>导入事项清单…</source>
        <translation>Import item list…</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="165"/>
        <source>从表格导入审批服务事项：按名称更新已有事项，县级下放事项关联其权力事项</source>
        <translation>Import service items from a spreadsheet: items already in the plan are updated by name; delegated items are linked to their powers</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="232"/>
        <source>事项</source>
        <extracomment>导入…: a button showing the one action (its text, its enabled state), not a copy of it.</extracomment>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="233"/>
        <source>办理类型</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="234"/>
        <source>承诺时限（工作日）</source>
        <translation>Time limit (working days)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="235"/>
        <source>年办件量</source>
        <translation>Cases per year</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="236"/>
        <source>后台办理人</source>
        <translation>Back office</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="237"/>
        <source>进驻</source>
        <translation>Handled in the hall</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="259"/>
        <source>窗口名称</source>
        <translation>Window name</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="260"/>
        <source>所属职能机构</source>
        <translation>Functional body</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="261"/>
        <source>窗口类型</source>
        <translation>Window type</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="262"/>
        <source>窗口配备方式</source>
        <translation>Window staffing</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="270"/>
        <source>工作人员（拖到窗口上安排前台）</source>
        <translation>Staff (drag onto a window for its front desk)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="274"/>
        <source>所选事项</source>
        <translation>Selected item</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="275"/>
        <source>目标窗口</source>
        <translation>Target window</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="296"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="298"/>
        <source>新增事项</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="41"/>
        <location filename="../../gui/views/service_view.py" line="320"/>
        <source>便民服务</source>
        <extracomment>The add or edit dialog open now (non-blocking), for tests and to keep one at a time.</extracomment>
        <translation>Service hall</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="343"/>
        <source>未进入窗口</source>
        <translation>In no window</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="349"/>
        <location filename="../../gui/views/service_view.py" line="577"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="352"/>
        <location filename="../../gui/views/service_view.py" line="476"/>
        <location filename="../../gui/views/service_view.py" line="562"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="361"/>
        <source>窗口 %1（已配备人员 %2）· 事项 %3（本镇 %4，县级下放 %5）· 进入窗口 %6 · 进驻率 %7 · 年办件量 %8</source>
        <translation>Windows %1 (%2 staffed) · items %3 (town %4, delegated %5) · in windows %6 · handled in the hall %7 · cases a year %8</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="483"/>
        <source>事项名称不能为空</source>
        <translation>The item needs a name</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="485"/>
        <source>已有名为“%1”的事项（同一事项不能进入两个窗口）</source>
        <translation>An item named “%1” already exists (one item cannot be in two windows)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="491"/>
        <source>前台受理人：（未进入窗口）</source>
        <translation>Front desk: (in no window)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="493"/>
        <source>（窗口未配备）</source>
        <translation>(window not staffed)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="494"/>
        <source>前台受理人：%1（由窗口的前台工作人员受理）</source>
        <translation>Front desk: %1 (the window&apos;s front-desk staff accept it)</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="516"/>
        <source>新增审批服务事项</source>
        <translation>Add service item</translation>
    </message>
    <message>
        <location filename="../../gui/views/service_view.py" line="539"/>
        <source>编辑事项：%1</source>
        <translation>Edit item: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="14"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="20"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="21"/>
        <source>更改界面语言后，重新启动程序才会生效。</source>
        <translation>A new language takes effect when the program is restarted.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../gui/models/labels.py" line="79"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="80"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>SharedActions</name>
    <message>
        <location filename="../../gui/shared_actions.py" line="101"/>
        <source>请填写方案库地址，如 postgresql://用户名@服务器/数据库</source>
        <extracomment>QSettings key of the last server URL typed in 打开共享方案…. A dialog or window was shown (open, not exec&apos;d).</extracomment>
        <translation>Enter the store address, e.g. postgresql://user@server/database</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="106"/>
        <source>不是共享方案库的地址：%1</source>
        <translation>Not the address of a shared plan store: %1</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="121"/>
        <source>方案历史</source>
        <translation>Plan history</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="121"/>
        <source>方案历史只在共享方案库中记录；请先打开共享方案。</source>
        <translation>Plan history is kept in shared plan stores only; open a shared plan first.</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="126"/>
        <source>无法读取方案历史</source>
        <translation>Cannot read the plan history</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="155"/>
        <source>导出方案历史</source>
        <extracomment>Tests replace this to answer the file dialog (Qt&apos;s is modal and native).</extracomment>
        <translation>Export plan history</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="171"/>
        <source>无法导出方案历史</source>
        <translation>Cannot export the plan history</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="177"/>
        <source>恢复为备选方案</source>
        <translation>Restore as alternative</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="178"/>
        <source>第%1版另存为共享方案库中的备选方案，名称：</source>
        <translation>Save revision %1 as an alternative in the shared store, named:</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="195"/>
        <source>共享方案库中已有方案“%1”，未覆盖</source>
        <translation>The shared store already holds a plan “%1”; not overwritten</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="200"/>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="212"/>
        <source>无法保存方案</source>
        <translation>Cannot save the plan</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="217"/>
        <source>他人已保存此方案</source>
        <translation>Someone else saved this plan</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="218"/>
        <source>%1 于 %2 保存了此方案（第%3版），您的保存未写入，您的修改仍在本窗口中。</source>
        <translation>%1 saved this plan at %2 (revision %3). Your save was not written; your changes are still in this window.</translation>
    </message>
    <message>
        <location filename="../../gui/shared_actions.py" line="226"/>
        <source>比较窗口左侧是您的版本，右侧是对方的版本：采纳需要的差异后再次保存，即以对方的版本为基础保存。</source>
        <translation>The compare window shows your version on the left and theirs on the right: adopt the differences you want, then save again; the save then builds on their version.</translation>
    </message>
</context>
<context>
    <name>SharedPlansDialog</name>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="37"/>
        <source>打开共享方案</source>
        <extracomment>The user asked for the server&apos;s plans (the URL typed).</extracomment>
        <translation>Open shared plan</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="41"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="45"/>
        <source>方案库：</source>
        <translation>Plan store:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="51"/>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="52"/>
        <source>乡镇</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="53"/>
        <source>编制人</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="54"/>
        <source>最后保存人</source>
        <translation>Last saved by</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="55"/>
        <source>保存时间</source>
        <translation>Saved at</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="56"/>
        <source>正在编辑</source>
        <translation>Being edited by</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="95"/>
        <source>共 %n 个方案</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/shared_plans_dialog.py" line="95"/>
        <source>方案库中还没有方案</source>
        <translation>The store holds no plans yet</translation>
    </message>
</context>
<context>
    <name>SheetImportAction</name>
    <message>
        <location filename="../../gui/sheet_import_action.py" line="60"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods)</source>
        <extracomment>A dialog or message was opened (tests drive it; nothing blocks). The dialog opened last (kept until the next one).</extracomment>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../gui/sheet_import_action.py" line="60"/>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/sheet_import_action.py" line="68"/>
        <source>方案是只读的，不能导入</source>
        <translation>The plan is read-only; nothing can be imported into it</translation>
    </message>
</context>
<context>
    <name>SheetKeys</name>
    <message>
        <location filename="../../gui/views/sheet_keys.py" line="333"/>
        <source>粘贴</source>
        <extracomment>A paste was refused: the reason, for the page to show (status bar or message).</extracomment>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../gui/views/sheet_keys.py" line="367"/>
        <source>方案为只读，不能粘贴</source>
        <translation>The plan is read-only: nothing can be pasted</translation>
    </message>
    <message>
        <location filename="../../gui/views/sheet_keys.py" line="370"/>
        <source>剪贴板中没有可粘贴的内容</source>
        <translation>The clipboard holds nothing to paste</translation>
    </message>
    <message>
        <location filename="../../gui/views/sheet_keys.py" line="373"/>
        <location filename="../../gui/views/sheet_keys.py" line="382"/>
        <source>请先选择要粘贴到的单元格</source>
        <translation>Select the cell to paste into first</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/sheet_keys.py" line="388"/>
        <source>粘贴的内容有 %n 行，超出了表格末尾</source>
        <translation>
            <numerusform>The pasted text has %n row: more than the table has below</numerusform>
            <numerusform>The pasted text has %n rows: more than the table has below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/sheet_keys.py" line="393"/>
        <source>粘贴的内容有 %n 列，超出了表格右边</source>
        <translation>
            <numerusform>The pasted text has %n column: more than the table has to the right</numerusform>
            <numerusform>The pasted text has %n columns: more than the table has to the right</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/sheet_keys.py" line="400"/>
        <source>“%1”的%2</source>
        <translation>%2 of “%1”</translation>
    </message>
    <message>
        <location filename="../../gui/views/sheet_keys.py" line="407"/>
        <location filename="../../gui/views/sheet_keys.py" line="412"/>
        <source>%1不能编辑，未粘贴任何内容</source>
        <translation>%1 cannot be edited; nothing was pasted</translation>
    </message>
    <message>
        <location filename="../../gui/views/sheet_keys.py" line="419"/>
        <source>“%1”不是%2可选的值，未粘贴任何内容</source>
        <translation>“%1” is not one of the values of %2; nothing was pasted</translation>
    </message>
</context>
<context>
    <name>StepsEditor</name>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="73"/>
        <source>添加(&amp;D)</source>
        <extracomment>Long texts: a text box instead of a line. Letters a 行使层级 box would like for its accelerator (its English name). The responsibility list of 两单融合: the dialog&apos;s right-hand group.</extracomment>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="74"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="75"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="76"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="77"/>
        <source>在选中的步骤后添加一步（Insert）</source>
        <translation>Add a step after the selected one (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="78"/>
        <source>删除选中的步骤（Delete）</source>
        <translation>Delete the selected step (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="79"/>
        <source>上移选中的步骤（Ctrl+↑）</source>
        <translation>Move the selected step up (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="80"/>
        <source>下移选中的步骤（Ctrl+↓）</source>
        <translation>Move the selected step down (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/catalogue_item_dialog.py" line="136"/>
        <source>新步骤</source>
        <translation>New step</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../gui/views/structure_view.py" line="587"/>
        <source>编辑所选原科室站所或人员（回车或双击；F2 直接改名）</source>
        <translation>Edit the selected unit or person (Enter or double-click; F2 renames in place)</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="600"/>
        <source>删除或移回未并入</source>
        <translation>Delete or move back to unplaced</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="550"/>
        <source>移入职能机构(&amp;M)…</source>
        <extracomment>Emitted with a dialog the page opened (tests drive it; nothing blocks). 导入花名册… was asked for (the window&apos;s roster import action does the file side).</extracomment>
        <translation>&amp;Move into functional body…</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="554"/>
        <source>移回未并入(&amp;N)</source>
        <translation>Return to u&amp;nplaced</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="556"/>
        <source>随原科室安排(&amp;F)</source>
        <translation>&amp;Follow their unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="558"/>
        <source>新增职能机构(&amp;B)</source>
        <translation>Add functional &amp;body</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="563"/>
        <source>重命名职能机构(&amp;R)</source>
        <translation>&amp;Rename functional body</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="567"/>
        <source>删除职能机构(&amp;D)</source>
        <translation>&amp;Delete functional body</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="580"/>
        <source>新增原科室站所(&amp;U)…</source>
        <translation>Add &amp;unit…</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="583"/>
        <source>新增人员(&amp;P)…</source>
        <translation>Add &amp;person…</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="586"/>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="589"/>
        <source>删除原科室站所或人员(&amp;D)</source>
        <translation>&amp;Delete unit or person</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="609"/>
        <source>导入花名册(&amp;R)…</source>
        <translation>Import &amp;roster…</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="610"/>
        <source>从花名册导入原科室站所和人员</source>
        <translation>Import units and people from a roster</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="623"/>
        <source>查找：机构、科室站所或人员的名称、工号、拼音首字母</source>
        <translation>Find: name or staff ID of a body, unit or person, or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="635"/>
        <source>改革前：原科室、站所</source>
        <translation>Before: source units</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="636"/>
        <source>改革后：职能机构（拖入原科室、人员或权限事项）</source>
        <translation>After: functional bodies (drop units, people or powers here)</translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="38"/>
        <location filename="../../gui/views/structure_view.py" line="661"/>
        <source>机构设置</source>
        <extracomment>(key, &quot;module:Class&quot;) of each page, in tab order. key -&gt; (translation context, source text) of each page&apos;s tab title: the page&apos;s own ``page_title()``, readable before the page is built.</extracomment>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="683"/>
        <source>未找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="789"/>
        <source>新职能机构</source>
        <translation>New body</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="792"/>
        <source>新职能机构%1</source>
        <translation>New body %1</translation>
    </message>
</context>
<context>
    <name>StructureTree</name>
    <message>
        <location filename="../../gui/views/structure_view.py" line="91"/>
        <source>全部展开(&amp;X)</source>
        <extracomment>Qt&apos;s QFIXED_MAX, the line width of an item measured without wrapping.</extracomment>
        <translation>E&amp;xpand all</translation>
    </message>
    <message>
        <location filename="../../gui/views/structure_view.py" line="93"/>
        <source>全部折叠(&amp;C)</source>
        <translation>&amp;Collapse all</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="68"/>
        <source>新增实施主体</source>
        <extracomment>Column widths of the item table (pixels) by field; the rest keep the default.</extracomment>
        <translation>New implementing subject</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="68"/>
        <source>修改实施主体</source>
        <translation>Change implementing subject</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="70"/>
        <source>如：县市场监督管理局、桥头镇</source>
        <translation>e.g. county market regulation bureau, Qiaotou town</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="79"/>
        <source>名称(&amp;N)：</source>
        <extracomment>The kind follows the name (镇, 乡, 街道: a township) until the user picks one.</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue_page.py" line="80"/>
        <source>类别(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="44"/>
        <source>部门</source>
        <extracomment>The entity a row shows: (CatalogueKind, id), or None (the 全部 row). internalId of a main item&apos;s row; a sub-item&apos;s is its main item&apos;s row + 1.</extracomment>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="45"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
</context>
<context>
    <name>SubjectsModel</name>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="139"/>
        <source>事项</source>
        <extracomment>Fields the item table leaves out: the tree shows the main item, and 备注 goes in the dialog. The item table&apos;s columns: the registry&apos;s fields, in its order. Fields the filter box searches. item id → its subject when counted: a field edit recounts only when one moved.</extracomment>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../gui/models/catalogue_models.py" line="159"/>
        <source>全部实施主体</source>
        <translation>All implementing subjects</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <location filename="../../gui/models/labels.py" line="40"/>
        <source>负责人</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="41"/>
        <source>副职领导</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="42"/>
        <source>科室长</source>
        <translation>Section chief</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="43"/>
        <source>分管副职</source>
        <translation>Deputy in charge</translation>
    </message>
    <message>
        <location filename="../../gui/models/labels.py" line="44"/>
        <source>干部</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>TierCharts</name>
    <message numerus="yes">
        <location filename="../../gui/views/tier_charts.py" line="63"/>
        <source>改革前：四级管理（%n人）</source>
        <translation>
            <numerusform>Before: four tiers (%n person)</numerusform>
            <numerusform>Before: four tiers (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/tier_charts.py" line="64"/>
        <source>改革后：三级管理（%n人）</source>
        <translation>
            <numerusform>After: three tiers (%n person)</numerusform>
            <numerusform>After: three tiers (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="205"/>
        <source>各职能机构领导人数（改革前后）与领导职数</source>
        <extracomment>vertical reference lines: (value, label, colour)</extracomment>
        <translation>Leaders per functional body (before and after) and leadership posts</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="207"/>
        <source>改革前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="208"/>
        <source>改革后</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="210"/>
        <source>领导职数</source>
        <translation>Leadership posts</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="213"/>
        <source>各职能机构人数与编制数</source>
        <translation>People and authorized posts per functional body</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="215"/>
        <source>在岗人数</source>
        <translation>People placed</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="216"/>
        <location filename="../../gui/views/tier_charts.py" line="239"/>
        <source>偏忙</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="217"/>
        <location filename="../../gui/views/tier_charts.py" line="240"/>
        <source>偏闲</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="219"/>
        <source>编制数</source>
        <translation>Authorized posts</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="236"/>
        <source>分管副职管理幅度（分管人数）</source>
        <translation>Span of each deputy in charge (people led)</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="238"/>
        <source>均衡</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="246"/>
        <source>%1（%2个机构）</source>
        <translation>%1 (bodies: %2)</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="254"/>
        <source>平均%1</source>
        <translation>Mean %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="255"/>
        <source>偏忙线</source>
        <translation>Busy line</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="256"/>
        <source>偏闲线</source>
        <translation>Idle line</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="264"/>
        <source>忙闲不均判定：分管人数高于平均数的%1倍为偏忙、低于%2倍为偏闲（分管副职平均分管%3人）；</source>
        <translation>Uneven load: a deputy leading more than %1× the mean is busy, fewer than %2× idle (people led per deputy in charge, mean: %3); </translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="271"/>
        <source>职能机构按人数/编制数的比值同样判定（平均%1%）。</source>
        <translation>bodies are judged alike by people per authorized post (mean %1%).</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="277"/>
        <source> 偏忙：%1。</source>
        <translation> Busy: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="279"/>
        <source> 偏闲：%1。</source>
        <translation> Idle: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_charts.py" line="281"/>
        <source> 目前无忙闲不均。</source>
        <translation> No uneven load at present.</translation>
    </message>
</context>
<context>
    <name>TierEdits</name>
    <message>
        <location filename="../../gui/models/people_model.py" line="352"/>
        <location filename="../../gui/models/people_model.py" line="483"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="346"/>
        <source>（随原科室）</source>
        <translation>(with their unit)</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="339"/>
        <source>（无原科室）</source>
        <extracomment>A list of (label, value) an editor offers for a cell. The raw value of a cell (a Tier, an id or None), for editors and tests. The entity id of the row. Filter value meaning &quot;no body&quot; / &quot;no unit&quot;. Column titles: a registry field (titled by its label, as every table of that kind) or, for a figure the model computes, a source text of the model&apos;s own context. Cells edited with a combo of choices (ChoicesRole) … … and cells edited as text.</extracomment>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="348"/>
        <source>（随原科室：%1）</source>
        <translation>(with their unit: %1)</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="355"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="379"/>
        <source>随原科室并入</source>
        <translation>Placed with their unit</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="512"/>
        <source>未核定编制数</source>
        <translation>No authorized posts set</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="514"/>
        <source>负荷 %1%（各机构平均 %2%）</source>
        <translation>Load %1% (mean of all bodies %2%)</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="653"/>
        <source>偏忙</source>
        <translation>busy</translation>
    </message>
    <message>
        <location filename="../../gui/models/people_model.py" line="655"/>
        <source>偏闲</source>
        <translation>idle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/people_model.py" line="657"/>
        <source>%1：分管%n人，平均%3人</source>
        <translation>
            <numerusform>%1: leads %n person, mean %3</numerusform>
            <numerusform>%1: leads %n people, mean %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierPage</name>
    <message>
        <location filename="../../gui/views/tier_view.py" line="102"/>
        <source>转为三级管理</source>
        <extracomment>Emitted with a dialog the page opened (tests drive it; nothing blocks).</extracomment>
        <translation>Convert to three tiers</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="105"/>
        <source>科室长转为所在职能机构的干部；副职领导转为其原分管科室所并入机构的分管副职；干部向本机构分管副职报告。可撤销。</source>
        <translation>Section chiefs become staff of their body; deputy leaders become deputies in charge of the bodies their units merged into; staff report to their body&apos;s deputy in charge. Undoable.</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="113"/>
        <source>按姓名或工号搜索</source>
        <translation>Name or staff ID</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="132"/>
        <source>职能机构</source>
        <translation>Functional body</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="133"/>
        <source>新层级</source>
        <translation>New tier</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="134"/>
        <source>原科室</source>
        <translation>Source unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="140"/>
        <location filename="../../gui/views/tier_view.py" line="173"/>
        <source>新增人员…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="141"/>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="142"/>
        <location filename="../../gui/views/tier_view.py" line="176"/>
        <source>删除人员</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="200"/>
        <source>&lt;b&gt;分管副职&lt;/b&gt;（拖入人员：改为向其报告；拖入职能机构：由其分管）</source>
        <translation>&lt;b&gt;Deputies in charge&lt;/b&gt; (drop people: they report to the deputy; drop bodies: the deputy leads them)</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="205"/>
        <source>&lt;b&gt;职能机构&lt;/b&gt;（拖入分管副职：由其分管；拖入其他人员：调入该机构；双击“分管副职”可选择）</source>
        <translation>&lt;b&gt;Bodies&lt;/b&gt; (drop a deputy: they lead it; drop other people: moved into it; double-click &quot;deputy in charge&quot; to choose)</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="228"/>
        <source>人员与分管</source>
        <translation>People and deputies</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="229"/>
        <source>改革前后对比</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="230"/>
        <source>组织架构图</source>
        <translation>Organization chart</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/tier_view.py" line="390"/>
        <source>%1/%n人</source>
        <translation>
            <numerusform>%1/%n person</numerusform>
            <numerusform>%1/%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/pages.py" line="39"/>
        <location filename="../../gui/views/tier_view.py" line="274"/>
        <source>管理层级</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="303"/>
        <source>已是三级管理，无需调整。</source>
        <translation>Already three tiers; nothing to change.</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="309"/>
        <source>已转为三级管理：调整%1人，为%2个职能机构指定分管副职。</source>
        <translation>Converted to three tiers: people changed: %1; bodies given a deputy in charge: %2.</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="312"/>
        <source>以下机构尚无分管副职，请拖入或选择：%1</source>
        <translation>These bodies have no deputy in charge yet; drop or choose one: %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="313"/>
        <source>（可撤销）</source>
        <translation>(undoable)</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="347"/>
        <location filename="../../gui/views/tier_view.py" line="353"/>
        <location filename="../../gui/views/tier_view.py" line="358"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="349"/>
        <source>（未安排）</source>
        <translation>(unplaced)</translation>
    </message>
    <message>
        <location filename="../../gui/views/tier_view.py" line="360"/>
        <source>（无原科室）</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="127"/>
        <source>编辑原科室站所</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="127"/>
        <source>新增原科室站所</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="139"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="140"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="141"/>
        <source>编制类型</source>
        <translation>Post type</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="142"/>
        <source>核定编制</source>
        <translation>Authorised posts</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="143"/>
        <source>原有人数</source>
        <translation>Head count before</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="153"/>
        <source>名称不能为空</source>
        <translation>The name cannot be empty</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/entity_dialogs.py" line="153"/>
        <source>已有名为“%1”的原科室站所</source>
        <translation>There already is a unit named “%1”</translation>
    </message>
</context>
<context>
    <name>VillagesModel</name>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="249"/>
        <source>乡镇</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="250"/>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="251"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="252"/>
        <source>执法服务站</source>
        <translation>Enforcement station</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="253"/>
        <source>网格员</source>
        <translation>Grid workers</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="254"/>
        <source>协管员</source>
        <translation>Assistants</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="255"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="303"/>
        <source>（未设）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>WindowCard</name>
    <message>
        <location filename="../../gui/views/service_view.py" line="94"/>
        <source>未进入窗口</source>
        <extracomment>The service item&apos;s form (新增事项 / 编辑事项): its registry fields but the list order (序号). Cards per row.</extracomment>
        <translation>In no window</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <location filename="../../gui/window_title.py" line="16"/>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/window_title.py" line="17"/>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../gui/window_title.py" line="18"/>
        <source>改革方案编制助手</source>
        <translation>ReformDesk</translation>
    </message>
</context>
<context>
    <name>ZoneTreeModel</name>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="145"/>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="151"/>
        <source>%1 个乡镇 · %2 名执法人员</source>
        <translation>townships: %1 · officers: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/enforcement_models.py" line="160"/>
        <source>%n 个村（社区）</source>
        <translation>
            <numerusform>%n village or community</numerusform>
            <numerusform>%n villages and communities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="164"/>
        <source>持证</source>
        <translation>certified</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="164"/>
        <source>无有效执法证</source>
        <translation>no valid certificate</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="169"/>
        <source>片区 / 乡镇 / 执法人员</source>
        <translation>Zone / township / officer</translation>
    </message>
    <message>
        <location filename="../../gui/models/enforcement_models.py" line="169"/>
        <source>情况</source>
        <translation>Details</translation>
    </message>
</context>
</TS>
