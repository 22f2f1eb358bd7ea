<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="17"/>
        <source>ComparisonLabels</source>
        <comment>新增</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="18"/>
        <source>ComparisonLabels</source>
        <comment>删除</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="19"/>
        <source>ComparisonLabels</source>
        <comment>移动</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="20"/>
        <source>ComparisonLabels</source>
        <comment>变更</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="27"/>
        <source>ComparisonLabels</source>
        <comment>方案设置</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="28"/>
        <source>ComparisonLabels</source>
        <comment>职能机构</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="29"/>
        <source>ComparisonLabels</source>
        <comment>原科室</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="30"/>
        <source>ComparisonLabels</source>
        <comment>人员</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="31"/>
        <source>ComparisonLabels</source>
        <comment>权力事项</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="38"/>
        <source>ComparisonLabels</source>
        <comment>按标识匹配（备选方案）</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/labels.py" line="39"/>
        <source>ComparisonLabels</source>
        <comment>按编码、名称、工号匹配（分别编制）</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyPanel</name>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="95"/>
        <source>职能机构属性</source>
        <translation>Body properties</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="106"/>
        <source>合署办公：一个机构、一支队伍、多个场所。双击修改场所名称。</source>
        <translation>Co-located office: one body, one team, several sites. Double-click a site to rename it.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="107"/>
        <source>添加场所</source>
        <translation>Add site</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="108"/>
        <source>删除场所</source>
        <translation>Remove site</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="112"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="113"/>
        <source>编制数</source>
        <translation>Authorized posts</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="114"/>
        <source>领导职数</source>
        <translation>Leadership posts</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="115"/>
        <source>在岗</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="116"/>
        <source>办公场所</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="166"/>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="182"/>
        <source>编制数改为 %1</source>
        <translation>Authorized posts to %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="188"/>
        <source>领导职数改为 %1</source>
        <translation>Leadership posts to %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="199"/>
        <source>修改办公场所</source>
        <translation>Edit sites</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="207"/>
        <source>新场所</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="210"/>
        <source>新场所%1</source>
        <translation>New site %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="212"/>
        <source>添加办公场所</source>
        <translation>Add site</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="226"/>
        <source>删除办公场所</source>
        <translation>Remove site</translation>
    </message>
</context>
<context>
    <name>BodyPickerDialog</name>
    <message>
        <location filename="../../reformdesk/gui/dialogs/body_picker.py" line="20"/>
        <source>移入职能机构</source>
        <extracomment>Item data marking the &quot;未并入&quot; choice (a body id is never empty).</extracomment>
        <translation>Move into body</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/body_picker.py" line="22"/>
        <source>将所选 %1 项移入：</source>
        <translation>Move the %1 selected items into:</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/body_picker.py" line="29"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
</context>
<context>
    <name>CompareTreeModel</name>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="198"/>
        <source>方案一</source>
        <extracomment>Columns of one side, and how many there are. Background per action; the 差异 column always says it in words too. Custom roles. Per side: the actions shown (&quot;&quot; side empty = placeholder). Per side, for a placeholder that is half of a move: where the entity is in that plan. Per side: rows below this one that show a difference (so a collapsed body still says so).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="198"/>
        <source>方案二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="244"/>
        <source>编制%1 · 在岗%2 · 事项%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="254"/>
        <source>（移至 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="254"/>
        <source>（原在 %1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="349"/>
        <source>差异</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="349"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="372"/>
        <source>（下级%1处）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="393"/>
        <source>未安排职能机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/compare_tree_model.py" line="411"/>
        <source>原有%1人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="90"/>
        <source>采纳到方案一</source>
        <extracomment>How long the comparison waits after an edit of the left plan before it is recomputed. The comparison was (re)computed and every part of the window shows it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="91"/>
        <source>把选中的差异按方案二改入方案一（可撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="93"/>
        <source>撤销</source>
        <translation type="unfinished">Undo</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="95"/>
        <source>重做</source>
        <translation type="unfinished">Redo</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="97"/>
        <source>导出Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="99"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="105"/>
        <source>比较</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="147"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="151"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="155"/>
        <source>筛选：名称、编码、工号或内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="158"/>
        <source>差异列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="204"/>
        <source>关键数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="270"/>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="448"/>
        <source>方案一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="271"/>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="449"/>
        <source>方案二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="273"/>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="386"/>
        <source>方案一：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="273"/>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="387"/>
        <source>方案二：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="303"/>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="304"/>
        <source>未保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="305"/>
        <source>左：%1（%2）    右：%3（%4）    匹配方式：%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="309"/>
        <source>比较方案 — %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="311"/>
        <source>两个方案没有差异。</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reformdesk/gui/views/compare_view.py" line="315"/>
        <source>共 %n 项差异</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="321"/>
        <source>显示 %1 / %2 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="331"/>
        <source>方案一为只读，不能采纳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="376"/>
        <source>选择一项差异，在两个方案中查看它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="391"/>
        <source>方案一：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="391"/>
        <source>方案二：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="394"/>
        <source>无此事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="398"/>
        <source>%1（%2，%3）承接机构：%4；承接时限：%5；责任人：%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="403"/>
        <source>未确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="404"/>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="405"/>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../reformdesk/gui/views/compare_view.py" line="432"/>
        <source>采纳 %n 项差异</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="451"/>
        <source>方案比较_%1_%2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="452"/>
        <source>导出方案比较</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="452"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="474"/>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="475"/>
        <source>无法写入 %1：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/compare_view.py" line="482"/>
        <source>已导出到 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="39"/>
        <source>操作</source>
        <extracomment>The Difference of a row (DiffModel).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="40"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="41"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="42"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="43"/>
        <source>方案一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="44"/>
        <source>方案二</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="192"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="192"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="192"/>
        <source>方案一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="192"/>
        <source>方案二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/diff_model.py" line="192"/>
        <source>差异</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="78"/>
        <source>自动保存失败：%1</source>
        <extracomment>A question or message was shown (the box is open, not exec&apos;d). A recovery file was written.</extracomment>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="113"/>
        <source>保存更改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="114"/>
        <source>方案“%1”有未保存的更改。</source>
        <translation>The plan &quot;%1&quot; has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="114"/>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="115"/>
        <source>关闭前要保存吗？</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="137"/>
        <source>新方案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="144"/>
        <source>打开方案</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="144"/>
        <location filename="../../reformdesk/gui/file_actions.py" line="339"/>
        <source>改革方案 (*%1)</source>
        <extracomment>Tests replace this to answer file dialogs (Qt&apos;s file dialog is modal and native).</extracomment>
        <translation>Reform plans (*%1)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="157"/>
        <source>无法打开方案</source>
        <translation>Cannot open the plan</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="173"/>
        <source>此方案已在本程序的另一个窗口中打开，本窗口只读。</source>
        <translation>This plan is open in another window of this program; this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="176"/>
        <source>此方案已由 %1 在 %2 上打开（进程 %3，自 %4 起），本窗口只读。</source>
        <translation>This plan is open by %1 on %2 (process %3, since %4); this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="210"/>
        <source>无法恢复方案</source>
        <translation>Cannot restore the plan</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="228"/>
        <source>恢复自动保存的内容</source>
        <translation>Restore autosaved work</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="259"/>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="275"/>
        <location filename="../../reformdesk/gui/file_actions.py" line="319"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="275"/>
        <source>本窗口只读。</source>
        <translation>this window is read-only.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="283"/>
        <location filename="../../reformdesk/gui/file_actions.py" line="325"/>
        <source>无法保存方案</source>
        <translation>Cannot save the plan</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="293"/>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="299"/>
        <location filename="../../reformdesk/gui/file_actions.py" line="306"/>
        <source>另存为备选方案</source>
        <translation>Save as alternative</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="300"/>
        <source>备选方案名称：</source>
        <translation>Name of the alternative:</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/file_actions.py" line="330"/>
        <source>备选方案已保存到 %1</source>
        <translation>Alternative saved to %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="42"/>
        <source>新方案</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="69"/>
        <source>没有可显示的页面。</source>
        <translation>No pages to show.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="77"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="80"/>
        <source>&lt;打开时的状态&gt;</source>
        <translation>&lt;as opened&gt;</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="82"/>
        <source>操作历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="127"/>
        <source>新建空白方案</source>
        <translation>New empty plan</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="129"/>
        <source>从桥头镇六机构模板新建</source>
        <translation>New from the Qiaotou six-body template</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="130"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="131"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="133"/>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="135"/>
        <source>另存为备选方案…</source>
        <translation>Save as Alternative…</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="136"/>
        <source>关闭方案</source>
        <translation>Close plan</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="137"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="138"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="141"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="144"/>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="145"/>
        <location filename="../../reformdesk/gui/main_window.py" line="249"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="149"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="151"/>
        <source>最近打开</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="158"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="160"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="162"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="164"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="167"/>
        <source>主工具栏</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="190"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="195"/>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="196"/>
        <source>%1[*] - 改革方案编制助手</source>
        <translation>%1[*] - ReformDesk</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="198"/>
        <source>%1（只读）</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="218"/>
        <source>原科室已并入 %1/%2</source>
        <translation>Units placed %1/%2</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="221"/>
        <source>人员已安排 %1/%2</source>
        <translation>People placed %1/%2</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="224"/>
        <source>问题 %1（错误 %2）</source>
        <translation>Problems %1 (errors %2)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/main_window.py" line="250"/>
        <source>改革方案编制助手 ReformDesk
为县委编办编制乡镇行政管理体制改革方案。</source>
        <translation>ReformDesk
Drafting town institutional-reform plans for county organization offices.</translation>
    </message>
</context>
<context>
    <name>NewStructureModel</name>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="430"/>
        <source>职能机构</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="430"/>
        <source>人员 · 领导</source>
        <translation>People · leaders</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="494"/>
        <source>%1/%2 人 · 领导 %3/%4</source>
        <translation>%1/%2 people · leaders %3/%4</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="506"/>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="509"/>
        <source>（单独安排）</source>
        <translation> (placed individually)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="513"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="515"/>
        <source>%1 项</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="527"/>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="529"/>
        <source>编制数 %1，领导职数 %2；办公场所：%3</source>
        <translation>Authorized posts %1, leadership posts %2; sites: %3</translation>
    </message>
</context>
<context>
    <name>OldStructureModel</name>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="343"/>
        <source>原科室、站所</source>
        <extracomment>Role returning (kind, id) of a row.</extracomment>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="343"/>
        <source>并入</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="368"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="374"/>
        <source>单独安排到 %1</source>
        <translation>Placed individually in %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/structure_model.py" line="377"/>
        <source>无原科室人员</source>
        <translation>People without a unit</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="379"/>
        <source>放大</source>
        <extracomment>Pseudo ids for the groups that have no real entity. body id → True (collapsed) / False (expanded), overriding AUTO_COLLAPSE.</extracomment>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="380"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="381"/>
        <source>适应窗口</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="382"/>
        <source>全部展开</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="383"/>
        <source>全部折叠</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="384"/>
        <source>导出PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="385"/>
        <source>导出SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="392"/>
        <source>Ctrl+滚轮缩放；双击职能机构展开或折叠其人员</source>
        <translation>Ctrl+wheel zooms; double-click a body to expand or collapse its people</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="415"/>
        <location filename="../../reformdesk/gui/views/org_chart.py" line="420"/>
        <source>导出组织架构图</source>
        <translation>Export organization chart</translation>
    </message>
</context>
<context>
    <name>PowerBulkDialog</name>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_bulk_dialog.py" line="39"/>
        <source>批量设置事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_bulk_dialog.py" line="43"/>
        <source>为选中的 %1 项事项设置：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_bulk_dialog.py" line="47"/>
        <source>承接机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_bulk_dialog.py" line="49"/>
        <source>承接时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_bulk_dialog.py" line="52"/>
        <source>责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_bulk_dialog.py" line="54"/>
        <source>下放方式</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerDelegate</name>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="111"/>
        <source>（同主项）</source>
        <extracomment>Delay between the last keystroke and the filter (typing stays smooth). Widths the columns start with (characters of CJK text ≈ 14 px each).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerEditDialog</name>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="49"/>
        <source>编辑事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="51"/>
        <source>添加子项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="53"/>
        <source>添加事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="58"/>
        <source>所属主项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="77"/>
        <source>（同主项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="86"/>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="87"/>
        <source>事项编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="88"/>
        <source>事项名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="89"/>
        <source>事项类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="90"/>
        <source>实施依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="91"/>
        <source>原实施部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="92"/>
        <source>下放方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="93"/>
        <source>承接机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="94"/>
        <source>承接时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="95"/>
        <source>责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="96"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="125"/>
        <source>事项编码和事项名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_edit_dialog.py" line="128"/>
        <source>事项编码 %1 已被其他事项使用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerImportDialog</name>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="60"/>
        <source>导入权力清单：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="62"/>
        <source>工作表“%1”，表头在第 %2 行。新增 %3 项，更新 %4 项，无变化 %5 项，无法读取 %6 行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="79"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="79"/>
        <source>事项编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="79"/>
        <source>事项名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="82"/>
        <source>变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="95"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="99"/>
        <source>新增 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="100"/>
        <source>更新 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="101"/>
        <source>无法读取 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="114"/>
        <source>跳过无法读取的行，导入其余各行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/power_import_dialog.py" line="118"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowersPage</name>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="157"/>
        <source>查找：事项名称、编码、实施依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="159"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="167"/>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="170"/>
        <source>清除筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="181"/>
        <source>添加事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="182"/>
        <source>添加子项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="183"/>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="184"/>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="187"/>
        <source>批量设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="188"/>
        <source>选择全部筛选结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="189"/>
        <source>导入权力清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="286"/>
        <source>权限承接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="346"/>
        <source>全部部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="349"/>
        <source>全部承接机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="349"/>
        <source>（未分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="399"/>
        <source>批量设置%1（%2项事项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="441"/>
        <source>添加事项 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="459"/>
        <source>编辑事项 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="471"/>
        <source>删除事项 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="473"/>
        <source>删除%1项事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="478"/>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="515"/>
        <source>导入权力清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="480"/>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="480"/>
        <source>所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="509"/>
        <source>有 %1 行无法读取，未导入任何内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="511"/>
        <source>导入权力清单 %1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="573"/>
        <source>各承接机构：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="573"/>
        <source>（尚无职能机构）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="585"/>
        <source>已分配 %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="587"/>
        <source>未分配 %1&#x3000;信息不全 %2&#x3000;已完成 %3&#x3000;已逾期 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="593"/>
        <source>显示 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/powers_view.py" line="596"/>
        <source>已选 %1 项</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../reformdesk/gui/models/problems_model.py" line="84"/>
        <source>级别</source>
        <extracomment>Role returning (document kind, entity id) of a problem&apos;s entity, or None. Validation&apos;s entity kinds → document kinds. Emitted after each refresh with (errors, warnings).</extracomment>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/problems_model.py" line="84"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/problems_model.py" line="94"/>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/models/problems_model.py" line="94"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../reformdesk/gui/dialogs/recovery_dialog.py" line="30"/>
        <source>恢复未保存的方案</source>
        <extracomment>done() codes beside Accepted (restore) and Rejected (later).</extracomment>
        <translation>Restore unsaved plans</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/recovery_dialog.py" line="32"/>
        <source>上次程序意外退出，以下方案有自动保存的未保存内容。要恢复吗？</source>
        <translation>The program did not exit normally last time. These plans have autosaved unsaved work. Restore?</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/recovery_dialog.py" line="38"/>
        <source>（从未保存过的新方案）</source>
        <translation>(a new plan, never saved)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/recovery_dialog.py" line="39"/>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/recovery_dialog.py" line="41"/>
        <source>%1 — 自动保存于 %2
%3</source>
        <translation>%1 — autosaved %2
%3</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/recovery_dialog.py" line="49"/>
        <source>恢复所选</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/recovery_dialog.py" line="51"/>
        <source>全部丢弃</source>
        <translation>Discard all</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/recovery_dialog.py" line="53"/>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reformdesk/gui/dialogs/settings_dialog.py" line="14"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/settings_dialog.py" line="20"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/dialogs/settings_dialog.py" line="21"/>
        <source>更改界面语言后，重新启动程序才会生效。</source>
        <translation>A new language takes effect when the program is restarted.</translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="28"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="41"/>
        <source>移入 %1</source>
        <translation>Move into %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="43"/>
        <source>移回未并入</source>
        <translation>Return to unplaced</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="58"/>
        <source>随原科室安排</source>
        <translation>Follow their unit</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="60"/>
        <source>安排人员到 %1</source>
        <translation>Place people in %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="74"/>
        <source>由 %1 承接</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="83"/>
        <source>新增职能机构 %1</source>
        <translation>Add body %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="109"/>
        <source>重命名 %1 为 %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="126"/>
        <location filename="../../reformdesk/gui/structure_edits.py" line="136"/>
        <source>删除职能机构 %1</source>
        <translation>Remove body %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/structure_edits.py" line="132"/>
        <source>清除承接机构</source>
        <translation>Clear receiving body</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="245"/>
        <source>移入职能机构…</source>
        <extracomment>Emitted with a dialog the page opened (tests drive it; nothing blocks).</extracomment>
        <translation>Move into Body…</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="249"/>
        <source>移回未并入</source>
        <translation>Return to unplaced</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="251"/>
        <source>随原科室安排</source>
        <translation>Follow their unit</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="253"/>
        <source>新增职能机构</source>
        <translation>Add body</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="255"/>
        <source>重命名职能机构</source>
        <translation>Rename body</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="259"/>
        <source>删除职能机构</source>
        <translation>Remove body</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="269"/>
        <source>改革前：原科室、站所</source>
        <translation>Before: units</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="270"/>
        <source>改革后：职能机构（拖入原科室、人员或权限事项）</source>
        <translation>After: functional bodies (drop units, people or powers here)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="290"/>
        <source>机构设置</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="364"/>
        <source>未并入</source>
        <translation>Unplaced</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="390"/>
        <source>新职能机构</source>
        <translation>New body</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/structure_view.py" line="393"/>
        <source>新职能机构%1</source>
        <translation>New body %1</translation>
    </message>
</context>
<context>
    <name>TierPage</name>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="88"/>
        <source>转为三级管理</source>
        <translation>Convert to three tiers</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="91"/>
        <source>科室长转为所在职能机构的干部；副职领导转为其原分管科室所并入机构的分管副职；干部向本机构分管副职报告。可撤销。</source>
        <translation>Section chiefs become staff of their body; deputy leaders become deputies in charge of the bodies their units merged into; staff report to their body&apos;s deputy in charge. Undoable.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="99"/>
        <source>按姓名或工号搜索</source>
        <translation>Search by name or staff id</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="112"/>
        <source>职能机构</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="113"/>
        <source>新层级</source>
        <translation>New tier</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="114"/>
        <source>原科室</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="152"/>
        <source>&lt;b&gt;分管副职&lt;/b&gt;（拖入人员：改为向其报告；拖入职能机构：由其分管）</source>
        <translation>&lt;b&gt;Deputies in charge&lt;/b&gt; (drop people: they report to the deputy; drop bodies: the deputy leads them)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="157"/>
        <source>&lt;b&gt;职能机构&lt;/b&gt;（拖入分管副职：由其分管；拖入其他人员：调入该机构；双击“分管副职”可选择）</source>
        <translation>&lt;b&gt;Bodies&lt;/b&gt; (drop a deputy: they lead it; drop other people: moved into it; double-click &quot;deputy in charge&quot; to choose)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="180"/>
        <source>人员与分管</source>
        <translation>People and deputies</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="181"/>
        <source>改革前后对比</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="182"/>
        <source>组织架构图</source>
        <translation>Organization chart</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="223"/>
        <source>管理层级</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="247"/>
        <source>已是三级管理，无需调整。</source>
        <translation>Already three tiers; nothing to change.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="252"/>
        <source>已转为三级管理：调整%1人，为%2个职能机构指定分管副职。</source>
        <translation>Converted to three tiers: %1 people changed, deputies assigned to %2 bodies.</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="255"/>
        <source>以下机构尚无分管副职，请拖入或选择：%1</source>
        <translation>These bodies have no deputy in charge yet; drop or choose one: %1</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="256"/>
        <source>（可撤销）</source>
        <translation>(undoable)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="280"/>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="286"/>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="291"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="282"/>
        <source>（未安排）</source>
        <translation>(unplaced)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="293"/>
        <source>（无原科室）</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../../reformdesk/gui/views/tier_view.py" line="323"/>
        <source>%1/%2人</source>
        <translation>%1/%2 people</translation>
    </message>
</context>
</TS>
