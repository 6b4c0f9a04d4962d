<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../views/editors/ChoiceDelegate.cpp" line="+15"/>
        <source>Whole year</source>
        <translation>通年</translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <location filename="../models/commands/ItemCommands.cpp" line="+9"/>
        <source>Remove reference</source>
        <translation>参照を削除</translation>
    </message>
</context>
<context>
    <name>ItemEditorFactory</name>
    <message>
        <location filename="../views/editors/ItemEditorFactory.cpp" line="+81"/>
        <location line="+38"/>
        <location line="+14"/>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <location line="+22"/>
        <location line="+58"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Organisation</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First fiscal year</source>
        <translation>開始年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last fiscal year</source>
        <translation>終了年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vision</source>
        <translation>基本理念</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>目指す姿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position among other plans</source>
        <translation>計画の位置付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theme</source>
        <translation>取組テーマ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+54"/>
        <source>Principles</source>
        <translation>基本原則</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+54"/>
        <source>Change principles</source>
        <translation>基本原則を変更</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Future candidates (one per line)</source>
        <translation>今後検討が必要となるもの(1行に1件)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit future candidates</source>
        <translation>今後検討が必要となるものを編集</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measure</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change audience</source>
        <translation>対象を変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change status</source>
        <translation>進捗を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All departments</source>
        <translation>全課</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Change departments</source>
        <translation>関係課を変更</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expected effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule</source>
        <translation>目標年度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Principle</source>
        <translation>基本原則</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Role</source>
        <translation>推進体制の役割</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Department</source>
        <translation>課</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Glossary entry</source>
        <translation>用語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kana row</source>
        <translation>五十音行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>解説</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit number</source>
        <translation>番号を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current system</source>
        <translation>現行システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owning department</source>
        <translation>所管課</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision</source>
        <translation>改定履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit date</source>
        <translation>日付を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adopted</source>
        <translation>策定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revised</source>
        <translation>改定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit kind</source>
        <translation>種別を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>ItemEditorPanel</name>
    <message>
        <location filename="../views/editors/ItemEditorPanel.cpp" line="+13"/>
        <location line="+64"/>
        <source>Select an item in the outline or a measure in the table to edit it.</source>
        <translation>編集するには、アウトラインの項目か表の取組施策を選択してください。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>KPIs are edited in the KPI tab.</source>
        <translation>KPIはKPIタブで編集します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use Edit &gt; Add to add an item to this group.</source>
        <translation>このグループに項目を加えるには「編集 &gt; 追加」を使います。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The item was removed.</source>
        <translation>この項目は削除されました。</translation>
    </message>
</context>
<context>
    <name>KpiActualsModel</name>
    <message>
        <location filename="../views/kpi/KpiActualsModel.cpp" line="+70"/>
        <source>Add KPI actual</source>
        <translation>KPI実績を追加</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove KPI actual</source>
        <translation>KPI実績を削除</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Edit KPI actual</source>
        <translation>KPI実績を編集</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>KpiChartBuilder</name>
    <message>
        <location filename="../views/kpi/KpiChartBuilder.cpp" line="+149"/>
        <location line="+7"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
</context>
<context>
    <name>KpiChartPane</name>
    <message>
        <location filename="../views/kpi/KpiChartPane.cpp" line="+19"/>
        <source>◀ All KPIs</source>
        <translation>◀ すべてのKPI</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Status: %1.</source>
        <translation>状況: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest actual %1 on %2.</source>
        <translation>最新の実績は%2時点で%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No actual has been recorded yet.</source>
        <translation>実績はまだ記録されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target for %1: %2.</source>
        <translation>%1の目標: %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement: %1.</source>
        <translation>達成率: %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The planned path stood at %1 on that day.</source>
        <translation>同日の計画上の値は%1でした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s target (%2) is already met by the latest actual (%3) — consider raising it.</source>
        <translation>%1の目標(%2)は最新の実績(%3)ですでに達成されています。目標の引き上げを検討してください。</translation>
    </message>
</context>
<context>
    <name>KpiDashboardRenderer</name>
    <message>
        <location filename="../views/kpi/KpiDashboardRenderer.cpp" line="+126"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This plan has no KPIs yet.</source>
        <translation>この計画にはまだKPIがありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KPI dashboard</source>
        <translation>KPIダッシュボード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of %1</source>
        <translation>%1現在</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Latest %1 (%2)</source>
        <translation>最新 %1(%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No actuals recorded</source>
        <translation>実績の記録なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target %1: %2</source>
        <translation>目標 %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> - achieved %1</source>
        <translation> - 達成率 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No target set</source>
        <translation>目標未設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>▲ %1 target already met: raise it?</source>
        <translation>▲ %1の目標を達成済み: 引き上げますか?</translation>
    </message>
</context>
<context>
    <name>KpiDashboardView</name>
    <message>
        <location filename="../views/kpi/KpiDashboardView.cpp" line="+106"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <source>KPI dashboard</source>
        <translation>KPIダッシュボード</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The plan has no KPIs to export.</source>
        <translation>この計画には書き出すKPIがありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export KPI chart</source>
        <translation>KPIグラフを書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf);;SVG picture (*.svg);;PNG picture (*.png)</source>
        <translation>PDF文書 (*.pdf);;SVG画像 (*.svg);;PNG画像 (*.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
</context>
<context>
    <name>KpiDashboardWidget</name>
    <message>
        <location filename="../views/kpi/KpiDashboardWidget.cpp" line="+202"/>
        <source>%1: %2. Click to open its chart.</source>
        <translation>%1: %2。クリックするとグラフを開きます。</translation>
    </message>
</context>
<context>
    <name>KpiDetailsEditor</name>
    <message>
        <location filename="../views/kpi/KpiDetailsEditor.cpp" line="+28"/>
        <source>Add actual</source>
        <translation>実績を追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove actual</source>
        <translation>実績を削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Targets and actuals by fiscal year</source>
        <translation>年度別の目標と実績</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linked measures</source>
        <translation>関連する取組施策</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Direction:</source>
        <translation>方向:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>on</source>
        <translation>時点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline:</source>
        <translation>基準値:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme:</source>
        <translation>取組テーマ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit KPI data source</source>
        <translation>KPIの出典を編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data source:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit KPI description</source>
        <translation>KPIの説明を編集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Actuals</source>
        <translation>実績</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>(no theme)</source>
        <translation>(取組テーマなし)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Change KPI direction</source>
        <translation>KPIの方向を変更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change KPI theme</source>
        <translation>KPIの取組テーマを変更</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change KPI baseline</source>
        <translation>KPIの基準値を変更</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link measure to KPI</source>
        <translation>取組施策をKPIに関連付け</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlink measure from KPI</source>
        <translation>取組施策とKPIの関連付けを解除</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <location filename="../views/kpi/KpiEditor.cpp" line="+18"/>
        <location line="+117"/>
        <source>Add KPI</source>
        <translation>KPIを追加</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>New KPI</source>
        <translation>新しいKPI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove KPI</source>
        <translation>KPIを削除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move KPI up</source>
        <translation>KPIを上へ移動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move KPI down</source>
        <translation>KPIを下へ移動</translation>
    </message>
</context>
<context>
    <name>KpiExporter</name>
    <message>
        <location filename="../views/kpi/KpiExporter.cpp" line="+119"/>
        <source>KPI dashboard</source>
        <translation>KPIダッシュボード</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>The plan has no such KPI.</source>
        <translation>計画にそのKPIはありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not start painting the pages.</source>
        <translation>ページの描画を開始できませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not start a new page.</source>
        <translation>新しいページを開始できませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not finish the pages.</source>
        <translation>ページの描画を完了できませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: unknown format; use a .pdf, .svg or .png file name</source>
        <translation>%1: 形式がわかりません。.pdf、.svg、.png のいずれかのファイル名にしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a picture can be at most %2 pixels wide and high</source>
        <translation>%1: 画像の幅と高さは最大%2ピクセルです</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not enough memory for a picture of this size</source>
        <translation>%1: この大きさの画像を作るにはメモリが足りません</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: could not write the file</source>
        <translation>%1: ファイルを書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <location filename="../views/kpi/KpiFormat.cpp" line="+35"/>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behind</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>低いほど良い</translation>
    </message>
</context>
<context>
    <name>KpiSeriesModel</name>
    <message>
        <location filename="../views/kpi/KpiSeriesModel.cpp" line="+81"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../views/kpi/KpiTableModel.cpp" line="+116"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit KPI</source>
        <translation>KPIを編集</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>取組テーマ</translation>
    </message>
</context>
<context>
    <name>KpiYearGridModel</name>
    <message>
        <location filename="../views/kpi/KpiYearGridModel.cpp" line="+114"/>
        <source>Latest actual of the year, dated %1</source>
        <translation>年度内の最新実績(%1時点)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change KPI target</source>
        <translation>KPIの目標を変更</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/window/MainWindow.cpp" line="+46"/>
        <source>Read-only: this plan cannot be changed here. Use File &gt; Save As to keep an editable copy.</source>
        <translation>読み取り専用:この計画はここでは変更できません。編集できる複製は「ファイル &gt; 名前を付けて保存」で作れます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Measures</source>
        <translation>取組施策(&amp;M)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Roadmap</source>
        <translation>工程表(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;KPIs</source>
        <translation>KPI(&amp;K)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+12"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Editor</source>
        <translation>編集</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo history</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;開いた計画&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo History</source>
        <translation>操作履歴</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Plan</source>
        <translation>新しい計画(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Sample (Nishinoshima)</source>
        <translation>サンプルから新規作成(西ノ島町)(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;Window</source>
        <translation>新しいウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Read-Only...</source>
        <translation>読み取り専用で開く(&amp;R)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近使った計画(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export...</source>
        <translation>エクスポート(&amp;E)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Principle</source>
        <translation>基本原則(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>推進体制の役割(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>取組テーマ(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure</source>
        <translation>取組施策(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;KPI</source>
        <translation>KPI(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department</source>
        <translation>課(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Glossary Entry</source>
        <translation>用語(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System</source>
        <translation>標準化対象業務(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vision</source>
        <translation>改定履歴(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;move Selected Item</source>
        <translation>選択した項目を削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;Up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>下へ移動(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fiscal Years</source>
        <translation>年度の表記(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reiwa (令和6年度)</source>
        <translation>和暦(令和6年度)(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Western (FY2024)</source>
        <translation>西暦(FY2024)(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Both (令和6(2024)年度)</source>
        <translation>併記(令和6(2024)年度)(&amp;B)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System Language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(takes effect when DX Plan Studio is started again)</source>
        <translation>(DX Plan Studioの次回起動時から有効)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About DX Plan Studio</source>
        <translation>DX Plan Studioについて(&amp;A)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../views/window/MainWindowDocuments.cpp" line="+89"/>
        <source>DX Plan Studio</source>
        <translation>DX Plan Studio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(read-only)</source>
        <translation>(読み取り専用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] - DX Plan Studio</source>
        <translation>%1[*] - DX Plan Studio</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add Measure</source>
        <translation>取組施策の追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a theme first: every measure belongs to a theme.</source>
        <translation>先に取組テーマを追加してください。取組施策はいずれかの取組テーマに属します。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The new language is used from the next start of DX Plan Studio.</source>
        <translation>新しい言語はDX Plan Studioの次回起動時から使われます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About DX Plan Studio</source>
        <translation>DX Plan Studioについて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DX Plan Studio %1
Write, schedule, print and audit the DX promotion plans of towns.</source>
        <translation>DX Plan Studio %1
自治体のDX推進計画を作成・工程管理・印刷・確認するためのアプリケーションです。</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowDocuments.cpp" line="-44"/>
        <source>Cannot keep your changes</source>
        <translation>変更を記録できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last change could not be written to the working copy: %1
Save the plan under another name as soon as possible.</source>
        <translation>直前の変更を作業用コピーに書き込めませんでした:%1
できるだけ早く、計画を別の名前で保存してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>New Plan</source>
        <translation>新しい計画</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The sample plan cannot be loaded: %1</source>
        <translation>サンプル計画を読み込めません:%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New DX promotion plan</source>
        <translation>新しいDX推進計画</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new plan cannot be started: %1</source>
        <translation>新しい計画を作成できません:%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This plan is already open in another DX Plan Studio window.</source>
        <translation>この計画はDX Plan Studioの別のウィンドウで既に開かれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan is already open in %1 (process %2 on %3).</source>
        <translation>この計画は%1で既に開かれています(%3のプロセス%2)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan Already Open</source>
        <translation>計画は既に開かれています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it read-only instead?</source>
        <translation>代わりに読み取り専用で開きますか?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot Open Plan</source>
        <translation>計画を開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be opened.
%2</source>
        <translation>%1 を開けません。
%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Plan Read-Only</source>
        <translation>計画を読み取り専用で開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Plan</source>
        <translation>計画を開く</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Recover Plan</source>
        <translation>計画を復元できません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The unsaved work cannot be recovered: %1</source>
        <translation>保存されていない作業を復元できません:%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Plan As</source>
        <translation>計画に名前を付けて保存</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <source>Cannot Save Plan</source>
        <translation>計画を保存できません</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is open in another window or program; close it there first.</source>
        <translation>%1 は別のウィンドウまたはプログラムで開かれています。先にそちらで閉じてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save Plan</source>
        <translation>計画の保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was changed by someone else since you opened it. Overwrite?</source>
        <translation>このファイルは、開いた後に他の人によって変更されています。上書きしますか?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be saved.
%2</source>
        <translation>%1 を保存できません。
%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The plan &quot;%1&quot; has unsaved changes. Save them before closing?</source>
        <translation>計画「%1」には保存されていない変更があります。閉じる前に保存しますか?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent plans</source>
        <translation>最近使った計画はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../views/window/MeasuresPage.cpp" line="+25"/>
        <source>Search title, overview and effect</source>
        <translation>名称・概要・効果を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Theme:</source>
        <translation>取組テーマ(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>関係課(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Principle:</source>
        <translation>基本原則(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience:</source>
        <translation>対象(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus:</source>
        <translation>進捗(&amp;U):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Measures</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>All themes</source>
        <translation>すべての取組テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All departments</source>
        <translation>すべての課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All principles</source>
        <translation>すべての基本原則</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone</source>
        <translation>すべての対象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>すべての進捗</translation>
    </message>
</context>
<context>
    <name>MeasuresTableModel</name>
    <message>
        <location filename="../views/itemmodels/MeasuresTableModel.cpp" line="+150"/>
        <source>Theme</source>
        <translation>取組テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>基本原則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>目標年度</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit measure title</source>
        <translation>取組施策の名称を編集</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change audience</source>
        <translation>対象を変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change status</source>
        <translation>進捗を変更</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../views/roadmap/MilestoneDialog.cpp" line="+12"/>
        <source>Some time in the year</source>
        <translation>年度内（時期未定）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>時期(&amp;W):</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../views/roadmap/PhaseDialog.cpp" line="+15"/>
        <source>From April</source>
        <translation>4月（年度当初）から</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through March</source>
        <translation>3月（年度末）まで</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The phase must end after it starts.</source>
        <translation>終了は開始より後にしてください。</translation>
    </message>
</context>
<context>
    <name>PhaseText</name>
    <message>
        <location filename="../views/common/PhaseText.cpp" line="+11"/>
        <source>Study / prepare</source>
        <translation>検討・準備</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procurement</source>
        <translation>調達・移行準備</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build / migrate</source>
        <translation>構築・移行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>運用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../models/Plan.cpp" line="+85"/>
        <source>All departments</source>
        <translation>全課</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../models/PlanDocument.cpp" line="+189"/>
        <source>Untitled plan</source>
        <translation>無題の計画</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The plan has no file name yet.</source>
        <translation>この計画にはまだファイル名がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan is open read-only; save it under another name.</source>
        <translation>この計画は読み取り専用で開かれています。別の名前で保存してください。</translation>
    </message>
</context>
<context>
    <name>PlanEditing</name>
    <message>
        <location filename="../views/window/PlanEditing.cpp" line="+61"/>
        <source>New measure</source>
        <translation>新しい取組施策</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add measure</source>
        <translation>取組施策を追加</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New principle</source>
        <translation>新しい基本原則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add principle</source>
        <translation>基本原則を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New role</source>
        <translation>新しい役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add role</source>
        <translation>推進体制の役割を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New theme</source>
        <translation>新しい取組テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add theme</source>
        <translation>取組テーマを追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New KPI</source>
        <translation>新しいKPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add KPI</source>
        <translation>KPIを追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New department</source>
        <translation>新しい課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add department</source>
        <translation>課を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New term</source>
        <translation>新しい用語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add glossary entry</source>
        <translation>用語を追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New business</source>
        <translation>新しい業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add system</source>
        <translation>標準化対象業務を追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add revision</source>
        <translation>改定履歴を追加</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove principle</source>
        <translation>基本原則を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role</source>
        <translation>推進体制の役割を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove theme</source>
        <translation>取組テーマを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove measure</source>
        <translation>取組施策を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove KPI</source>
        <translation>KPIを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove department</source>
        <translation>課を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove glossary entry</source>
        <translation>用語を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove system</source>
        <translation>標準化対象業務を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove revision</source>
        <translation>改定履歴を削除</translation>
    </message>
</context>
<context>
    <name>PlanOutlineModel</name>
    <message>
        <location filename="../views/itemmodels/PlanOutlineModel.cpp" line="+52"/>
        <source>(untitled)</source>
        <translation>(名称未設定)</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Principles</source>
        <translation>基本原則</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promotion structure</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Themes</source>
        <translation>取組テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System inventory</source>
        <translation>標準化対象業務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revisions</source>
        <translation>改定履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Adopted</source>
        <translation>策定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revised</source>
        <translation>改定</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Move measure</source>
        <translation>取組施策を移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move principle</source>
        <translation>基本原則を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move role</source>
        <translation>推進体制の役割を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move theme</source>
        <translation>取組テーマを移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move KPI</source>
        <translation>KPIを移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move department</source>
        <translation>課を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move glossary entry</source>
        <translation>用語を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move system</source>
        <translation>標準化対象業務を移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move revision</source>
        <translation>改定履歴を移動</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../views/itemmodels/PlanText.cpp" line="+14"/>
        <source>Residents</source>
        <translation>住民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residents and staff</source>
        <translation>住民・職員</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../views/window/Prompter.cpp" line="+12"/>
        <source>DX Plan Studio plans (*.dxplan)</source>
        <translation>DX Plan Studioの計画 (*.dxplan)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../views/window/RecoveryDialog.cpp" line="+14"/>
        <source>Recover Unsaved Work</source>
        <translation>保存されていない作業の復元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DX Plan Studio was not closed properly. These plans still have their working copies; recover them to go on where you stopped.</source>
        <translation>DX Plan Studioが正常に終了しませんでした。次の計画には作業用コピーが残っています。復元すると中断したところから続けられます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plans with unsaved work</source>
        <translation>保存されていない作業のある計画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(untitled)</source>
        <translation>(名称未設定)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no unsaved changes</source>
        <translation>未保存の変更なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recover</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard...</source>
        <translation>破棄(&amp;D)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the remaining working copies and ask again at the next start.</source>
        <translation>残りの作業用コピーを残し、次回起動時にもう一度確認します。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard Unsaved Work</source>
        <translation>保存されていない作業の破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved work of &quot;%1&quot;? This cannot be undone.</source>
        <translation>「%1」の保存されていない作業を破棄しますか?この操作は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>RoadmapCanvas</name>
    <message>
        <location filename="../views/roadmap/RoadmapCanvas.cpp" line="+258"/>
        <source>Move Milestone</source>
        <translation>マイルストーンの移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Phase</source>
        <translation>フェーズの移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Phase Start</source>
        <translation>フェーズ開始の変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Phase End</source>
        <translation>フェーズ終了の変更</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Remove Phase</source>
        <translation>フェーズの削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Milestone</source>
        <translation>マイルストーンの削除</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Edit Phase…</source>
        <translation>フェーズを編集…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit Milestone…</source>
        <translation>マイルストーンを編集…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Phase in %1…</source>
        <translation>%1にフェーズを追加…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Milestone…</source>
        <translation>マイルストーンを追加…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expand Theme</source>
        <translation>テーマを展開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collapse Theme</source>
        <translation>テーマを折りたたむ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collapse All Themes</source>
        <translation>すべてのテーマを折りたたむ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expand All Themes</source>
        <translation>すべてのテーマを展開</translation>
    </message>
</context>
<context>
    <name>RoadmapExporter</name>
    <message>
        <location filename="../views/roadmap/RoadmapExporter.cpp" line="+100"/>
        <source>The output cannot be opened for painting.</source>
        <translation>出力先に描画できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new page could not be started.</source>
        <translation>新しいページを開始できませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pages could not be finished.</source>
        <translation>ページを書き終えられませんでした。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Roadmap made with DX Plan Studio</source>
        <translation>DX Plan Studio で作成したロードマップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SVG output cannot be opened for painting.</source>
        <translation>SVG の出力先に描画できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SVG could not be finished.</source>
        <translation>SVG を書き終えられませんでした。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The resolution must be at least 1 dpi.</source>
        <translation>解像度は 1 dpi 以上にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roadmap is too large for one PNG image at %1 dpi (%2 x %3 pixels); choose a lower resolution, fewer themes, or PDF.</source>
        <translation>%1 dpi ではロードマップが大きすぎて 1 枚の PNG 画像にできません（%2 × %3 ピクセル）。解像度を下げるか、テーマを絞るか、PDF を選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is not enough memory for a %1 x %2 pixel image.</source>
        <translation>%1 × %2 ピクセルの画像を作るためのメモリが足りません。</translation>
    </message>
</context>
<context>
    <name>RoadmapLayout</name>
    <message>
        <location filename="../views/roadmap/RoadmapLayout.cpp" line="+21"/>
        <source>Residents</source>
        <translation>住民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residents, staff</source>
        <translation>住民・職員</translation>
    </message>
    <message numerus="yes">
        <location line="+186"/>
        <source>(%n measure(s))</source>
        <translation>
            <numerusform>(%n施策)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapPrinter</name>
    <message>
        <location filename="../views/roadmap/RoadmapPrinter.cpp" line="+15"/>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print Roadmap</source>
        <translation>ロードマップの印刷</translation>
    </message>
</context>
<context>
    <name>RoadmapRenderer</name>
    <message>
        <location filename="../views/roadmap/RoadmapRenderer.cpp" line="+67"/>
        <source>Plan period %1–%2</source>
        <translation>計画期間 %1～%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printed %1</source>
        <translation>出力日 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Years %1–%2</source>
        <translation>表示年度 %1～%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Themes %1</source>
        <translation>テーマ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Department: %1</source>
        <translation>関係課: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Principle %1</source>
        <translation>基本原則%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Measure</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+58"/>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+280"/>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <location line="-279"/>
        <location line="+287"/>
        <source>Today (%1)</source>
        <translation>本日（%1）</translation>
    </message>
</context>
<context>
    <name>RoadmapScheduleEditor</name>
    <message>
        <location filename="../views/roadmap/RoadmapScheduleEditor.cpp" line="+72"/>
        <source>Edit Phase</source>
        <translation>フェーズの編集</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add Phase</source>
        <translation>フェーズの追加</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Phase</source>
        <translation>フェーズの削除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit Milestone</source>
        <translation>マイルストーンの編集</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add Milestone</source>
        <translation>マイルストーンの追加</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Milestone</source>
        <translation>マイルストーンの削除</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../views/roadmap/RoadmapView.cpp" line="+51"/>
        <source>Years:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collapse All</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Departments Column</source>
        <translation>関係課の列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience Column</source>
        <translation>対象の列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today Line</source>
        <translation>本日の線</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reiwa</source>
        <translation>和暦（令和）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western</source>
        <translation>西暦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reiwa and Western</source>
        <translation>和暦と西暦</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper for printing and PDF</source>
        <translation>印刷と PDF の用紙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Plan start</source>
        <translation>計画の初年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan end</source>
        <translation>計画の最終年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All departments</source>
        <translation>すべての課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All principles</source>
        <translation>すべての基本原則</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All Themes</source>
        <translation>すべてのテーマ</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <location line="+7"/>
        <source>Export Roadmap</source>
        <translation>ロードマップのエクスポート</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Resolution (dots per inch):</source>
        <translation>解像度 (dpi):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The roadmap could not be written to %1:
%2</source>
        <translation>ロードマップを %1 に書き込めませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../views/editors/ScheduleEditor.cpp" line="+51"/>
        <source>Years (click to set the phase of a year):</source>
        <translation>年度(クリックでその年度の段階を設定):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start year</source>
        <translation>開始年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start month</source>
        <translation>開始月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End year</source>
        <translation>終了年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End month</source>
        <translation>終了月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases</source>
        <translation>段階</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phases:</source>
        <translation>段階(&amp;P):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+273"/>
        <source>Add phase</source>
        <translation>段階を追加</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+282"/>
        <source>Remove phase</source>
        <translation>段階を削除</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Milestones:</source>
        <translation>マイルストーン(&amp;M):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+278"/>
        <source>Add milestone</source>
        <translation>マイルストーンを追加</translation>
    </message>
    <message>
        <location line="-276"/>
        <location line="+287"/>
        <source>Remove milestone</source>
        <translation>マイルストーンを削除</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2. Click to change.</source>
        <translation>%1:%2。クリックで変更します。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set the phase of a year</source>
        <translation>年度の段階を設定</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This phase ends before it starts.</source>
        <translation>この段階は開始より前に終了しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This phase lies outside the plan period (%1 to %2).</source>
        <translation>この段階は計画期間(%1～%2)の外にあります。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This milestone lies outside the plan period.</source>
        <translation>このマイルストーンは計画期間の外にあります。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit phase</source>
        <translation>段階を編集</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit milestone</source>
        <translation>マイルストーンを編集</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New milestone</source>
        <translation>新しいマイルストーン</translation>
    </message>
</context>
</TS>
