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
    <name>Cli</name>
    <message>
        <location filename="../app/RevisionCommand.cpp" line="+27"/>
        <source>no temporary folder is available</source>
        <translation>一時フォルダーを利用できません</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="+48"/>
        <source>The plan file to create (- for standard output).</source>
        <translation>作成する計画ファイル(- を指定すると標準出力)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill it with the Nishinoshima sample plan.</source>
        <translation>西ノ島町のサンプル計画の内容で作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill it with a bundled sample: %1.</source>
        <translation>同梱のサンプルで作成する: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>new: give exactly one output file</source>
        <translation>new: 出力ファイルを1つだけ指定してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The JSON plan to import.</source>
        <translation>インポートする JSON 形式の計画。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/SheetImportCommand.cpp" line="+57"/>
        <source>The plan file to write (- for standard output).</source>
        <translation>書き込む計画ファイル(- を指定すると標準出力)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import: usage: dxplan-cli import PLAN.json -o OUT.dxplan</source>
        <translation>import: 使い方: dxplan-cli import PLAN.json -o OUT.dxplan</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/CoverageCommand.cpp" line="+15"/>
        <location filename="../app/KpiCommand.cpp" line="+51"/>
        <source>The plan file to read.</source>
        <translation>読み込む計画ファイル。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to this file instead of standard output.</source>
        <translation>標準出力の代わりにこのファイルに書き込みます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export-json: give exactly one plan file</source>
        <translation>export-json: 計画ファイルを1つだけ指定してください</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The plan file to describe.</source>
        <translation>情報を表示する計画ファイル。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the facts as JSON.</source>
        <translation>情報を JSON 形式で出力します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>info: give exactly one plan file</source>
        <translation>info: 計画ファイルを1つだけ指定してください</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Title:        %1</source>
        <translation>名称:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation: %1</source>
        <translation>団体名:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:       from FY%1, open-ended</source>
        <translation>計画期間:     %1年度から（期間の定めなし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:       FY%1-FY%2</source>
        <translation>計画期間:     %1年度～%2年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:     %1</source>
        <translation>区分:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes:       %1</source>
        <translation>取組テーマ:   %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures:     %1</source>
        <translation>取組施策:     %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs:         %1</source>
        <translation>KPI:          %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions:    %1</source>
        <translation>改定履歴:     %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:       %1.%2 (newer than this version: read-only)</source>
        <translation>ファイル形式: %1.%2(このバージョンより新しい形式のため読み取り専用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:       %1.%2</source>
        <translation>ファイル形式: %1.%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved at:     %1</source>
        <translation>保存日時:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by:     %1</source>
        <translation>保存者:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:    %1</source>
        <translation>署名:         %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan file to check.</source>
        <translation>検査する計画ファイル。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check: give exactly one plan file</source>
        <translation>check: 計画ファイルを1つだけ指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check: --as-of must be a date such as 2026-03-31</source>
        <translation>check: --as-of には 2026-03-31 のような日付を指定してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No problems in %1 (%2, %3, %4).</source>
        <translation>%1 に問題はありません（%2、%3、%4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 theme</source>
        <translation>テーマ 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 themes</source>
        <translation>テーマ %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 measure</source>
        <translation>施策 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 measures</source>
        <translation>施策 %1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 KPI</source>
        <translation>KPI 1 件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 KPIs</source>
        <translation>KPI %1 件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create a plan file, empty or from the Nishinoshima sample.</source>
        <translation>計画ファイルを作成します(空の計画、または西ノ島町のサンプルから)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert a JSON plan into a plan file.</source>
        <translation>JSON 形式の計画を計画ファイルに変換します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a plan file from a schedule spreadsheet (工程表) in .xlsx, .ods or .csv.</source>
        <translation>表計算ファイル（.xlsx、.ods、.csv）の工程表から計画ファイルを作る。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a plan file as JSON.</source>
        <translation>計画ファイルを JSON 形式で書き出します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a plan&apos;s title, organisation, period and counts.</source>
        <translation>計画の名称、団体名、計画期間、項目数を表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List integrity and content problems of a plan, one per line.</source>
        <translation>計画の整合性と内容の問題を1行に1件ずつ表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the Gantt roadmap as PDF, SVG or PNG.</source>
        <translation>ガントチャート形式の工程表を PDF、SVG、PNG のいずれかで書き出します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a KPI chart, or the KPI dashboard, as PDF, SVG or PNG.</source>
        <translation>KPIグラフまたはKPIダッシュボードを PDF、SVG、PNG のいずれかで書き出します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the whole plan document (計画書) as PDF, ODT, HTML or DOCX.</source>
        <translation>計画書全体を PDF、ODT、HTML、DOCX で書き出します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare two plans or revisions; exit 0 when equal, 1 when they differ.</source>
        <translation>二つの計画または改定を比較する。同じなら終了コード 0、違えば 1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a revision of a plan (add) or list its revisions (list).</source>
        <translation>計画の改定を記録する (add)、または改定の一覧を表示する (list)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign a plan file with an organisation&apos;s certificate and key (PKCS#12).</source>
        <translation>団体の証明書と鍵（PKCS#12）で計画ファイルに署名する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a plan file&apos;s signature; exit 0 when signed, intact and trusted.</source>
        <translation>計画ファイルの署名を検証する。署名があり改変がなく信頼できれば終了コード 0。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the schedule, measures and KPIs as an .xlsx workbook, or one table as CSV.</source>
        <translation>工程、取組施策、KPI を .xlsx ブックに、または一つの表を CSV に書き出す。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export which principles each measure serves, or each department&apos;s measures by year, as CSV, PDF or HTML.</source>
        <translation>施策ごとの基本方針、または課ごと年度ごとの施策を CSV、PDF、HTML で書き出す。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: dxplan-cli COMMAND [options] ...

Create, inspect, check and convert DX Plan Studio plan files.

Commands:
</source>
        <translation>使い方: dxplan-cli COMMAND [オプション] ...

DX Plan Studio の計画ファイルを作成・表示・検査・変換します。

コマンド:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Run &apos;dxplan-cli COMMAND --help&apos; for a command&apos;s options.
Exit status: 0 success, 1 the plan has problems, 2 unreadable or refused input.
</source>
        <translation>
各コマンドのオプションは &apos;dxplan-cli COMMAND --help&apos; で表示できます。
終了コード: 0 成功、1 計画に問題あり、2 入力を読み取れないか受け付けられない。
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no command given; run &apos;dxplan-cli --help&apos; for the commands</source>
        <translation>コマンドが指定されていません。コマンドの一覧は &apos;dxplan-cli --help&apos; で表示できます</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: this command is run by dxplan-cli-widgets, which was not started</source>
        <translation>%1: このコマンドは dxplan-cli-widgets が実行しますが、起動されていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown command &quot;%1&quot;; run &apos;dxplan-cli --help&apos;</source>
        <translation>不明なコマンド「%1」です。&apos;dxplan-cli --help&apos; を実行してください</translation>
    </message>
    <message>
        <location filename="../app/CliOutput.cpp" line="+57"/>
        <source>standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>通常のファイル以外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the output is %2; give a file name, a FIFO or - for standard output</source>
        <translation>%1: 出力先が%2です。ファイル名、FIFO、または標準出力を表す - を指定してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: フォルダー %2 は存在しません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the disk is full; free some space and try again</source>
        <translation>%1: ディスクがいっぱいです。空き領域を確保してからやり直してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: your disk quota is used up; free some space and try again</source>
        <translation>%1: ディスククォータの上限に達しました。空き領域を確保してからやり直してください</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+150"/>
        <source>%1: the output changed while it was being written</source>
        <translation>%1: 書き込み中に出力先が変更されました</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+64"/>
        <source>no temporary folder is available: %1</source>
        <translation>一時フォルダーを利用できません: %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+9"/>
        <source>the output cannot be prepared in the temporary folder: %1</source>
        <translation>一時フォルダーで出力を準備できません: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+25"/>
        <location line="+42"/>
        <source>the output made in the temporary folder cannot be read: %1</source>
        <translation>一時フォルダーに作成した出力を読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../app/KpiCommand.cpp" line="-24"/>
        <source>kpi: --%1 must be a whole number of pixels from %2 to %3</source>
        <translation>kpi: --%1 には %2～%3 の整数(ピクセル数)を指定してください</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file to write; .pdf, .svg or .png (- for standard output).</source>
        <translation>書き出すファイル。拡張子は .pdf、.svg、.png のいずれか(- を指定すると標準出力)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/RoadmapCommand.cpp" line="+50"/>
        <source>The format when the output&apos;s name does not say it: pdf, svg or png.</source>
        <translation>出力先の名前から形式がわからない場合の形式。pdf、svg、png のいずれか。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export this KPI&apos;s chart (its exact name or 1-based number) instead of the dashboard.</source>
        <translation>ダッシュボードの代わりに、このKPIのグラフを書き出します(KPIの名称をそのまま指定するか、1から始まる番号で指定)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width in pixels of PNG and SVG output.</source>
        <translation>PNG と SVG で出力するときの幅(ピクセル)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in pixels of PNG and SVG output.</source>
        <translation>PNG と SVG で出力するときの高さ(ピクセル)。</translation>
    </message>
    <message>
        <location filename="../app/CoverageCommand.cpp" line="+2"/>
        <source>The file to write; .csv, .pdf or .html.</source>
        <translation>書き出すファイル（.csv、.pdf、.html）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>principles: which principles each theme and measure serves; departments: each department&apos;s measures by fiscal year and phase.</source>
        <translation>principles: テーマ・施策ごとの基本方針。departments: 課ごと・年度ごと・段階ごとの施策数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/KpiCommand.cpp" line="+1"/>
        <source>Fiscal-year labels: reiwa, western or both (default).</source>
        <translation>年度の表記: reiwa(和暦)、western(西暦)、both(併記、既定)のいずれか。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>coverage: usage: dxplan-cli coverage PLAN.dxplan --by principles|departments -o OUT.csv|pdf|html</source>
        <translation>coverage: 使い方: dxplan-cli coverage PLAN.dxplan --by principles|departments -o OUT.csv|pdf|html</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>coverage: --by must be principles or departments, not &quot;%1&quot;</source>
        <translation>coverage: --by は principles か departments です（「%1」ではありません）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>coverage: %1: the output must end in .csv, .pdf or .html</source>
        <translation>coverage: %1: 出力の名前は .csv、.pdf、.html のいずれかで終わる必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>coverage: --era must be reiwa, western or both</source>
        <translation>coverage: --era は reiwa、western、both のいずれかです</translation>
    </message>
    <message>
        <location filename="../app/CliCommands.cpp" line="-110"/>
        <location filename="../app/KpiCommand.cpp" line="+3"/>
        <source>Judge statuses on this day (YYYY-MM-DD) instead of today.</source>
        <translation>今日ではなく、この日付(YYYY-MM-DD)の時点で状況を判定します。</translation>
    </message>
    <message>
        <location filename="../app/KpiCommand.cpp" line="+6"/>
        <source>kpi: usage: dxplan-cli kpi PLAN.dxplan -o OUT.pdf|svg|png [--kpi NAME]</source>
        <translation>kpi: 使い方: dxplan-cli kpi PLAN.dxplan -o OUT.pdf|svg|png [--kpi NAME]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kpi: unknown format &quot;%1&quot;; use pdf, svg or png</source>
        <translation>kpi: 不明な形式「%1」です。pdf、svg、png のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kpi: %1: the output must end in .pdf, .svg or .png, or give --format</source>
        <translation>kpi: %1: 出力先の名前の末尾を .pdf、.svg、.png のいずれかにするか、--format を指定してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>kpi: --era must be reiwa, western or both</source>
        <translation>kpi: --era には reiwa、western、both のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi: --as-of must be a date such as 2025-03-31</source>
        <translation>kpi: --as-of には 2025-03-31 のような形式で日付を指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the plan has no KPIs</source>
        <translation>%1: この計画にはKPIがありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kpi: the plan has no KPI named &quot;%1&quot; (it has %2; give a name or a number)</source>
        <translation>kpi: この計画には「%1」という名称のKPIはありません(KPIは %2 件です。名称か番号で指定してください)</translation>
    </message>
    <message>
        <location filename="../app/RoadmapCommand.cpp" line="-4"/>
        <source>The plan file to draw.</source>
        <translation>工程表を描く計画ファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write; .pdf, .svg or .png says the format (- for standard output).</source>
        <translation>書き出すファイル。拡張子 .pdf、.svg、.png で形式が決まります(- を指定すると標準出力)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper: A3 (default), A4 or Letter.</source>
        <translation>用紙: A3(既定)、A4、Letter のいずれか。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait pages instead of landscape.</source>
        <translation>ページを横向きではなく縦向きにします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiscal years shown, e.g. 2024-2028 (default: the plan period).</source>
        <translation>表示する年度。例: 2024-2028(既定: 計画期間)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only theme number N; repeat for more themes.</source>
        <translation>番号 N の取組テーマだけを表示します。複数の取組テーマを表示するには繰り返し指定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/SheetExportCommand.cpp" line="+57"/>
        <source>Year labels: reiwa, western or both (default).</source>
        <translation>年度の表記: reiwa(和暦)、western(西暦)、both(併記、既定)のいずれか。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution of a PNG, in dots per inch (default 150).</source>
        <translation>PNG の解像度(dpi、既定は 150)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the departments column.</source>
        <translation>関係課の列を加えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the audience column.</source>
        <translation>対象の列を加えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the today line.</source>
        <translation>本日の線を描きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date used as today and as the printed date (default: today).</source>
        <translation>本日として扱い、出力日としても使う日付(既定: 今日)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG or PNG: one file per printed page, OUT-001.svg, OUT-002.svg, ...</source>
        <translation>SVG または PNG: 印刷ページごとに 1 ファイル（OUT-001.svg、OUT-002.svg、…）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>roadmap: usage: dxplan-cli roadmap PLAN.dxplan -o OUT.pdf|svg|png</source>
        <translation>roadmap: 使い方: dxplan-cli roadmap PLAN.dxplan -o OUT.pdf|svg|png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>roadmap: unknown format &quot;%1&quot;; use pdf, svg or png</source>
        <translation>roadmap: 不明な形式「%1」です。pdf、svg、png のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roadmap: %1: the output must end in .pdf, .svg or .png, or give --format</source>
        <translation>roadmap: %1: 出力先の名前の末尾を .pdf、.svg、.png のいずれかにするか、--format を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>roadmap: --pages is for SVG and PNG; a PDF holds every page</source>
        <translation>roadmap: --pages は SVG と PNG 用です。PDF にはすべてのページが入ります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roadmap: --pages writes files; give -o OUT.svg or OUT.png</source>
        <translation>roadmap: --pages はファイルを書き出します。-o OUT.svg または OUT.png を指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>roadmap: unknown paper &quot;%1&quot;; use A3, A4 or Letter</source>
        <translation>roadmap: 不明な用紙「%1」です。A3、A4、Letter のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>roadmap: unknown era &quot;%1&quot;; use reiwa, western or both</source>
        <translation>roadmap: 不明な年度の表記「%1」です。reiwa、western、both のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roadmap: bad --years &quot;%1&quot;; give fiscal years like 2024-2028</source>
        <translation>roadmap: --years の値「%1」が正しくありません。2024-2028 のように年度を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>roadmap: bad --dpi &quot;%1&quot;; give a number from 36 to 1200</source>
        <translation>roadmap: --dpi の値「%1」が正しくありません。36～1200 の数値を指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>roadmap: bad --date &quot;%1&quot;; give YYYY-MM-DD</source>
        <translation>roadmap: --date の値「%1」が正しくありません。YYYY-MM-DD 形式で指定してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>roadmap: unknown theme number &quot;%1&quot;; the plan has themes 1 to %2</source>
        <translation>roadmap: 取組テーマの番号「%1」はありません。この計画の取組テーマは 1～%2 です</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>roadmap: the roadmap is too large for one PNG image at %1 dpi (%2 x %3 pixels); write one file per page with --pages, or choose a lower --dpi, fewer themes, or PDF</source>
        <translation>roadmap: 工程表が大きすぎて %1 dpi の PNG 画像 1 枚（%2 x %3 ピクセル）にできません。--pages でページごとに書き出すか、--dpi を下げる、テーマを絞る、または PDF を選んでください</translation>
    </message>
    <message>
        <location filename="../app/DocumentCommand.cpp" line="+22"/>
        <source>The plan file to write out.</source>
        <translation>書き出す計画ファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write; .pdf, .odt, .html or .docx (through LibreOffice) says the format.</source>
        <translation>書き出すファイル。拡張子 .pdf、.odt、.html、.docx（LibreOffice を使用）で形式が決まります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper of the pages: A4 (default) or A3; the roadmap gets A3 landscape pages.</source>
        <translation>用紙: A4（既定）または A3。工程表は A3 横のページになります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years and dates: reiwa, western or both (default).</source>
        <translation>年と日付の書き方: reiwa、western、both（既定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day KPI statuses are judged on (default: today).</source>
        <translation>成果指標の状況を判定する日（既定: 今日）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>document: usage: dxplan-cli document PLAN.dxplan -o OUT.pdf|odt|html|docx</source>
        <translation>document: 使い方: dxplan-cli document PLAN.dxplan -o OUT.pdf|odt|html|docx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>document: %1: the output must end in .pdf, .odt, .html or .docx</source>
        <translation>document: %1: 出力ファイルの拡張子は .pdf、.odt、.html、.docx のいずれかにしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document: DOCX needs LibreOffice (soffice), which is not installed; write .odt instead</source>
        <translation>document: DOCX には LibreOffice (soffice) が必要ですが、インストールされていません。.odt で書き出してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document: unknown paper &quot;%1&quot;; use A4 or A3</source>
        <translation>document: 用紙「%1」は使えません。A4 または A3 を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document: unknown era &quot;%1&quot;; use reiwa, western or both</source>
        <translation>document: 年の書き方「%1」は使えません。reiwa、western、both のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>document: bad --as-of &quot;%1&quot;; give YYYY-MM-DD</source>
        <translation>document: --as-of「%1」が正しくありません。YYYY-MM-DD で指定してください</translation>
    </message>
    <message>
        <location filename="../app/RevisionCommand.cpp" line="+6"/>
        <source>%1: the plan is read-only (made by a newer version)</source>
        <translation>%1: この計画は読み取り専用です（新しい版で作成）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>revision add: usage: dxplan-cli revision add PLAN --name NAME [--date YYYY-MM-DD] [--note TEXT]</source>
        <translation>revision add: 使い方: dxplan-cli revision add PLAN --name NAME [--date YYYY-MM-DD] [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>revision add: bad --date &quot;%1&quot;; give YYYY-MM-DD</source>
        <translation>revision add: --date &quot;%1&quot; が正しくありません。YYYY-MM-DD で指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>revision add: %1 already has a revision called &quot;%2&quot;</source>
        <translation>revision add: %1 には「%2」という改定が既にあります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark revision</source>
        <translation>改定を記録</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision add: the revision could not be recorded</source>
        <translation>revision add: 改定を記録できませんでした</translation>
    </message>
    <message>
        <location filename="../app/DiffCommand.cpp" line="+47"/>
        <source>The plan before: FILE.dxplan, FILE.json or FILE.dxplan@REVISION-NAME.</source>
        <translation>改定前の計画: FILE.dxplan、FILE.json または FILE.dxplan@改定名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan after, written the same way.</source>
        <translation>改定後の計画（書き方は同じ）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the changes as JSON: {&quot;changes&quot;: [...]}.</source>
        <translation>変更を JSON で出力する: {&quot;changes&quot;: [...]}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a report; .pdf, .odt or .html says the format.</source>
        <translation>報告書を書き出す。形式は拡張子 .pdf、.odt、.html で決まります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report: table (新旧対照表, default) or markup (the whole document, changes marked).</source>
        <translation>報告書の形: table（新旧対照表、既定）または markup（変更箇所を示した計画書全体）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>diff: usage: dxplan-cli diff OLD NEW [--json] [-o REPORT.pdf|odt|html] [--style table|markup]</source>
        <translation>diff: 使い方: dxplan-cli diff OLD NEW [--json] [-o REPORT.pdf|odt|html] [--style table|markup]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>diff: unknown style &quot;%1&quot;; use table or markup</source>
        <translation>diff: 不明な形式「%1」です。table または markup を指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>diff: %1: the report must end in .pdf, .odt or .html</source>
        <translation>diff: %1: 報告書の名前は .pdf、.odt、.html のいずれかで終わる必要があります</translation>
    </message>
    <message>
        <location filename="../app/RevisionCommand.cpp" line="+32"/>
        <source>add: mark a revision (a snapshot of the plan as it stands); list: show the revisions.</source>
        <translation>add: 改定を記録する（現在の計画の写しを保存）。list: 改定を一覧表示する。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan file.</source>
        <translation>計画ファイル。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The revision&apos;s name, e.g. 令和7年3月改定.</source>
        <translation>改定の名前（例: 令和7年3月改定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revision&apos;s date (default: today).</source>
        <translation>改定の日付（既定: 今日）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the revision changed.</source>
        <translation>改定の内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revision: usage: dxplan-cli revision add PLAN --name NAME [--date YYYY-MM-DD] [--note TEXT] | dxplan-cli revision list PLAN</source>
        <translation>revision: 使い方: dxplan-cli revision add PLAN --name NAME [--date YYYY-MM-DD] [--note TEXT] | dxplan-cli revision list PLAN</translation>
    </message>
    <message>
        <location filename="../app/SignCommand.cpp" line="+32"/>
        <source>%1: larger than a key or certificate file can be</source>
        <translation>%1: 鍵や証明書のファイルとしては大きすぎます</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The plan file to sign (in place unless -o is given).</source>
        <translation>署名する計画ファイル（-o がなければそのファイル自体に署名）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation&apos;s certificate and private key, a PKCS#12 file (.p12, .pfx).</source>
        <translation>団体の証明書と秘密鍵（PKCS#12 ファイル .p12、.pfx）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file whose first line is the key file&apos;s passphrase (default: none).</source>
        <translation>1 行目に鍵ファイルのパスフレーズを書いたファイル（既定: なし）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the signed plan here instead.</source>
        <translation>署名した計画をこちらに書き出す。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sign: usage: dxplan-cli sign PLAN.dxplan --key KEY.p12 [--passphrase-file FILE] [-o OUT.dxplan]</source>
        <translation>sign: 使い方: dxplan-cli sign PLAN.dxplan --key KEY.p12 [--passphrase-file FILE] [-o OUT.dxplan]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sign: %1: the signed plan must be written to a file</source>
        <translation>sign: %1: 署名した計画はファイルに書き出す必要があります</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+32"/>
        <source>Signed by %1</source>
        <translation>署名者: %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The plan file whose signature to check.</source>
        <translation>署名を確かめる計画ファイル。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this root certificate (PEM or DER) besides the ones trusted in DX Plan Studio; may be repeated.</source>
        <translation>DX Plan Studio で信頼している証明書に加えて、このルート証明書（PEM または DER）を信頼する（複数指定可）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verify: usage: dxplan-cli verify PLAN.dxplan [--trust CA.pem ...]</source>
        <translation>verify: 使い方: dxplan-cli verify PLAN.dxplan [--trust CA.pem ...]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed by %1, not trusted here</source>
        <translation>署名者: %1（この環境では信頼されていません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed, but changed after signing</source>
        <translation>署名後に変更されています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature cannot be read</source>
        <translation>署名を読み取れません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <location filename="../app/SheetExportCommand.cpp" line="-12"/>
        <source>The plan file to export.</source>
        <translation>書き出す計画ファイル。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write; .xlsx or .csv says the format (- for standard output).</source>
        <translation>書き込むファイル。拡張子 .xlsx か .csv で形式が決まります（- は標準出力）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The format when the output&apos;s name does not say it: xlsx or csv.</source>
        <translation>出力先の名前で形式が分からないときの形式：xlsx または csv。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheets of an .xlsx, comma-separated: schedule, measures, kpis (default: all).</source>
        <translation>.xlsx のシート（カンマ区切り）：schedule（工程表）、measures（取組施策）、kpis（KPI）（既定はすべて）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table a CSV holds: measures (default) or schedule.</source>
        <translation>CSV に入れる表：measures（取組施策、既定）または schedule（工程）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encoding of a CSV: utf-8 (default, with a byte order mark) or cp932.</source>
        <translation>CSV の文字コード：utf-8（既定、BOM 付き）または cp932。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Twelve month columns under every year of the schedule.</source>
        <translation>工程の各年度の下に12か月の列を置く。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export-sheet: usage: dxplan-cli export-sheet PLAN.dxplan -o OUT.xlsx|csv</source>
        <translation>export-sheet: 書き出しの使い方: dxplan-cli export-sheet PLAN.dxplan -o OUT.xlsx|csv</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export-sheet: unknown format &quot;%1&quot;; use xlsx or csv</source>
        <translation>export-sheet: 形式「%1」は使えません。xlsx か csv を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export-sheet: %1: the output must end in .xlsx or .csv, or give --format</source>
        <translation>export-sheet: %1: 出力先は .xlsx か .csv で終わるようにするか、--format を指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export-sheet: bad --sheets &quot;%1&quot;; list schedule, measures and kpis</source>
        <translation>export-sheet: --sheets の値「%1」が正しくありません。schedule（工程表）、measures、kpis から指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export-sheet: unknown --csv &quot;%1&quot;; use measures or schedule</source>
        <translation>export-sheet: --csv の値「%1」は使えません。measures か schedule（工程）を指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export-sheet: unknown --encoding &quot;%1&quot;; use utf-8 or cp932</source>
        <translation>export-sheet: --encoding の値「%1」は使えません。utf-8 か cp932 を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export-sheet: unknown era &quot;%1&quot;; use reiwa, western or both</source>
        <translation>export-sheet: 年度表記「%1」は使えません。reiwa、western、both のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/SheetImportCommand.cpp" line="-33"/>
        <source>import-sheet: --map takes COLUMN=FIELD, not &quot;%1&quot;</source>
        <translation>import-sheet: --map は「%1」ではなく 列=項目 の形で指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import-sheet: &quot;%1&quot; is no field; use theme, number, title, departments, audience, overview, ignore, year:YYYY or year:YYYY-MM</source>
        <translation>import-sheet: 「%1」という項目はありません。theme、number、title、departments、audience、overview、ignore、year:YYYY、year:YYYY-MM のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import-sheet: the sheet has no column &quot;%1&quot;</source>
        <translation>import-sheet: シートに列「%1」がありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The spreadsheet to read: .xlsx, .ods or .csv.</source>
        <translation>読み込む表計算ファイル：.xlsx、.ods、.csv。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet to read (default: the first with a schedule).</source>
        <translation>読み込むシート（既定は工程のある最初のシート）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a column holds, instead of what was detected: COLUMN is a letter (C) or a header text, FIELD one of theme, number, title, departments, audience, overview, ignore, year:2024, year:2024-10 (a month column). May be repeated.</source>
        <translation>検出の代わりに列の内容を指定します：COLUMN は列の文字（C）か見出しの文字列、FIELD は theme、number、title、departments、audience、overview、ignore、year:2024、year:2024-10（月の列）のいずれか。繰り返し指定できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encoding of a CSV file: utf-8 or cp932 (default: detected).</source>
        <translation>CSV ファイルの文字コード：utf-8 または cp932（既定は自動判定）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import-sheet: usage: dxplan-cli import-sheet SHEET.xlsx|ods|csv -o OUT.dxplan</source>
        <translation>import-sheet: 使い方: dxplan-cli import-sheet SHEET.xlsx|ods|csv -o OUT.dxplan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import-sheet: unknown encoding &quot;%1&quot;; use utf-8 or cp932</source>
        <translation>import-sheet: 文字コード「%1」は使えません。utf-8 か cp932 を指定してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: there is no sheet &quot;%2&quot;</source>
        <translation>%1: シート「%2」がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the sheet &quot;%2&quot; shows no measure titles and fiscal-year columns DX Plan Studio can find; name them with --map (e.g. --map B=title --map D=year:2024)</source>
        <translation>%1: シート「%2」に、DX Plan Studio が見つけられる施策名の列と年度の列がありません。--map で指定してください（例：--map B=title --map D=year:2024）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the sheet &quot;%2&quot; has no measure rows below its header</source>
        <translation>%1: シート「%2」の見出しの下に施策の行がありません</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../views/revisions/ComparisonModel.cpp" line="+238"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan itself</source>
        <translation>計画全体</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>項目名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>改定前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>改定後</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <location filename="../views/document/ComparisonReport.cpp" line="+102"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: comparison of old and new</source>
        <translation>%1 新旧対照表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: changes marked</source>
        <translation>%1（見え消し版）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected effect</source>
        <translation>期待される効果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All departments</source>
        <translation>全課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>節目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future candidates</source>
        <translation>今後検討が必要となるもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline date</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>施策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target revisions</source>
        <translation>目標の改定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of organisation</source>
        <translation>団体の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>初年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>最終年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic vision</source>
        <translation>基本理念</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>目指す姿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering</source>
        <translation>番号の付け方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase names</source>
        <translation>段階の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document parts</source>
        <translation>計画書の構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary terms</source>
        <translation>用語の示し方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>番号</translation>
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
        <translation>所管</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>表題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative text</source>
        <translation>代替テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Before: %1&#x3000;After: %2</source>
        <translation>改定前：%1&#x3000;改定後：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed parts are underlined in red after the revision and struck through in red before it.</source>
        <translation>変更箇所は、改定後を赤の下線、改定前を赤の取り消し線で示しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two versions are the same.</source>
        <translation>二つの版に違いはありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before revision</source>
        <translation>改定前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After revision</source>
        <translation>改定後</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(new)</source>
        <translation>（新規）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(removed)</source>
        <translation>（削除）</translation>
    </message>
</context>
<context>
    <name>ComparisonSource</name>
    <message>
        <location filename="../views/revisions/ComparisonSource.cpp" line="+14"/>
        <source>Current plan</source>
        <translation>現在の計画</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revision %1</source>
        <translation>改定 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>No plan is open.</source>
        <translation>計画が開かれていません。</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <location filename="../views/revisions/ComparisonWindow.cpp" line="+53"/>
        <source>Compare Plans — %1</source>
        <translation>計画の比較 — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Go to Item</source>
        <translation>項目へ移動(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Comparison...</source>
        <translation>比較を書き出す(&amp;E)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison &amp;Table (新旧対照表)...</source>
        <translation>新旧対照表(&amp;T)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Marked-up Plan Document...</source>
        <translation>見え消し版の計画書(&amp;M)...</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Before:</source>
        <translation>改定前(&amp;B):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;After:</source>
        <translation>改定後(&amp;A):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;wap</source>
        <translation>入れ替え(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the other way round.</source>
        <translation>逆向きに比較します。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Items:</source>
        <translation>項目(&amp;I):</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Other Plan File...</source>
        <translation>ほかの計画ファイル...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compare with Plan File</source>
        <translation>計画ファイルと比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DX Plan Studio plans (*.dxplan *.json)</source>
        <translation>DX Plan Studio の計画 (*.dxplan *.json)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Before: %1</source>
        <translation>改定前: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After: %1</source>
        <translation>改定後: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plans cannot be compared: %1</source>
        <translation>計画を比較できません: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No changes</source>
        <translation>変更なし</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a change to see it in full.</source>
        <translation>変更を選ぶと全体が表示されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: added</source>
        <translation>%1: 追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Not in this version.</source>
        <translation>この版にはありません。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: removed</source>
        <translation>%1: 削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Neither side is the open plan: its items are not in this window&apos;s plan.</source>
        <translation>どちらも開いている計画ではありません。項目はこのウィンドウの計画にありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item is no longer in the open plan.</source>
        <translation>この項目は開いている計画にもうありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select this item in the main window.</source>
        <translation>メインウィンドウでこの項目を選択します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Comparison Table</source>
        <translation>新旧対照表を書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Marked-up Document</source>
        <translation>見え消し版を書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument テキスト (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Web ページ (*.html)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comparison</source>
        <translation>新旧対照表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report could not be written to %1:
%2</source>
        <translation>報告書を %1 に書き出せませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>CoverageReport</name>
    <message>
        <location filename="../views/coverage/CoverageReport.cpp" line="+73"/>
        <source>Principles served by themes and measures</source>
        <translation>テーマ・施策と基本方針の対応</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme / measure</source>
        <translation>テーマ／施策</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principle %1</source>
        <translation>基本方針 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principle %1: %2</source>
        <translation>基本方針 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Themes serving it</source>
        <translation>対応するテーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures serving it</source>
        <translation>対応する施策</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan has no basic principles.</source>
        <translation>この計画には基本方針がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● the item names the principle; ○ the measure serves it through its theme.</source>
        <translation>●は項目が基本方針を挙げているもの、○は施策がテーマを通じて対応しているもの。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measures of each department by fiscal year and phase</source>
        <translation>課ごと・年度ごと・段階ごとの施策数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>課</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All departments (全課)</source>
        <translation>全課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No department</source>
        <translation>担当課なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each cell counts the measures with a phase of that kind in the fiscal year; a measure that names two departments counts for each.</source>
        <translation>各欄はその年度にその種類の段階がある施策の数です。二つの課を挙げる施策はそれぞれに数えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 measures marked 全課 (all departments) are counted once, in their own row, not in every department&apos;s row.</source>
        <translation>全課の施策 %1 件は、各課の行ではなく全課の行に一度だけ数えています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – coverage</source>
        <translation>%1 – 対応表</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../views/coverage/CoverageView.cpp" line="+177"/>
        <source>Export coverage</source>
        <translation>対応表を書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf);;Web page (*.html);;CSV for spreadsheets (*.csv)</source>
        <translation>PDF 文書 (*.pdf);;Web ページ (*.html);;表計算用 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <location filename="../views/sheets/CsvText.cpp" line="+86"/>
        <source>This system cannot write Shift_JIS (CP932); choose UTF-8.</source>
        <translation>この環境では Shift_JIS（CP932）で書き込めません。UTF-8 を選んでください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The character “%1” (U+%2) after “%3” cannot be written in Shift_JIS (CP932); choose UTF-8 or change the text.</source>
        <translation>「%3」の後の文字「%1」（U+%2）は Shift_JIS（CP932）で書けません。UTF-8 を選ぶか、文を直してください。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../views/common/DateField.cpp" line="+26"/>
        <source>Pick from a calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a date as you would write it: 2025/3/31, 2025-03-31, R7.3.31 or 令和7年3月31日%1. It is shown in the format of View &gt; Fiscal Years.</source>
        <translation>日付は普段書くとおりに入力できます：2025/3/31、2025-03-31、R7.3.31、令和7年3月31日%1。表示は「表示」→「年度の表記」の形式になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, or a month only (令和7年3月)</source>
        <translation>、月までなら 令和7年3月</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Not a date: %1</source>
        <translation>日付として読めません。%1</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <location filename="../models/DateText.cpp" line="+80"/>
        <source>e.g. 2025/3/31, R7.3.31 or 令和7年3月31日</source>
        <translation>例：2025/3/31、R7.3.31、令和7年3月31日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2025/3/31, R7.3.31, 令和7年3月31日, or a month: 令和7年3月</source>
        <translation>例：2025/3/31、R7.3.31、令和7年3月31日、月までなら 令和7年3月</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <location filename="../views/document/ChapterMarkdown.cpp" line="+194"/>
        <source>Figure %1</source>
        <translation>図%1</translation>
    </message>
    <message>
        <location filename="../views/document/DocumentBuilder.cpp" line="+181"/>
        <source>Chapter %n</source>
        <translation>第%n章</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>From %1, with no end date; the plan is revised as needed.</source>
        <translation>%1から、対象期間を定めず、必要に応じて改定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1 to %2 (%n years).</source>
        <translation>%1から%2までの%n年間とします。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adopted %1</source>
        <translation>%1策定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised %1</source>
        <translation>%1改定</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Vision and principles</source>
        <translation>基本理念と基本方針</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vision</source>
        <translation>基本理念</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What we aim for</source>
        <translation>目指す姿</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Principles</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Promotion structure</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles of the promotion structure</source>
        <translation>推進体制の役割</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsibilities</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plan period</source>
        <translation>計画期間</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All departments</source>
        <translation>全課</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>工程</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Measures</source>
        <translation>具体的な取組</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Principles served: %1</source>
        <translation>対応する基本方針：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Directions</source>
        <translation>取組の方向性</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Future candidates</source>
        <translation>今後検討が必要となるもの</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roadmap</source>
        <translation>工程表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roadmap of %n measures from %1 to %2.</source>
        <translation>%1から%2までの%n件の取組の工程表。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPIs</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KPI targets and results</source>
        <translation>成果指標の目標と実績</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target %1</source>
        <translation>%1目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>最新実績</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart of %1: targets and results by fiscal year.</source>
        <translation>%1の年度別の目標と実績のグラフ。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System inventory</source>
        <translation>標準化対象業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems to be standardised</source>
        <translation>標準化の対象となる業務とシステム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business</source>
        <translation>業務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current system</source>
        <translation>現行システム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>所管課</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other terms</source>
        <translation>その他の用語</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revision history</source>
        <translation>改定履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions of the plan</source>
        <translation>計画の策定・改定の経過</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adopted</source>
        <translation>策定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>改定</translation>
    </message>
    <message>
        <location filename="../views/document/PlanDrawings.cpp" line="+107"/>
        <source>Roadmap as a table</source>
        <translation>工程表（表形式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>取組</translation>
    </message>
</context>
<context>
    <name>DocumentExportDialog</name>
    <message>
        <location filename="../views/window/DocumentExportDialog.cpp" line="+55"/>
        <location line="+385"/>
        <location line="+13"/>
        <source>Export Document</source>
        <translation>計画書の書き出し</translation>
    </message>
    <message>
        <location line="-390"/>
        <source>Preview of the document&apos;s pages</source>
        <translation>計画書のページのプレビュー</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Parts of the document:</source>
        <translation>計画書の構成(&amp;P):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts of the document</source>
        <translation>計画書の構成</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected part one place earlier (Alt+Up)</source>
        <translation>選んだ部分を一つ前へ移します (Alt+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected part one place later (Alt+Down)</source>
        <translation>選んだ部分を一つ後ろへ移します (Alt+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Standard Order</source>
        <translation>標準の順序(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every part back in the document, in the standard order</source>
        <translation>すべての部分を標準の順序で計画書に戻します</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>P&amp;aper:</source>
        <translation>用紙(&amp;A):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reiwa (令和6年度)</source>
        <translation>和暦 (令和6年度)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western (FY2024)</source>
        <translation>西暦 (2024年度)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both (令和6(2024)年度)</source>
        <translation>併記 (令和6(2024)年度)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Years:</source>
        <translation>年の表記(&amp;Y):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export...</source>
        <translation>書き出し(&amp;E)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cover</source>
        <translation>表紙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(untitled chapter)</source>
        <translation>(題のない章)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vision and principles</source>
        <translation>基本理念と基本方針</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion structure</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan period</source>
        <translation>計画期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes and measures</source>
        <translation>取組テーマと施策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future candidates</source>
        <translation>今後検討が必要となるもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap</source>
        <translation>工程表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>成果指標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System inventory</source>
        <translation>標準化対象業務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision history</source>
        <translation>改定履歴</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This plan is read-only: its document can be exported as it is, not rearranged.</source>
        <translation>この計画は読み取り専用です。計画書はそのまま書き出せますが、構成は変えられません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A document needs at least one part.</source>
        <translation>計画書には少なくとも一つの部分が必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back in the document</source>
        <translation>%1を計画書に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave %1 out of the document</source>
        <translation>%1を計画書から外す</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move %1 up</source>
        <translation>%1を上へ移動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move %1 down</source>
        <translation>%1を下へ移動</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard document order</source>
        <translation>計画書を標準の順序に</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No plan is open.</source>
        <translation>計画が開かれていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument テキスト (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html *.htm)</source>
        <translation>ウェブページ (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文書 (*.docx)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>plan document</source>
        <translation>計画書</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The document could not be written to %1:
%2</source>
        <translation>計画書を %1 に書き出せませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <location filename="../views/document/DocumentExporter.cpp" line="+97"/>
        <source>The document can be written as PDF, ODT, HTML or DOCX; &quot;%1&quot; has none of these extensions.</source>
        <translation>計画書は PDF、ODT、HTML、DOCX で書き出せます。「%1」はどの拡張子でもありません。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>DOCX needs LibreOffice, which is not installed; export ODT instead, which Word opens too.</source>
        <translation>DOCX には LibreOffice が必要ですが、インストールされていません。Word でも開ける ODT で書き出してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No temporary folder could be made for the DOCX conversion.</source>
        <translation>DOCX への変換に使う一時フォルダーを作れませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LibreOffice did not finish the DOCX conversion in time.</source>
        <translation>LibreOffice の DOCX への変換が時間内に終わりませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibreOffice could not convert the document to DOCX: %1</source>
        <translation>LibreOffice で DOCX に変換できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>DocumentOdtWriter</name>
    <message>
        <location filename="../views/document/DocumentOdtWriter.cpp" line="+1060"/>
        <source>the ODT file cannot be written: the output is not open for writing</source>
        <translation>ODT ファイルを書き込めません: 出力先が書き込み用に開かれていません</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+19"/>
        <source>the ODT package could not be made: %1</source>
        <translation>ODT パッケージを作れませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the ODT file could not be written: %1</source>
        <translation>ODT ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the output stopped taking data</source>
        <translation>出力先がデータを受け付けなくなりました</translation>
    </message>
</context>
<context>
    <name>DocumentPages</name>
    <message>
        <location filename="../views/document/DocumentPages.cpp" line="+280"/>
        <source>The document has no pages.</source>
        <translation>計画書にページがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The output cannot be opened for painting.</source>
        <translation>出力先に描画できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new page could not be started.</source>
        <translation>新しいページを始められませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pages could not be finished.</source>
        <translation>ページを書き終えられませんでした。</translation>
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
        <location filename="../views/editors/InfoEditor.cpp" line="+181"/>
        <location filename="../views/editors/ItemBinder.h" line="+58"/>
        <location filename="../views/editors/ItemEditorFactory.cpp" line="+38"/>
        <source>Edit %1</source>
        <translation>%1の変更</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../views/editors/ChapterEditor.cpp" line="+99"/>
        <source>Formatting</source>
        <translation>書式</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+387"/>
        <source>Text (Markdown)</source>
        <translation>本文（Markdown）</translation>
    </message>
    <message>
        <location line="-383"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <comment>toolbar button: heading</comment>
        <translation>見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the line a heading (## at its start)</source>
        <translation>行を見出しにします (行頭に ##)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make heading</source>
        <translation>見出しにする</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <comment>toolbar button: bold</comment>
        <translation>太</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold text (**text**)</source>
        <translation>太字 (**文字**)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make bold</source>
        <translation>太字にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bold text</source>
        <translation>太字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I</source>
        <comment>toolbar button: italic</comment>
        <translation>斜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic text (*text*)</source>
        <translation>斜体 (*文字*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make italic</source>
        <translation>斜体にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic text</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bulleted list</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• List</source>
        <comment>toolbar button: bulleted list</comment>
        <translation>• 箇条書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a bulleted list (- at their start)</source>
        <translation>選んだ行を箇条書きにします (行頭に -)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make bulleted list</source>
        <translation>箇条書きにする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbered list</source>
        <translation>番号付きリスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. List</source>
        <comment>toolbar button: numbered list</comment>
        <translation>1. 番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected lines a numbered list (1. 2. 3. at their start)</source>
        <translation>選んだ行を番号付きリストにします (行頭に 1. 2. 3.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make numbered list</source>
        <translation>番号付きリストにする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a table of two columns to fill in</source>
        <translation>2列の表を挿入します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column 1</source>
        <translation>列1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column 2</source>
        <translation>列2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert table</source>
        <translation>表の挿入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected text to a web address ([text](address))</source>
        <translation>選んだ文字をウェブアドレスにリンクします ([文字](アドレス))</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert figure...</source>
        <translation>図の挿入...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <comment>toolbar button: insert figure</comment>
        <translation>図</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Glossary term</source>
        <translation>用語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <comment>toolbar button: glossary term</comment>
        <translation>用語</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>(figure without caption)</source>
        <translation>(キャプションのない図)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show one of the plan&apos;s figures here</source>
        <translation>計画の図をここに表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has no figures yet: add one under Figures first.</source>
        <translation>計画にはまだ図がありません。先に「図」に追加してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark the selected text as a glossary term (%1)</source>
        <translation>選んだ文字を用語として示します (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s glossary is empty: add glossary entries first.</source>
        <translation>計画の用語集が空です。先に用語を追加してください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit text</source>
        <translation>本文の編集</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Insert link</source>
        <translation>リンクの挿入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link text</source>
        <translation>リンクの文字</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Insert figure</source>
        <translation>図の挿入</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mark glossary term</source>
        <translation>用語の指定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/editors/InfoEditor.cpp" line="+11"/>
        <location filename="../views/editors/MeasureEditor.cpp" line="+44"/>
        <location filename="../views/editors/ThemeEditor.cpp" line="+68"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../views/editors/InfoEditor.cpp" line="+1"/>
        <source>Organisation</source>
        <translation>団体名</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>First fiscal year</source>
        <translation>開始年度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit first fiscal year</source>
        <translation>初年度を変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last fiscal year</source>
        <translation>終了年度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit last fiscal year</source>
        <translation>最終年度を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No end year (対象期間を定めず)</source>
        <translation>終了年度なし（対象期間を定めず）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change plan period</source>
        <translation>計画期間を変更</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Section number style</source>
        <translation>区分の番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Section number prefix</source>
        <translation>区分の番号の前置き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme number style</source>
        <translation>取組テーマの番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theme number prefix</source>
        <translation>取組テーマの番号の前置き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart theme numbers in each section</source>
        <translation>区分ごとに取組テーマの番号を振り直す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure number style</source>
        <translation>取組施策の番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure number prefix</source>
        <translation>取組施策の番号の前置き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart measure numbers in each theme</source>
        <translation>取組テーマごとに取組施策の番号を振り直す</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Change numbering</source>
        <translation>番号の付け方を変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan&apos;s names for the phases (empty: the standard word)</source>
        <translation>計画での段階の呼び方（空欄は標準の語）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit phase names</source>
        <translation>段階の呼び方を変更</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add the usual audiences</source>
        <translation>標準の対象を追加</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kind of organisation</source>
        <translation>団体の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Town</source>
        <translation>町</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change kind of organisation</source>
        <translation>団体の種類を変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the printed plan</source>
        <translation>印刷する計画の言語</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change plan language</source>
        <translation>計画の言語を変更</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Glossary terms in the document</source>
        <translation>計画書での用語の示し方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered notes</source>
        <translation>番号付きの注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Links to the glossary</source>
        <translation>用語集へのリンク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change how glossary terms print</source>
        <translation>用語の示し方の変更</translation>
    </message>
    <message>
        <location filename="../views/editors/ThemeEditor.cpp" line="-45"/>
        <source>(no section)</source>
        <translation>（区分なし）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Theme</source>
        <translation>取組テーマ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change section</source>
        <translation>区分を変更</translation>
    </message>
    <message>
        <location filename="../views/editors/MeasureEditor.cpp" line="+31"/>
        <location filename="../views/editors/ThemeEditor.cpp" line="+1"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../views/editors/ThemeEditor.cpp" line="+1"/>
        <source>Principles</source>
        <translation>基本原則</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../views/editors/ThemeEditor.cpp" line="+3"/>
        <source>Change principles</source>
        <translation>基本原則を変更</translation>
    </message>
    <message>
        <location filename="../views/editors/ThemeEditor.cpp" line="+1"/>
        <source>Future candidates (one per line)</source>
        <translation>今後検討が必要となるもの(1行に1件)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit future candidates</source>
        <translation>今後検討が必要となるものを編集</translation>
    </message>
    <message>
        <location filename="../views/editors/MeasureEditor.cpp" line="-35"/>
        <source>Measure</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+6"/>
        <source>Change departments</source>
        <translation>関係課を変更</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expected effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <location filename="../views/editors/ThemeEditor.cpp" line="-28"/>
        <source>Schedule</source>
        <translation>工程</translation>
    </message>
    <message>
        <location filename="../views/editors/KpiRevisionEditors.cpp" line="+18"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../views/editors/MeasureEditor.cpp" line="-34"/>
        <location filename="../views/editors/ThemeEditor.cpp" line="+11"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../views/editors/KpiRevisionEditors.cpp" line="-2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline, targets and actuals are edited in the KPI tab.</source>
        <translation>基準値・目標・実績はKPIタブで編集します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revision</source>
        <translation>改定履歴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Edit date</source>
        <translation>日付を編集</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The plan states only the month</source>
        <translation>計画には月までしか記載がない</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <translation>種類を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../views/editors/FigureEditor.cpp" line="+85"/>
        <source>PNG picture</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JPEG photo</source>
        <translation>JPEG 写真</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing</source>
        <translation>SVG 図</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>No picture yet</source>
        <translation>画像はまだありません</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+105"/>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The picture cannot be shown.</source>
        <translation>画像を表示できません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The figure no longer exists.</source>
        <translation>この図はもうありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plan is read-only.</source>
        <translation>この計画は読み取り専用です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2; a figure&apos;s picture may be at most %3.</source>
        <translation>%1 は %2 です。図の画像は %3 までです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2, the most a figure&apos;s picture may be.</source>
        <translation>%1 は図の画像の上限 %2 を超えています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a PNG, JPEG or SVG picture that DX Plan Studio can show.</source>
        <translation>%1 は DX Plan Studio で表示できる PNG、JPEG、SVG の画像ではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose picture</source>
        <translation>画像の選択</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figure</source>
        <translation>図</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative text</source>
        <translation>代替テキスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What screen readers say instead of the picture: describe what it shows and what it tells.</source>
        <translation>画像の代わりに読み上げられる文です。何が描かれ、何を伝えるかを書いてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File type</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose picture...</source>
        <translation>画像を選ぶ...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PNG, JPEG or SVG file of at most %1; the plan keeps a copy.</source>
        <translation>%1 までの PNG、JPEG、SVG ファイル。計画に写しが保存されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Choose Picture</source>
        <translation>画像の選択</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Pictures (*.png *.jpg *.jpeg *.svg);;PNG (*.png);;JPEG (*.jpg *.jpeg);;SVG (*.svg)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.svg);;PNG (*.png);;JPEG (*.jpg *.jpeg);;SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Markdown to show the figure in a chapter</source>
        <translation>章に図を表示するための Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the Markdown, to paste it into a chapter&apos;s text</source>
        <translation>Markdown をコピーして章の本文に貼り付けます</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In a chapter</source>
        <translation>章の中で</translation>
    </message>
</context>
<context>
    <name>ItemEditorPanel</name>
    <message>
        <location filename="../views/editors/ItemEditorPanel.cpp" line="+14"/>
        <location line="+47"/>
        <source>Select an item in the outline or a measure in the table to edit it.</source>
        <translation>編集するには、アウトラインの項目か表の取組施策を選択してください。</translation>
    </message>
    <message>
        <location line="-1"/>
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
    <name>ItemKind</name>
    <message>
        <location filename="../models/ItemKinds.h" line="+122"/>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New audience</source>
        <translation>新しい対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add audience</source>
        <translation>対象を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove audience</source>
        <translation>対象を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Section</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New section</source>
        <translation>新しい区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>区分を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove section</source>
        <translation>区分を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+156"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Principle</source>
        <translation>基本原則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New principle</source>
        <translation>新しい基本原則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add principle</source>
        <translation>基本原則を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove principle</source>
        <translation>基本原則を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>基本原則</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Role</source>
        <translation>推進体制の役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New role</source>
        <translation>新しい役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add role</source>
        <translation>役割を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove role</source>
        <translation>役割を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>推進体制</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Department</source>
        <translation>課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New department</source>
        <translation>新しい課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add department</source>
        <translation>課を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove department</source>
        <translation>課を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>課</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Theme</source>
        <translation>取組テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New theme</source>
        <translation>新しい取組テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add theme</source>
        <translation>取組テーマを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove theme</source>
        <translation>取組テーマを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>取組テーマ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Direction</source>
        <translation>取組の方向性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New direction</source>
        <translation>新しい取組の方向性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add direction</source>
        <translation>取組の方向性を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove direction</source>
        <translation>取組の方向性を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directions</source>
        <translation>取組の方向性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measure</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New measure</source>
        <translation>新しい取組施策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add measure</source>
        <translation>取組施策を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove measure</source>
        <translation>取組施策を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New KPI</source>
        <translation>新しいKPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add KPI</source>
        <translation>KPIを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove KPI</source>
        <translation>KPIを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New system</source>
        <translation>新しいシステム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add system</source>
        <translation>システムを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove system</source>
        <translation>システムを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>標準化対象システム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>番号</translation>
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
        <location line="+9"/>
        <source>Glossary entry</source>
        <translation>用語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New glossary entry</source>
        <translation>新しい用語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add glossary entry</source>
        <translation>用語を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove glossary entry</source>
        <translation>用語を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>用語集</translation>
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
        <location line="+9"/>
        <source>Revision</source>
        <translation>改定履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New revision</source>
        <translation>新しい改定履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add revision</source>
        <translation>改定履歴を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove revision</source>
        <translation>改定履歴を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>改定履歴</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New chapter</source>
        <translation>新しい章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add chapter</source>
        <translation>章を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove chapter</source>
        <translation>章を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chapters</source>
        <translation>章</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text (Markdown)</source>
        <translation>本文（Markdown）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Figure</source>
        <translation>図</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New figure</source>
        <translation>新しい図</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add figure</source>
        <translation>図を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove figure</source>
        <translation>図を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>図</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative text</source>
        <translation>代替テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File type</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>ItemLabels</name>
    <message>
        <location filename="../views/itemmodels/ItemLabels.cpp" line="+36"/>
        <source>Adopted</source>
        <translation>策定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>改定</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JsonDuplicateKeys</name>
    <message>
        <location filename="../models/JsonDuplicateKeys.cpp" line="+509"/>
        <source>%1: the key %2 appears twice</source>
        <translation>%1: キー %2 が重複しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: nested more than %2 levels deep</source>
        <translation>%1: 入れ子が %2 階層を超えています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the number %2 is too large</source>
        <translation>%1: 数値 %2 が大きすぎます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON at line %1, column %2</source>
        <translation>正しい JSON ではありません(%1 行目、%2 文字目)</translation>
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
        <location line="+98"/>
        <source>Edit KPI actual</source>
        <translation>KPI実績を編集</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month only</source>
        <translation>月のみ</translation>
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
        <location filename="../views/kpi/KpiChartBuilder.cpp" line="+206"/>
        <source>Target %1: %2</source>
        <translation>%1の目標: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest (%1): %2</source>
        <translation>最新（%1）: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Original target</source>
        <translation>当初の目標</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Target already met</source>
        <translation>目標達成済み</translation>
    </message>
</context>
<context>
    <name>KpiChartPane</name>
    <message>
        <location filename="../views/kpi/KpiChartPane.cpp" line="+20"/>
        <source>◀ All KPIs</source>
        <translation>◀ すべてのKPI</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Status: %1.</source>
        <translation>状況: %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Latest actual %1 on %2.</source>
        <translation>最新の実績は%2時点で%1。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>No actual has been recorded yet.</source>
        <translation>実績はまだ記録されていません。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Latest record on %1: %2.</source>
        <translation>%1の最新の記録: %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Target for %1: %2.</source>
        <translation>%1の目標: %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achievement: %1.</source>
        <translation>達成率: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The planned path stood at %1 on that day.</source>
        <translation>同日の計画上の値は%1でした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s target (%2) is already met by the latest actual (%3) — consider raising it.</source>
        <translation>%1の目標(%2)は最新の実績(%3)ですでに達成されています。目標の引き上げを検討してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The latest actual, of %1, is more than a year old: its status cannot be judged until a newer one is entered.</source>
        <translation>最新の実績（%1）は1年以上前のものです。新しい実績を入力するまで状況は判断できません。</translation>
    </message>
</context>
<context>
    <name>KpiDashboardRenderer</name>
    <message>
        <location filename="../views/kpi/KpiDashboardRenderer.cpp" line="+133"/>
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
        <location line="+80"/>
        <source>Latest (%1): %2</source>
        <translation>最新（%1）: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latest %1 (%2)</source>
        <translation>最新 %1(%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>▲ Target already met for %1: raise it?</source>
        <translation>▲ %1の目標は達成済み: 引き上げますか？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Latest actual over a year old: enter a newer one</source>
        <translation>最新の実績が1年以上前: 新しい実績を入力してください</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+6"/>
        <source>No actuals recorded</source>
        <translation>実績の記録なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target %1: %2</source>
        <translation>目標 %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> - achieved %1</source>
        <translation> - 達成率 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No target set</source>
        <translation>目標未設定</translation>
    </message>
</context>
<context>
    <name>KpiDashboardView</name>
    <message>
        <location filename="../views/kpi/KpiDashboardView.cpp" line="+107"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
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
        <location filename="../views/kpi/KpiDetailsEditor.cpp" line="+32"/>
        <source>month only</source>
        <translation>月のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add actual</source>
        <translation>実績を追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove actual</source>
        <translation>実績を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revise target…</source>
        <translation>目標を改定…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Targets and actuals by fiscal year</source>
        <translation>年度別の目標と実績</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change a target after adoption (上方修正), keeping the first target, the date and the reason</source>
        <translation>策定後に目標を変更します（上方修正）。当初の目標、日付、理由は残ります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linked measures</source>
        <translation>関連する取組施策</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Direction:</source>
        <translation>方向:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan states this date to the month only (令和6年11月)</source>
        <translation>計画ではこの日付が月までしか記載されていない（令和6年11月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans often give a baseline as of a month (令和6年11月時点). Checked, the date keeps the month only and is shown so; typing a month in the date field checks it too.</source>
        <translation>計画では基準値を月単位で示すことが多くあります（令和6年11月時点）。チェックすると日付は月までとなり、そのように表示されます。日付欄に月まで入力してもチェックされます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether a higher or a lower figure is better. It decides when a target counts as met and how the status is judged.</source>
        <translation>数値が高いほど良いか、低いほど良いか。目標の達成と状況の判定に使われます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>on</source>
        <translation>時点</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+90"/>
        <source>Revise KPI target</source>
        <translation>KPIの目標を改定</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>(no theme)</source>
        <translation>(取組テーマなし)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+12"/>
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
        <location filename="../views/kpi/KpiEditor.cpp" line="+21"/>
        <location line="+136"/>
        <source>Add KPI</source>
        <translation>KPIを追加</translation>
    </message>
    <message>
        <location line="-135"/>
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
        <location line="+44"/>
        <source>&lt;p&gt;&lt;b&gt;This plan has no KPI yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Add KPI&lt;/b&gt; above (or Ctrl+Shift+K) to add one, then give it a name and a unit, its baseline, and a target for each fiscal year. Actuals are recorded as they come in; the dashboard on the right then shows how each KPI is doing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;この計画にはまだ KPI がありません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;上の&lt;b&gt;KPIを追加&lt;/b&gt;（または Ctrl+Shift+K）で追加し、名称と単位、基準値、年度ごとの目標値を入力してください。実績値は判明したときに記録します。右のダッシュボードに各 KPI の状況が表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+85"/>
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
        <location filename="../views/kpi/KpiExporter.cpp" line="+154"/>
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
        <location filename="../views/kpi/KpiFormat.cpp" line="+100"/>
        <source>Achieved</source>
        <translation>達成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Behind</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stale</source>
        <translation>実績が古い</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualitative</source>
        <translation>定性目標</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower is better</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>revised %1</source>
        <translation>%1改定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 target %2 → %3</source>
        <translation>%1目標 %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
</context>
<context>
    <name>KpiSeriesModel</name>
    <message>
        <location filename="../views/kpi/KpiSeriesModel.cpp" line="+82"/>
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
        <location filename="../views/kpi/KpiTableModel.cpp" line="+133"/>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Target already met for %1</source>
        <translation>%1の目標は達成済み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest actual over a year old</source>
        <translation>最新の実績が1年以上前</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>要確認</translation>
    </message>
</context>
<context>
    <name>KpiTargetRevisionDialog</name>
    <message>
        <location filename="../views/kpi/KpiTargetRevisionDialog.cpp" line="+20"/>
        <source>Revise Target</source>
        <translation>目標の改定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fiscal year:</source>
        <translation>年度(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current target:</source>
        <translation>現在の目標:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number in %1</source>
        <translation>%1 単位の数値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;value:</source>
        <translation>新しい値(&amp;V):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or a statement: 改善, 維持 ...</source>
        <translation>または文言: 改善、維持 など</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;statement:</source>
        <translation>新しい文言(&amp;S):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revised &amp;on:</source>
        <translation>改定日(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why the target changed</source>
        <translation>目標を変えた理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target as first set stays in the KPI&apos;s history and in the printed KPI table.</source>
        <translation>当初の目標は KPI の履歴と印刷される KPI の表に残ります。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The new target is the same as the current one.</source>
        <translation>新しい目標が現在の目標と同じです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the new target a value or a statement.</source>
        <translation>新しい目標に数値か文言を入れてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The KPI has no target for that year.</source>
        <translation>この KPI にはその年度の目標がありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The date is not one DX Plan Studio can read: %1</source>
        <translation>DX Plan Studio が読めない日付です。%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>「%1」は数値ではありません。</translation>
    </message>
</context>
<context>
    <name>KpiYearGridModel</name>
    <message>
        <location filename="../views/kpi/KpiYearGridModel.cpp" line="+151"/>
        <source>Latest actual of the year, dated %1</source>
        <translation>年度内の最新実績(%1時点)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change KPI target</source>
        <translation>KPIの目標を変更</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target statement</source>
        <translation>目標（記述）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/window/MainWindow.cpp" line="+65"/>
        <source>Read-only: this plan cannot be changed here. Use File &gt; Save As to keep an editable copy.</source>
        <translation>読み取り専用:この計画はここでは変更できません。編集できる複製は「ファイル &gt; 名前を付けて保存」で作れます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Measures</source>
        <translation>取組施策(&amp;M)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Roadmap</source>
        <translation>工程表(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;KPIs</source>
        <translation>KPI(&amp;K)</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+18"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+7"/>
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
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>最近使った計画(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/window/MainWindowDocuments.cpp" line="+292"/>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+13"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>New from &amp;Sample</source>
        <translation>サンプルから新規作成(&amp;S)</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The plan&apos;s parts. Insert adds an item like the selected one, F2 renames it, Delete removes it; drag items to reorder them or to move a measure to another theme. Every change can be undone.</source>
        <translation>計画の構成です。Insert で選んだ項目と同じ種類の項目を追加し、F2 で名前を変更し、Delete で削除します。ドラッグで並べ替えや、施策の別のテーマへの移動ができます。どの変更も元に戻せます。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Current Tab...</source>
        <translation>表示中のタブ(&amp;C)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Document...</source>
        <translation>計画書(&amp;D)...</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+9"/>
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
        <source>&amp;User Manual</source>
        <translation>利用者マニュアル(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About DX Plan Studio</source>
        <translation>DX Plan Studioについて(&amp;A)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../views/window/MainWindowDocuments.cpp" line="-139"/>
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
        <location line="+63"/>
        <source>The new language is used from the next start of DX Plan Studio.</source>
        <translation>新しい言語はDX Plan Studioの次回起動時から使われます。</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../views/window/MainWindowDocuments.cpp" line="-82"/>
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
        <location line="+44"/>
        <location line="+12"/>
        <source>New Plan</source>
        <translation>新しい計画</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The sample plan cannot be loaded: %1</source>
        <translation>サンプル計画を読み込めません:%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New DX promotion plan</source>
        <translation>新しいDX推進計画</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../views/window/MainWindowSheets.cpp" line="+51"/>
        <source>A new plan cannot be started: %1</source>
        <translation>新しい計画を作成できません:%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This plan is already open in another DX Plan Studio window.</source>
        <translation>この計画はDX Plan Studioの別のウィンドウで既に開かれています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This plan is already open in %1 (process %2 on %3).</source>
        <translation>この計画は%1で既に開かれています(%3のプロセス%2)。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This plan is already opened by %1 (%2 on %3).</source>
        <translation>この計画は %1 さんが開いています（%3 の %2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan Already Open</source>
        <translation>計画は既に開かれています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it read-only instead?</source>
        <translation>代わりに読み取り専用で開きますか？</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+16"/>
        <source>Open Plan Read-Only</source>
        <translation>計画を読み取り専用で開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Plan</source>
        <translation>計画を開く</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot Recover Plan</source>
        <translation>計画を復元できません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The unsaved work cannot be recovered: %1</source>
        <translation>保存されていない作業を復元できません:%1</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+27"/>
        <source>Cannot Save Plan</source>
        <translation>計画を保存できません</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 is open in another window or program; close it there first.</source>
        <translation>%1 は別のウィンドウまたはプログラムで開かれています。先にそちらで閉じてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Plan</source>
        <translation>計画の保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by someone else since you opened it.
Save your version under another name, overwrite the file with your version (their changes are lost), or cancel?</source>
        <translation>%1 は、開いた後に他の人によって変更されています。
こちらの内容を別の名前で保存するか、こちらの内容でファイルを上書きするか(他の人の変更は失われます)、キャンセルするかを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Overwrite</source>
        <translation>上書き(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be saved.
%2</source>
        <translation>%1 を保存できません。
%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The plan &quot;%1&quot; has unsaved changes. Save them before closing?</source>
        <translation>計画「%1」には保存されていない変更があります。閉じる前に保存しますか？</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No recent plans</source>
        <translation>最近使った計画はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowEditing.cpp" line="+91"/>
        <source>Add &amp;Sibling</source>
        <translation>同じ種類の項目を追加(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an item of the same kind after the selected one (Insert)</source>
        <translation>選んだ項目の後に同じ種類の項目を追加します（Insert）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Measure to Theme</source>
        <translation>テーマに取組施策を追加(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a measure to the selected theme (Ctrl+Shift+M)</source>
        <translation>選んだテーマに取組施策を追加します（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name</source>
        <translation>名前の変更(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the selected item (F2)</source>
        <translation>選んだ項目の名前を変更します（F2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected item; Undo brings it back (Delete)</source>
        <translation>選んだ項目を削除します。元に戻すで戻せます（Delete）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Add a theme first: directions and measures belong to a theme.</source>
        <translation>先に取組テーマを追加してください。取組の方向性と取組施策は取組テーマに属します。</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowRevisions.cpp" line="+32"/>
        <source>Mark Re&amp;vision...</source>
        <translation>改定を記録(&amp;V)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the plan as it stands now as a named revision</source>
        <translation>現在の計画を名前を付けた改定として残します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision &amp;History...</source>
        <translation>改定履歴(&amp;H)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the plan&apos;s revisions; open, compare or restore one</source>
        <translation>計画の改定を一覧し、開く・比較する・復元することができます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare...</source>
        <translation>比較(&amp;C)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List what changed between two versions of the plan, or two plan files</source>
        <translation>計画の二つの版、または二つの計画ファイルの違いを一覧します</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot Open Revision</source>
        <translation>改定を開けません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 cannot be opened.
%2</source>
        <translation>改定 %1 を開けません。
%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore Revision</source>
        <translation>改定を復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the plan as revision %1 kept it?
Everything changed since then is replaced; the revision history stays. Edit &gt; Undo brings the present plan back.</source>
        <translation>計画を改定 %1 の時点の内容に戻しますか？
その後の変更はすべて置き換えられます。改定履歴は残ります。［編集］&gt;［元に戻す］で現在の計画に戻せます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Restore Revision</source>
        <translation>改定を復元できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 cannot be read.
%2</source>
        <translation>改定 %1 を読み込めません。
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore revision %1</source>
        <translation>改定 %1 を復元</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowCoverage.cpp" line="+14"/>
        <source>C&amp;overage</source>
        <translation>対応表(&amp;O)</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowProblems.cpp" line="+15"/>
        <location line="+11"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowAudit.cpp" line="+47"/>
        <source>Si&amp;gn...</source>
        <translation>署名(&amp;G)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the saved plan with your organisation&apos;s certificate</source>
        <translation>保存した計画に団体の証明書で署名します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trusted Certificates...</source>
        <translation>信頼する証明書(&amp;T)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root certificates that signed plans are checked against</source>
        <translation>署名された計画の検証に使うルート証明書</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propert&amp;ies...</source>
        <translation>プロパティ(&amp;I)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integrity, signature, who saved the plan and when, and its revisions</source>
        <translation>完全性、署名、保存者と保存日時、改定の履歴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your &amp;Name...</source>
        <translation>あなたの名前(&amp;N)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name saved plans record as who saved them</source>
        <translation>保存した計画に保存者として記録される名前</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Click for the plan&apos;s properties.</source>
        <translation>クリックすると計画のプロパティを表示します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Details...</source>
        <translation>詳細...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Signature</source>
        <translation>署名の削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is signed by %2. Saving changes the file, so the signature is removed; you can sign the plan again with File &gt; Sign.
Save and remove the signature?</source>
        <translation>%1 には %2 の署名があります。保存するとファイルが変わるため署名は削除されます。［ファイル］&gt;［署名］で署名し直せます。
保存して署名を削除しますか？</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The plan has not been saved yet. A signature covers the saved file, so it is saved first.</source>
        <translation>計画はまだ保存されていません。署名は保存したファイルに対して行うため、先に保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has unsaved changes. A signature covers the saved file, so they are saved first.</source>
        <translation>計画に保存していない変更があります。署名は保存したファイルに対して行うため、先に保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign Plan</source>
        <translation>計画に署名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the plan now?</source>
        <translation>今すぐ計画を保存しますか？</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowSheetExport.cpp" line="+23"/>
        <source>&amp;Spreadsheet...</source>
        <translation>表計算ファイル(&amp;S)...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../views/window/MainWindowSheets.cpp" line="-31"/>
        <source>&amp;Import Spreadsheet...</source>
        <translation>表計算ファイルの読み込み(&amp;I)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Plan from Sp&amp;readsheet...</source>
        <translation>表計算ファイルから新しい計画(&amp;R)...</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>Import Spreadsheet</source>
        <translation>表計算ファイルの読み込み</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>表計算ファイル (*.xlsx *.ods *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Plan from Spreadsheet</source>
        <translation>表計算ファイルから新しい計画</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import spreadsheet %1</source>
        <translation>表計算ファイル %1 の読み込み</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../views/window/ManualWindow.cpp" line="+13"/>
        <source>DX Plan Studio User Manual</source>
        <translation>DX Plan Studio 利用者マニュアル</translation>
    </message>
</context>
<context>
    <name>MarkRevisionDialog</name>
    <message>
        <location filename="../views/revisions/MarkRevisionDialog.cpp" line="+22"/>
        <source>Mark Revision</source>
        <translation>改定を記録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A revision keeps a copy of the plan as it stands now. You can open it, compare it with later versions and restore it.</source>
        <translation>改定として現在の計画の写しを残します。後で開いたり、後の版と比較したり、復元したりできます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revision name</source>
        <translation>改定の名前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision date</source>
        <translation>改定の日付</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision note</source>
        <translation>改定の備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this revision changed (optional)</source>
        <translation>この改定で変えたこと（任意）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Mark Revision</source>
        <translation>改定を記録(&amp;M)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give the revision a name.</source>
        <translation>改定に名前を付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan already has a revision named &quot;%1&quot;; choose another name.</source>
        <translation>この計画には「%1」という改定が既にあります。別の名前にしてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The date is not one DX Plan Studio can read: %1</source>
        <translation>DX Plan Studio が読めない日付です。%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark revision %1</source>
        <translation>改定 %1 を記録</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../views/window/MeasuresPage.cpp" line="+41"/>
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
        <location line="+7"/>
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
        <location line="+10"/>
        <location line="+156"/>
        <source>Measures</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="-48"/>
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
        <location line="+1"/>
        <source>Anyone</source>
        <translation>すべての対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>すべての進捗</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 – measures</source>
        <translation>%1 – 取組施策</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No plan is open.</source>
        <translation>計画が開かれていません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a .pdf, .xlsx or .csv file.</source>
        <translation>.pdf、.xlsx、.csv のいずれかのファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the shown measures</source>
        <translation>表示中の取組施策の書き出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV for spreadsheets (*.csv);;PDF document (*.pdf)</source>
        <translation>Excel ブック (*.xlsx);;表計算用 CSV (*.csv);;PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MeasuresPaste</name>
    <message>
        <location filename="../views/sheets/MeasuresPaste.cpp" line="+66"/>
        <source>The plan is read-only.</source>
        <translation>この計画は読み取り専用です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+116"/>
        <location line="+5"/>
        <source>Paste measures</source>
        <translation>取組施策の貼り付け</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: paste rows laid out like the measures table: theme, number, measure, audience, departments, principles, status.</source>
        <translation>%1: 取組施策の表と同じ並び（テーマ、番号、取組施策、対象、関係課、基本原則、進捗）の行を貼り付けてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the theme is missing.</source>
        <translation>%1: テーマがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the plan has no theme “%2”.</source>
        <translation>%1: 計画にテーマ「%2」がありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a new measure needs a title.</source>
        <translation>%1: 新しい取組施策には名称が必要です。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the plan has no audience “%2”; add it first.</source>
        <translation>%1: 計画に対象「%2」がありません。先に追加してください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the plan has no department “%2”; add it under Departments first.</source>
        <translation>%1: 計画に課「%2」がありません。先に「課」に追加してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the plan has no principle “%2”.</source>
        <translation>%1: 計画に基本原則「%2」がありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown status “%2”.</source>
        <translation>%1: 進捗「%2」は使えません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paste measures (%1 added, %2 updated)</source>
        <translation>取組施策の貼り付け（追加 %1 件、更新 %2 件）</translation>
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
        <translation>工程</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit measure title</source>
        <translation>取組施策の名称を編集</translation>
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
    <name>PdfJoin</name>
    <message>
        <location filename="../views/common/PdfJoin.cpp" line="+170"/>
        <source>The pages could not be joined into one PDF: %1</source>
        <translation>ページを一つの PDF にまとめられませんでした: %1</translation>
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
        <translation>段階</translation>
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
        <translation>段階の終了は開始より後にしてください。</translation>
    </message>
</context>
<context>
    <name>PhaseText</name>
    <message>
        <location filename="../views/common/PhaseText.cpp" line="+15"/>
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
        <location filename="../views/sheets/MeasuresPaste.cpp" line="-57"/>
        <location filename="../views/sheets/SheetTables.cpp" line="+76"/>
        <location filename="../models/Plan.cpp" line="+86"/>
        <source>All departments</source>
        <translation>全課</translation>
    </message>
</context>
<context>
    <name>PlanChecker</name>
    <message>
        <location filename="../models/PlanChecker.cpp" line="+91"/>
        <source>theme %1 &quot;%2&quot;</source>
        <translation>テーマ %1「%2」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>measure %1 &quot;%2&quot;</source>
        <translation>施策 %1「%2」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>id %1 is used twice</source>
        <translation>ID %1 が二度使われています</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> phase %1</source>
        <translation> 段階 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends before it starts</source>
        <translation>開始より前に終わっています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lies outside the plan period %1</source>
        <translation>計画期間 %1 の外にあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>milestone &quot;%1&quot; lies outside the plan period</source>
        <translation>節目「%1」が計画期間の外にあります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the measure has no title</source>
        <translation>施策に名称がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no responsible department</source>
        <translation>担当課がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refers to a department that does not exist (id %1)</source>
        <translation>存在しない課を参照しています（ID %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <source>refers to a principle that does not exist (id %1)</source>
        <translation>存在しない基本方針を参照しています（ID %1）</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>refers to an audience that does not exist (id %1)</source>
        <translation>存在しない対象を参照しています（ID %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no schedule</source>
        <translation>工程がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the theme has no title</source>
        <translation>テーマに名称がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refers to a section that does not exist (id %1)</source>
        <translation>存在しない区分を参照しています（ID %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serves no basic principle</source>
        <translation>どの基本方針にも対応していません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no measures</source>
        <translation>施策がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a direction has no text</source>
        <translation>取組の方向性に本文がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is apart from the other themes of its section</source>
        <translation>同じ区分のほかのテーマと離れています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>measure id %1 is used twice</source>
        <translation>施策の ID %1 が二度使われています</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>principle %1 &quot;%2&quot;</source>
        <translation>基本方針 %1「%2」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no theme or measure serves it</source>
        <translation>対応するテーマも施策もありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>section %1 &quot;%2&quot;</source>
        <translation>区分 %1「%2」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prints the same number as section &quot;%1&quot;</source>
        <translation>区分「%1」と同じ番号で印刷されます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>prints the same number as theme &quot;%1&quot;</source>
        <translation>テーマ「%1」と同じ番号で印刷されます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>prints the same number as measure &quot;%1&quot;</source>
        <translation>施策「%1」と同じ番号で印刷されます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>KPI &quot;%1&quot;</source>
        <translation>KPI「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no unit</source>
        <translation>単位がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no target</source>
        <translation>目標がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>target for FY%1 lies outside the plan period</source>
        <translation>FY%1 の目標が計画期間の外にあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target for FY%1 has neither a value nor a statement</source>
        <translation>FY%1 の目標に数値も文言もありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no actual yet, though the plan&apos;s first year (FY%1) is over</source>
        <translation>計画の初年度（FY%1）が終わりましたが実績がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the latest actual (%1%2 on %3) already meets the target for FY%4 (%5%2); consider raising it</source>
        <translation>最新の実績（%3 時点 %1%2）が FY%4 の目標（%5%2）に既に達しています。目標の引き上げを検討してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the latest actual, of %1, is more than a year old; enter a newer one</source>
        <translation>最新の実績（%1）が一年以上前のものです。新しい実績を入力してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>refers to a measure that does not exist (id %1)</source>
        <translation>存在しない施策を参照しています（ID %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refers to a theme that does not exist (id %1)</source>
        <translation>存在しないテーマを参照しています（ID %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;%1&quot; is defined twice</source>
        <translation>「%1」が二度定義されています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan has no title</source>
        <translation>計画に名称がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no organisation is named</source>
        <translation>団体名がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan period ends before it starts</source>
        <translation>計画期間が開始より前に終わっています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no basic principles</source>
        <translation>基本方針がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no themes</source>
        <translation>テーマがありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sections</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audiences</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principles</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departments</source>
        <translation>課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>section %1</source>
        <translation>区分 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the section has no title</source>
        <translation>区分に名称がありません</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../models/PlanDocument.cpp" line="+201"/>
        <source>Save the plan before signing it: a signature covers the file as it is on disk.</source>
        <translation>署名する前に計画を保存してください。署名は保存されたファイルに対して行います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was changed on disk since it was opened; open it again before signing.</source>
        <translation>開いた後にファイルが変更されています。署名する前に開き直してください。</translation>
    </message>
    <message>
        <location line="+81"/>
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
    <message>
        <location line="+93"/>
        <source>the working copy could not be written</source>
        <translation>作業用コピーに書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>PlanFileReader</name>
    <message>
        <location filename="../models/PlanFileReader.cpp" line="+36"/>
        <source>an entry has no name</source>
        <translation>名前のないエントリーがあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry name &quot;%1&quot; contains a backslash</source>
        <translation>エントリー名「%1」にバックスラッシュが含まれています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry name &quot;%1&quot; is an absolute path</source>
        <translation>エントリー名「%1」が絶対パスです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry name &quot;%1&quot; starts with a drive letter</source>
        <translation>エントリー名「%1」がドライブ文字で始まっています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry name &quot;%1&quot; climbs out of the archive with &quot;..&quot;</source>
        <translation>エントリー名「%1」が「..」でアーカイブの外を指しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry name contains control characters</source>
        <translation>エントリー名に制御文字が含まれています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry name &quot;%1&quot; is not a plain file name</source>
        <translation>エントリー名「%1」が単純なファイル名ではありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../models/ZipListing.cpp" line="+135"/>
        <location line="+16"/>
        <location line="+24"/>
        <source>the file cannot be read</source>
        <translation>ファイルを読み取れません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a DX Plan Studio file (no uncompressed &quot;mimetype&quot; entry first)</source>
        <translation>DX Plan Studio のファイルではありません(先頭に無圧縮の mimetype エントリーがありません)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry &quot;%1&quot; is a symbolic link</source>
        <translation>エントリー「%1」はシンボリックリンクです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry &quot;%1&quot; appears twice</source>
        <translation>エントリー「%1」が重複しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry &quot;%1&quot; differs from another only in letter case</source>
        <translation>エントリー「%1」と大文字・小文字だけが異なるエントリーがあります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive cannot be read: </source>
        <translation>アーカイブを読み取れません: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the archive can be read in more than one way</source>
        <translation>アーカイブの内容が読み取り方によって異なります</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the entry &quot;%1&quot; is missing</source>
        <translation>エントリー「%1」がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry &quot;%1&quot; is larger than a plan file allows (%2)</source>
        <translation>エントリー「%1」が計画ファイルの上限(%2)を超えています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry &quot;%1&quot; cannot be unpacked</source>
        <translation>エントリー「%1」を展開できません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry &quot;%1&quot; is damaged</source>
        <translation>エントリー「%1」が破損しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entry &quot;%1&quot; unpacks to more than the archive declares (a ZIP bomb?)</source>
        <translation>エントリー「%1」を展開するとアーカイブに記載された大きさを超えます(ZIP 爆弾の可能性があります)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &quot;%1&quot; could not be unpacked: %2</source>
        <translation>エントリー「%1」を展開できませんでした: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry &quot;%1&quot; is truncated or damaged</source>
        <translation>エントリー「%1」が途中で切れているか、破損しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry &quot;%1&quot; does not match its CRC-32 (the file is damaged)</source>
        <translation>エントリー「%1」が CRC-32 と一致しません(ファイルが破損しています)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it is not a DX Plan Studio file (mimetype &quot;%1&quot;)</source>
        <translation>DX Plan Studio のファイルではありません(mimetype が「%1」です)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>its manifest is not valid JSON</source>
        <translation>マニフェストが正しい JSON ではありません</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>its manifest has the key &quot;%1&quot; twice</source>
        <translation>マニフェストでキー「%1」が重複しています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its manifest does not describe a DX Plan Studio plan</source>
        <translation>マニフェストが DX Plan Studio の計画のものではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest has no format version</source>
        <translation>マニフェストに形式のバージョンがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its manifest&apos;s &quot;%1&quot; is not a whole number from 0 to %2</source>
        <translation>マニフェストの「%1」が 0～%2 の整数ではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its manifest&apos;s &quot;%1&quot; is not text</source>
        <translation>マニフェストの「%1」が文字列ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it was written in format %1.%2 by a newer DX Plan Studio; this version reads format %3.x</source>
        <translation>新しい DX Plan Studio で形式 %1.%2 として保存されています。このバージョンで読めるのは形式 %3.x です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest has an invalid format version</source>
        <translation>マニフェストの形式のバージョンが正しくありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its manifest has no list of entries</source>
        <translation>マニフェストにエントリーの一覧がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists an entry badly</source>
        <translation>マニフェストのエントリーの記載に誤りがあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest lists an entry without a name</source>
        <translation>マニフェストに名前のないエントリーが記載されています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest gives &quot;%1&quot; a size that is not a whole number from 0 to %2</source>
        <translation>マニフェストに記載された「%1」のサイズが 0～%2 の整数ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its manifest gives &quot;%1&quot; a SHA-256 that is not 64 lower-case hexadecimal digits</source>
        <translation>マニフェストに記載された「%1」の SHA-256 が小文字の 16 進数 64 桁ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its manifest lists &quot;%1&quot; twice</source>
        <translation>マニフェストに「%1」が2回記載されています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the entry &quot;%1&quot; is not listed in the manifest</source>
        <translation>エントリー「%1」がマニフェストに記載されていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the manifest lists &quot;%1&quot;, which the archive lacks</source>
        <translation>マニフェストに記載された「%1」がアーカイブにありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds no plan database</source>
        <translation>計画ファイルにデータベースが含まれていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its entries are larger than a plan file allows (%1 together)</source>
        <translation>エントリーの合計サイズが計画ファイルの上限(%1)を超えています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &quot;%1&quot; does not have the size the manifest gives</source>
        <translation>エントリー「%1」のサイズがマニフェストの記載と異なります</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no temporary folder is available</source>
        <translation>一時フォルダーを利用できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>the plan could not be unpacked: </source>
        <translation>計画を展開できませんでした: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry &quot;%1&quot; does not match its checksum in the manifest (the file was altered or damaged)</source>
        <translation>エントリー「%1」がマニフェストのチェックサムと一致しません(ファイルが改変されたか、破損しています)</translation>
    </message>
    <message>
        <location filename="../models/ZipListing.cpp" line="-32"/>
        <source>the file is too large to be a plan file</source>
        <translation>計画ファイルとしてはファイルが大きすぎます</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the file is too short to be a plan file: it is damaged or was not copied completely</source>
        <translation>ファイルが短すぎて計画ファイルになりません。壊れているか、コピーが途中で終わっています</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it is not a plan file, or it is damaged or was not copied completely</source>
        <translation>計画ファイルではないか、壊れているか、コピーが途中で終わっています</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the archive has more than one end record (other programs could read a different plan from it)</source>
        <translation>アーカイブに終端レコードが複数あります(他のプログラムでは別の計画として読み取られるおそれがあります)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+80"/>
        <source>multi-part ZIP archives are not supported</source>
        <translation>分割された ZIP アーカイブには対応していません</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+4"/>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64 アーカイブには対応していません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the archive has a comment; a plan file has none</source>
        <translation>アーカイブにコメントがあります。計画ファイルにはコメントはありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the archive has %1 entries; a plan file has only a few</source>
        <translation>アーカイブに %1 個のエントリーがあります。計画ファイルのエントリーは数個だけです</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+106"/>
        <location line="+72"/>
        <source>the file has data before the archive&apos;s first entry (it may be another kind of file as well)</source>
        <translation>アーカイブの最初のエントリーより前にデータがあります(別の種類のファイルを兼ねている可能性があります)</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+9"/>
        <location line="+96"/>
        <location line="+17"/>
        <location line="+29"/>
        <source>the archive is truncated</source>
        <translation>アーカイブが途中で切れています</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+74"/>
        <location line="+15"/>
        <source>the archive has more than one central directory</source>
        <translation>アーカイブにセントラルディレクトリが複数あります</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>the archive has bytes between its directory and its end record</source>
        <translation>アーカイブのセントラルディレクトリと終端レコードの間に余分なデータがあります</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>the archive&apos;s directory is damaged</source>
        <translation>アーカイブのセントラルディレクトリが破損しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an entry name is neither ASCII nor valid UTF-8</source>
        <translation>ASCII でも正しい UTF-8 でもないエントリー名があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry &quot;%1&quot; is encrypted</source>
        <translation>エントリー「%1」は暗号化されています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry &quot;%1&quot; uses ZIP features DX Plan Studio does not read (flags 0x%2)</source>
        <translation>エントリー「%1」は DX Plan Studio が読み取れない ZIP の機能を使っています(フラグ 0x%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &quot;%1&quot; is compressed with method %2; plan files use only stored and deflate</source>
        <translation>エントリー「%1」は圧縮方式 %2 で圧縮されています。計画ファイルで使う方式は stored(無圧縮)と deflate だけです</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+73"/>
        <location line="+12"/>
        <source>the entry &quot;%1&quot; uses ZIP64, which plan files do not</source>
        <translation>エントリー「%1」は ZIP64 を使っています。計画ファイルでは ZIP64 は使いません</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>the entry &quot;%1&quot; has a damaged extra field</source>
        <translation>エントリー「%1」の拡張フィールドが破損しています</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>the entry &quot;%1&quot; has a comment; a plan file has none</source>
        <translation>エントリー「%1」にコメントがあります。計画ファイルにはコメントはありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry &quot;%1&quot; is stored uncompressed but gives two different sizes</source>
        <translation>エントリー「%1」は無圧縮なのに、2つの異なるサイズが記載されています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the archive&apos;s directory holds bytes that belong to no entry</source>
        <translation>アーカイブのセントラルディレクトリに、どのエントリーにも属さないデータがあります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the archive holds an entry its directory does not list</source>
        <translation>アーカイブに、セントラルディレクトリに記載されていないエントリーがあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the archive has bytes that belong to none of its entries</source>
        <translation>アーカイブに、どのエントリーにも属さないデータがあります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive&apos;s entries overlap</source>
        <translation>アーカイブのエントリー同士が重なっています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the archive&apos;s directory points to no entry for &quot;%1&quot;</source>
        <translation>アーカイブのセントラルディレクトリが指す位置に「%1」のエントリーがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local header of &quot;%1&quot; disagrees with the directory about its %2</source>
        <translation>「%1」のローカルヘッダーとセントラルディレクトリとで%2が一致しません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compression method</source>
        <translation>圧縮方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checksum</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the data descriptor of &quot;%1&quot; disagrees with the directory</source>
        <translation>「%1」のデータ記述子がセントラルディレクトリと一致しません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the archive&apos;s entries overlap its directory</source>
        <translation>アーカイブのエントリーがセントラルディレクトリと重なっています</translation>
    </message>
</context>
<context>
    <name>PlanFileWriter</name>
    <message>
        <location filename="../models/PlanFileWriter.cpp" line="+48"/>
        <source>the disk is full (%1 needs about %2 KiB more)</source>
        <translation>ディスクの空き容量が足りません(%1 にあと約 %2 KiB 必要です)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file could not be written</source>
        <translation>ファイルを書き込めませんでした</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+5"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>the plan could not be copied for saving: %1</source>
        <translation>保存のために計画を複製できませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <location line="+9"/>
        <source>no temporary folder is available: %1</source>
        <translation>一時フォルダーを利用できません: %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+18"/>
        <location line="+3"/>
        <source>the plan could not be written for saving: %1</source>
        <translation>保存のために計画を書き込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the output stopped taking the plan file</source>
        <translation>出力先への計画ファイルの書き込みが途中で止まりました</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the plan file could not be read again for signing</source>
        <translation>署名のために計画ファイルを読み直せませんでした</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the plan cannot be saved: %1</source>
        <translation>計画を保存できません: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the plan snapshot could not be read</source>
        <translation>保存する計画のスナップショットを読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>PlanJson</name>
    <message>
        <location filename="../models/PlanJson.cpp" line="+102"/>
        <source>the text is longer than %1 bytes (UTF-8)</source>
        <translation>テキストが UTF-8 で %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan&apos;s texts together are longer than %1 bytes (UTF-8)</source>
        <translation>計画のテキストの合計が UTF-8 で %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+70"/>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>expected an integer</source>
        <translation>整数が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between %1 and %2</source>
        <translation>%1～%2 の範囲で指定する必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a number</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a number between -1e15 and 1e15</source>
        <translation>-1e15～1e15 の範囲の数値である必要があります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an array</source>
        <translation>配列が必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>the file is larger than %1 bytes</source>
        <translation>ファイルが %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>expected Base64</source>
        <translation>Base64 で書かれている必要があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式の日付が必要です</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>expected a date as YYYY-MM-DD or YYYY-MM</source>
        <translation>YYYY-MM-DD または YYYY-MM 形式の日付が必要です</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+219"/>
        <location line="+25"/>
        <location line="+285"/>
        <source>expected one of %1</source>
        <translation>%1 のいずれかが必要です</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>unknown key</source>
        <translation>不明なキーです</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>duplicate %1 id %2</source>
        <translation>%1の id %2 が重複しています</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>no %1 has id %2</source>
        <translation>id が %2 の%1はありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lists the same %1 twice</source>
        <translation>同じ%1が2回挙げられています</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>expected one of %1 or chapter:ID</source>
        <translation>%1 または chapter:ID のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a target needs a value or a statement</source>
        <translation>目標には値か記述が必要です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an actual needs a value or a note</source>
        <translation>実績には値か備考が必要です</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>expected &quot;dxplan-json&quot;</source>
        <translation>&quot;dxplan-json&quot; が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version %1 is not supported (this version reads 1 to %2)</source>
        <translation>バージョン%1には対応していません（このバージョンが読めるのは1から%2まで）</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>not valid JSON: %1</source>
        <translation>正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>there is not enough memory to read the JSON file</source>
        <translation>JSON ファイルを読み込むためのメモリが足りません</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="-515"/>
        <source>is before startYear</source>
        <translation>startYear より前です</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>the phase ends before it starts</source>
        <translation>段階の終了が開始より前です</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>expected a number or null</source>
        <translation>数値または null が必要です</translation>
    </message>
    <message>
        <location line="+305"/>
        <source>a target for FY%1 is already given</source>
        <translation>%1年度の目標はすでに指定されています</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>the JSON file is larger than %1 bytes</source>
        <translation>JSON ファイルが %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>正しい JSON ではありません(%1 行目、%2 文字目): %3</translation>
    </message>
</context>
<context>
    <name>PlanOutlineModel</name>
    <message>
        <location filename="../views/itemmodels/PlanOutlineModel.cpp" line="+27"/>
        <source>(untitled)</source>
        <translation>(名称未設定)</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../views/itemmodels/PlanOutlineMoves.cpp" line="+25"/>
        <source>Move %1</source>
        <translation>%1を移動</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <location filename="../views/audit/PlanPropertiesDialog.cpp" line="+25"/>
        <source>Plan Properties</source>
        <translation>計画のプロパティ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity:</source>
        <translation>完全性:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer:</source>
        <translation>署名者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at:</source>
        <translation>署名日時:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem:</source>
        <translation>問題:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format:</source>
        <translation>ファイル形式:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved with:</source>
        <translation>保存したアプリ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved at:</source>
        <translation>保存日時:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by:</source>
        <translation>保存者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current revision:</source>
        <translation>現在の改定:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The plan has unsaved changes: these facts are of the file as last saved.</source>
        <translation>計画に保存していない変更があります。ここに示すのは最後に保存したファイルの情報です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+128"/>
        <source>Revision history:</source>
        <translation>改定履歴:</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Revision history</source>
        <translation>改定履歴</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put everything this panel shows on the clipboard as text</source>
        <translation>この画面の内容をすべてテキストとしてクリップボードに入れます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trusted Certificates...</source>
        <translation>信頼する証明書(&amp;T)...</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not recorded (saved by an older version)</source>
        <translation>記録なし（古い版で保存）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intact: every entry&apos;s size and SHA-256 checked</source>
        <translation>改変なし: すべての項目の大きさと SHA-256 を確認済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>DX Plan Studio plan, format %1.%2</source>
        <translation>DX Plan Studio の計画、形式 %1.%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DX Plan Studio %1</source>
        <translation>DX Plan Studio %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>None marked</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>adopted</source>
        <translation>策定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>revised</source>
        <translation>改定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked by %1</source>
        <translation>記録者 %1</translation>
    </message>
</context>
<context>
    <name>PlanSignature</name>
    <message>
        <location filename="../models/PlanSignature.cpp" line="+116"/>
        <source>%1 (until %2)</source>
        <translation>%1（%2 まで）</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the key file is not a PKCS#12 file (.p12, .pfx)</source>
        <translation>鍵ファイルが PKCS#12 ファイル（.p12、.pfx）ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the passphrase of the key file is wrong</source>
        <translation>鍵ファイルのパスフレーズが違います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key file cannot be read with this passphrase</source>
        <translation>このパスフレーズでは鍵ファイルを読めません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the key file holds no certificate with its private key</source>
        <translation>鍵ファイルに証明書と秘密鍵がありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the plan could not be signed: %1</source>
        <translation>計画に署名できませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the signature could not be written: %1</source>
        <translation>署名を書き出せませんでした: %1</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>%1 (not a certificate)</source>
        <translation>%1（証明書ではありません）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file holds no certificate (PEM or DER)</source>
        <translation>ファイルに証明書（PEM または DER）がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the folder %1 cannot be made</source>
        <translation>フォルダー %1 を作れません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no such trusted certificate</source>
        <translation>その信頼済み証明書はありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be removed</source>
        <translation>%1 を削除できません</translation>
    </message>
</context>
<context>
    <name>PlanSource</name>
    <message>
        <location filename="../models/PlanSource.cpp" line="+64"/>
        <source>a JSON plan keeps no revisions</source>
        <translation>JSON の計画には改定の写しがありません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no single revision is called &quot;%1&quot;</source>
        <translation>「%1」という改定が一つに定まりません</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <location filename="../models/PlanStore.cpp" line="+115"/>
        <source>a text is longer than %1 KiB</source>
        <translation>テキストが %1 KiB を超えています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the number %1 is outside the range a plan may hold (±%2)</source>
        <translation>数値 %1 が計画で扱える範囲(±%2)を超えています</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <location filename="../views/itemmodels/PlanText.cpp" line="+14"/>
        <location filename="../views/sheets/SheetTables.cpp" line="-42"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/sheets/SheetTables.cpp" line="+2"/>
        <source>In progress</source>
        <translation>実施中</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../views/sheets/SheetTables.cpp" line="+2"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../views/sheets/SheetTables.cpp" line="+4"/>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>PlanValueRules</name>
    <message>
        <location filename="../models/PlanValueRules.cpp" line="+188"/>
        <location line="+50"/>
        <source>the plan database could not be checked</source>
        <translation>計画ファイルのデータベースを検査できませんでした</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>the plan database has a column this version has no rule for (%1.%2)</source>
        <translation>計画ファイルのデータベースに、このバージョンでは検査できない列があります(%1.%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the plan database holds a value that breaks the format in %1.%2</source>
        <translation>計画ファイルのデータベースの %1.%2 に形式に合わない値があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan database must hold exactly one plan</source>
        <translation>計画ファイルのデータベースには計画がちょうど1つ含まれている必要があります</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the plan has more than %1 rows</source>
        <translation>計画の行数が %1 を超えています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan&apos;s texts add up to more than %1 MiB</source>
        <translation>計画のテキストの合計が %1 MiB を超えています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan database&apos;s references could not be checked</source>
        <translation>計画ファイルのデータベースの参照を検査できませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan database refers to something it does not hold (in %1)</source>
        <translation>計画ファイルのデータベースに、存在しないものへの参照があります(%1)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../views/problems/ProblemsModel.cpp" line="+50"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../views/problems/ProblemsPanel.cpp" line="+25"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../views/window/Prompter.cpp" line="+13"/>
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
    <name>ReceivedDatabase</name>
    <message>
        <location filename="../models/ReceivedDatabase.cpp" line="+59"/>
        <source>the plan database cannot be read</source>
        <translation>計画ファイルのデータベースを読み取れません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plan database is larger than %1 MiB</source>
        <translation>計画ファイルのデータベースが %1 MiB を超えています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan database is not a SQLite database</source>
        <translation>計画ファイルのデータベースが SQLite のデータベースではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the database is not a DX Plan Studio plan</source>
        <translation>データベースが DX Plan Studio の計画ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plan database has schema version %1, which this version cannot read</source>
        <translation>計画ファイルのデータベースのスキーマバージョン %1 は、このバージョンでは読み取れません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the plan database cannot be opened: %1</source>
        <translation>計画ファイルのデータベースを開けません: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the plan database took too long (over %1 s); the file is refused</source>
        <translation>計画ファイルのデータベースの検査に時間がかかりすぎたため(%1 秒超)、このファイルは受け付けません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the plan database is damaged (its schema cannot be read)</source>
        <translation>計画ファイルのデータベースが破損しています(スキーマを読み取れません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the plan database&apos;s structure differs from a DX Plan Studio plan</source>
        <translation>計画ファイルのデータベースの構造が DX Plan Studio の計画と異なります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan database is not a SQLite database or is damaged</source>
        <translation>計画ファイルのデータベースが SQLite のデータベースではないか、破損しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the plan database is damaged (%1)</source>
        <translation>計画ファイルのデータベースが破損しています(%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the plan database could not be upgraded: %1</source>
        <translation>計画ファイルのデータベースを新しい形式に更新できませんでした: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the plan cannot be read: %1</source>
        <translation>計画を読み取れません: %1</translation>
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
        <translation>「%1」の保存されていない作業を破棄しますか？この操作は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../views/revisions/RevisionHistoryDialog.cpp" line="+41"/>
        <source>Revision History — %1</source>
        <translation>改定履歴 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each revision marked in DX Plan Studio keeps a copy of the plan as it was. Select one to open, compare or restore it; select two (Ctrl+click) to compare them with each other.</source>
        <translation>DX Plan Studio で記録した改定には、その時点の計画の写しが残っています。一つ選ぶと開く・比較する・復元することができ、二つ選ぶ（Ctrl+クリック）と互いに比較できます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revisions</source>
        <translation>改定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with &amp;Current</source>
        <translation>現在の計画と比較(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare &amp;Selected</source>
        <translation>選択した改定を比較(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore...</source>
        <translation>復元(&amp;R)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Revision...</source>
        <translation>改定を記録(&amp;M)...</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select one revision.</source>
        <translation>改定を一つ選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the plan as this revision kept it, read-only, in a window of its own.</source>
        <translation>この改定の時点の計画を、別のウィンドウに読み取り専用で開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List what changed from this revision to the plan as it is now.</source>
        <translation>この改定から現在の計画までの変更を一覧します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>The plan is open read-only.</source>
        <translation>計画は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Make the plan as this revision kept it again; the history stays, and Undo brings the present plan back.</source>
        <translation>計画をこの改定の時点に戻します。履歴は残り、［元に戻す］で現在の計画に戻せます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select two revisions (Ctrl+click) to compare them.</source>
        <translation>比較する二つの改定を選んでください（Ctrl+クリック）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List what changed from the older to the newer of the two revisions.</source>
        <translation>二つの改定のうち古い方から新しい方への変更を一覧します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the plan as it stands now as a new revision.</source>
        <translation>現在の計画を新しい改定として残します。</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message>
        <location filename="../views/revisions/RevisionListModel.cpp" line="+65"/>
        <source>This entry of the history was typed in: DX Plan Studio has no copy of the plan as it was then, so it cannot be opened, compared or restored.</source>
        <translation>この履歴は手入力されたものです。当時の計画の写しがないため、開く・比較する・復元することはできません。</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <source>Kept</source>
        <translation>あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot</source>
        <translation>写し</translation>
    </message>
</context>
<context>
    <name>RevisionSnapshots</name>
    <message>
        <location filename="../models/RevisionSnapshots.cpp" line="+37"/>
        <source>the snapshot of revision %1 is damaged</source>
        <translation>改定 %1 の写しが壊れています</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>revision %1 has no snapshot of the plan</source>
        <translation>改定 %1 には計画の写しがありません</translation>
    </message>
</context>
<context>
    <name>RoadmapCanvas</name>
    <message>
        <location filename="../views/roadmap/RoadmapCanvas.cpp" line="+267"/>
        <source>Move Milestone</source>
        <translation>マイルストーンの移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Phase</source>
        <translation>段階の移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Phase Start</source>
        <translation>段階開始の変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Phase End</source>
        <translation>段階終了の変更</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Remove Phase</source>
        <translation>段階の削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove Milestone</source>
        <translation>マイルストーンの削除</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Edit Phase…</source>
        <translation>段階を編集…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit Milestone…</source>
        <translation>マイルストーンを編集…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add Phase in %1…</source>
        <translation>%1に段階を追加…</translation>
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
        <location filename="../views/roadmap/RoadmapExporter.cpp" line="+87"/>
        <source>There is not enough memory to write a PNG image.</source>
        <translation>PNG 画像を書き出すためのメモリが足りません。</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>The output cannot be opened for painting.</source>
        <translation>出力先に描画できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new page could not be started.</source>
        <translation>新しいページを開始できませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pages could not be finished.</source>
        <translation>ページを書き終えられませんでした。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No temporary file for the roadmap&apos;s pages: %1</source>
        <translation>工程表のページを置く一時ファイルを作れませんでした: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+118"/>
        <source>Roadmap made with DX Plan Studio</source>
        <translation>DX Plan Studio で作成した工程表</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+25"/>
        <location line="+93"/>
        <source>The SVG output cannot be opened for painting.</source>
        <translation>SVG の出力先に描画できません。</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+92"/>
        <source>The SVG could not be finished.</source>
        <translation>SVG を書き終えられませんでした。</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+85"/>
        <source>The resolution must be at least 1 dpi.</source>
        <translation>解像度は 1 dpi 以上にしてください。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The roadmap is too large for one PNG image at %1 dpi (%2 x %3 pixels); write one file per page, or choose a lower resolution, fewer themes, or PDF.</source>
        <translation>工程表が大きすぎて %1 dpi の PNG 画像 1 枚（%2 x %3 ピクセル）にできません。ページごとに書き出すか、解像度を下げる、テーマを絞る、または PDF を選んでください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+30"/>
        <location line="+45"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>A PDF holds every page; one file per page is for SVG and PNG.</source>
        <translation>PDF にはすべてのページが入ります。ページごとのファイルは SVG と PNG 用です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The pages cannot be written in %1: %2</source>
        <translation>%1 にページを書き込めません: %2</translation>
    </message>
    <message>
        <location line="-423"/>
        <source>There is not enough memory for a %1 x %2 pixel image.</source>
        <translation>%1 × %2 ピクセルの画像を作るためのメモリが足りません。</translation>
    </message>
</context>
<context>
    <name>RoadmapLayout</name>
    <message numerus="yes">
        <location filename="../views/roadmap/RoadmapLayout.cpp" line="+313"/>
        <source>(%n measure(s))</source>
        <translation>
            <numerusform>(%n施策)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoadmapPrinter</name>
    <message>
        <location filename="../views/roadmap/RoadmapPrinter.cpp" line="+16"/>
        <source>Roadmap</source>
        <translation>工程表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print Roadmap</source>
        <translation>工程表の印刷</translation>
    </message>
</context>
<context>
    <name>RoadmapRenderer</name>
    <message>
        <location filename="../views/roadmap/RoadmapRenderer.cpp" line="+79"/>
        <source>Plan period %1–%2</source>
        <translation>計画期間 %1～%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adopted</source>
        <translation>策定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>改定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed %1</source>
        <translation>出力日 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (continued)</source>
        <translation>（続き）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Years %1–%2</source>
        <translation>表示年度 %1～%2</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>Principle: %1</source>
        <translation>基本原則: %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today (%1)</source>
        <translation>本日（%1）</translation>
    </message>
</context>
<context>
    <name>RoadmapScheduleEditor</name>
    <message>
        <location filename="../views/roadmap/RoadmapScheduleEditor.cpp" line="+72"/>
        <source>Edit Phase</source>
        <translation>段階の編集</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add Phase</source>
        <translation>段階の追加</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove Phase</source>
        <translation>段階の削除</translation>
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
        <location filename="../views/roadmap/RoadmapView.cpp" line="+76"/>
        <source>Years:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Themes</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collapse All</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+1"/>
        <source>The paper the roadmap is printed and exported on. A roadmap longer than one sheet continues on further pages, repeating the header, title and the rows of the section and theme it continues.</source>
        <translation>工程表を印刷・書き出しする用紙です。1枚に収まらない工程表は次のページに続き、見出し、表題、続きの区分とテーマの行が繰り返されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How fiscal years are written here and in every date field: 令和6年度, FY2024 or both. The same setting as View &gt; Fiscal Years.</source>
        <translation>ここと日付欄での年度の書き方：令和6年度、FY2024、または併記。「表示」→「年度の表記」と同じ設定です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
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
        <location line="+85"/>
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
        <location line="+15"/>
        <source>Export Roadmap</source>
        <translation>工程表の書き出し</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Resolution (dots per inch):</source>
        <translation>解像度 (dpi):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The roadmap is too large for one PNG image at %1 dpi (%2 x %3 pixels).
Write one PNG file per printed page instead (%4, %5, ...)?</source>
        <translation>工程表が大きすぎて %1 dpi の PNG 画像 1 枚（%2 x %3 ピクセル）にできません。
代わりに印刷ページごとに PNG ファイルを書き出しますか（%4、%5、…）？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The roadmap could not be written to %1:
%2</source>
        <translation>工程表を %1 に書き込めませんでした:
%2</translation>
    </message>
</context>
<context>
    <name>SamplePlan</name>
    <message>
        <location filename="../models/SamplePlan.cpp" line="+18"/>
        <source>Nishinoshima Town DX Basic Plan (town, FY2024-FY2028)</source>
        <translation>西ノ島町DX推進基本計画（町、令和6年度～令和10年度）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Okayama Prefecture DX Guideline (prefecture, open-ended)</source>
        <translation>岡山県DX推進指針（県、期間の定めなし）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no sample called &quot;%1&quot; (there are: %2)</source>
        <translation>「%1」というサンプルはありません（あるのは: %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the sample plan is missing from this build</source>
        <translation>このビルドにはサンプル計画が含まれていません</translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <location filename="../views/editors/ScheduleEditor.cpp" line="+71"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start month</source>
        <translation>開始月</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+321"/>
        <source>Add phase</source>
        <translation>段階を追加</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+330"/>
        <source>Remove phase</source>
        <translation>段階を削除</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Fiscal years (click to set the phase of a year):</source>
        <translation>年度（クリックでその年度の段階を設定）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One button per fiscal year of the plan. Each click moves the year to the next phase kind (none, 検討・準備, 運用, 調達, 構築・移行, other); neighbouring years of one kind become one phase. For months and labels, use the phase table below.</source>
        <translation>計画の年度ごとのボタンです。クリックするたびにその年度の段階の種類が変わります（なし、検討・準備、運用、調達、構築・移行、その他）。同じ種類の続く年度は一つの段階になります。月や名前は下の段階の表で設定します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start fiscal year</source>
        <translation>開始年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End fiscal year</source>
        <translation>終了年度</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
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
        <location line="+326"/>
        <source>Add milestone</source>
        <translation>マイルストーンを追加</translation>
    </message>
    <message>
        <location line="-324"/>
        <location line="+335"/>
        <source>Remove milestone</source>
        <translation>マイルストーンを削除</translation>
    </message>
    <message>
        <location line="-174"/>
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
        <location line="+3"/>
        <source>This phase starts before the plan (%1).</source>
        <translation>この段階は計画の開始（%1）より前に始まります。</translation>
    </message>
    <message>
        <location line="+1"/>
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
<context>
    <name>ScheduleGrid</name>
    <message>
        <location filename="../views/sheets/ScheduleGrid.cpp" line="+48"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: schedule</source>
        <translation>%1：工程表</translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <location filename="../views/window/SheetExportDialog.cpp" line="+35"/>
        <location line="+159"/>
        <location line="+9"/>
        <source>Export Spreadsheet</source>
        <translation>表計算ファイルの書き出し</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel ブック (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, one table (.csv)</source>
        <translation>CSV、一つの表 (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schedule (工程表)</source>
        <translation>工程表(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Measures, every field</source>
        <translation>取組施策、全項目(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;KPIs</source>
        <translation>KPI(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sheets:</source>
        <translation>シート:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measures</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV &amp;table:</source>
        <translation>CSV の表(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8 (Excel 2016 and later)</source>
        <translation>UTF-8（Excel 2016 以降）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift_JIS (CP932, older software)</source>
        <translation>Shift_JIS（CP932、古いソフトウェア向け）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reiwa (令和6年度)</source>
        <translation>和暦（令和6年度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western (FY2024)</source>
        <translation>西暦（FY2024）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both (令和6(2024)年度)</source>
        <translation>併記（令和6(2024)年度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Years:</source>
        <translation>年度(&amp;Y):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;onth columns under every year</source>
        <translation>各年度の下に月の列(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export...</source>
        <translation>書き出し(&amp;E)...</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>No plan is open.</source>
        <translation>計画が開かれていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose at least one sheet.</source>
        <translation>シートを一つ以上選んでください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SheetExporter</name>
    <message>
        <location filename="../views/sheets/SheetExporter.cpp" line="+53"/>
        <source>No temporary folder for the spreadsheet: %1</source>
        <translation>表計算ファイル用の一時フォルダーを作れません：%1</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../models/sheets/CsvReader.cpp" line="+86"/>
        <location filename="../models/sheets/SheetArchive.cpp" line="+61"/>
        <source>the file cannot be read</source>
        <translation>ファイルを読めません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CSV file is larger than %1 MiB</source>
        <translation>CSV ファイルが %1 MiB を超えています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is not a CSV file (it holds binary data)</source>
        <translation>CSV ファイルではありません（バイナリデータを含みます）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the CSV file is not valid UTF-8</source>
        <translation>CSV ファイルが正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this installation cannot read Shift_JIS (CP932) text</source>
        <translation>この環境では Shift_JIS（CP932）の文字を読めません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the CSV file is not valid Shift_JIS (CP932)</source>
        <translation>CSV ファイルが正しい Shift_JIS（CP932）ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the CSV file is neither UTF-8 nor Shift_JIS (CP932); give its encoding with --encoding</source>
        <translation>CSV ファイルは UTF-8 でも Shift_JIS（CP932）でもありません。--encoding で文字コードを指定してください</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the CSV file has a value at row %1, column %2, beyond the %3 rows and %4 columns DX Plan Studio reads</source>
        <translation>CSV ファイルの %1 行 %2 列に値があり、DX Plan Studio が読む %3 行 %4 列を超えています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the CSV file has more than %1 values</source>
        <translation>CSV ファイルの値が %1 個を超えています</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the CSV file ends inside a quoted value</source>
        <translation>CSV ファイルが引用符で囲まれた値の途中で終わっています</translation>
    </message>
    <message>
        <location filename="../models/sheets/OdsReader.cpp" line="+81"/>
        <source>it is not an OpenDocument spreadsheet (no &quot;content.xml&quot;)</source>
        <translation>OpenDocument の表計算ファイルではありません（「content.xml」がありません）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the sheet &quot;%1&quot; repeats or places a cell at row %2, column %3, beyond the %4 rows and %5 columns DX Plan Studio reads</source>
        <translation>シート「%1」の %2 行 %3 列のセルが、DX Plan Studio が読む %4 行 %5 列を超えています</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the sheet &quot;%1&quot; repeats a row an impossible number of times</source>
        <translation>シート「%1」が行をありえない回数繰り返しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the sheet &quot;%1&quot; repeats or spans a cell an impossible number of times</source>
        <translation>シート「%1」がセルをありえない回数繰り返すか結合しています</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../models/sheets/XlsxReader.cpp" line="+227"/>
        <source>the sheet &quot;%1&quot; has more than %2 cells</source>
        <translation>シート「%1」のセルが %2 個を超えています</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../models/sheets/XlsxReader.cpp" line="+40"/>
        <source>the sheet &quot;%1&quot; has too many merged cells</source>
        <translation>シート「%1」の結合セルが多すぎます</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the spreadsheet has no sheets</source>
        <translation>表計算ファイルにシートがありません</translation>
    </message>
    <message>
        <location filename="../models/sheets/SheetArchive.cpp" line="-38"/>
        <source>an entry of the workbook has no name</source>
        <translation>ブックの中に名前のない項目があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook&apos;s entry &quot;%1&quot; is not a relative path</source>
        <translation>ブックの項目「%1」が相対パスではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workbook&apos;s entry &quot;%1&quot; climbs out of the archive or is not a plain path</source>
        <translation>ブックの項目「%1」がファイルの外を指しているか、単純なパスではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an entry name of the workbook contains control characters</source>
        <translation>ブックの項目名に制御文字が含まれています</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the workbook&apos;s entry &quot;%1&quot; is a symbolic link</source>
        <translation>ブックの項目「%1」はシンボリックリンクです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook&apos;s entry &quot;%1&quot; appears twice</source>
        <translation>ブックの項目「%1」が二度出てきます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the workbook cannot be unpacked: %1</source>
        <translation>ブックを展開できません：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>the workbook&apos;s archive can be read in more than one way</source>
        <translation>ブックのファイル構造が複数の読み方をできるものになっています</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the workbook has no part &quot;%1&quot;</source>
        <translation>ブックに「%1」がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook&apos;s part &quot;%1&quot; unpacks to more than %2 MiB</source>
        <translation>ブックの「%1」を展開すると %2 MiB を超えます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook unpacks to more than %1 MiB</source>
        <translation>ブックを展開すると %1 MiB を超えます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook&apos;s part &quot;%1&quot; is compressed more than %2 to 1 (a ZIP bomb?)</source>
        <translation>ブックの「%1」は %2 倍を超えて圧縮されています（ZIP 爆弾の疑い）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook&apos;s part &quot;%1&quot; cannot be unpacked</source>
        <translation>ブックの「%1」を展開できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workbook&apos;s part &quot;%1&quot; is damaged</source>
        <translation>ブックの「%1」が壊れています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the workbook&apos;s part &quot;%1&quot; unpacks to more than the archive declares (a ZIP bomb?)</source>
        <translation>ブックの「%1」が記載より大きく展開されます（ZIP 爆弾の疑い）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workbook&apos;s part &quot;%1&quot; is truncated or damaged</source>
        <translation>ブックの「%1」が途中で切れているか壊れています</translation>
    </message>
    <message>
        <location filename="../models/sheets/SheetFile.cpp" line="+63"/>
        <source>DX Plan Studio reads spreadsheets as .xlsx, .ods or .csv files</source>
        <translation>DX Plan Studio が読める表計算ファイルは .xlsx、.ods、.csv です</translation>
    </message>
    <message>
        <location filename="../models/sheets/SheetImport.cpp" line="+191"/>
        <source>Imported measures</source>
        <translation>読み込んだ取組施策</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the row has no title; it was skipped</source>
        <translation>名称のない行のため読み飛ばしました</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>an arrow with no phase before it; read as the start of a phase without a label</source>
        <translation>前に段階のない矢印です。名前のない段階の始まりとして読みました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>「%1」 is not a phase DX Plan Studio knows; read as a phase labelled so</source>
        <translation>「%1」は DX Plan Studio の知らない段階です。その名前の段階として読みました</translation>
    </message>
    <message>
        <location filename="../models/sheets/SheetXml.cpp" line="+12"/>
        <source>the workbook&apos;s part &quot;%1&quot; declares a document type or entities, which spreadsheets do not use</source>
        <translation>ブックの「%1」が文書型宣言や実体を含んでいます。表計算ファイルでは使われないものです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbook&apos;s part &quot;%1&quot; is not well-formed XML (line %2)</source>
        <translation>ブックの「%1」が正しい XML ではありません（%2 行目）</translation>
    </message>
    <message>
        <location filename="../models/sheets/XlsxReader.cpp" line="-185"/>
        <source>it is not an Excel workbook (no &quot;xl/workbook.xml&quot;)</source>
        <translation>Excel ブックではありません（「xl/workbook.xml」がありません）</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the workbook names a sheet &quot;%1&quot; but not where it is</source>
        <translation>ブックにシート「%1」の名前はありますが、その場所がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook has no part &quot;%1&quot; for the sheet &quot;%2&quot;</source>
        <translation>ブックにシート「%2」の「%1」がありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sheet &quot;%1&quot; has a cell %2, beyond the %3 rows and %4 columns DX Plan Studio reads</source>
        <translation>シート「%1」のセル %2 が、DX Plan Studio が読む %3 行 %4 列を超えています</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the sheet &quot;%1&quot; has a cell named &quot;%2&quot;, which is no cell reference</source>
        <translation>シート「%1」のセル名「%2」はセル参照ではありません</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the cell %1!%2 refers to a text the workbook does not have</source>
        <translation>セル %1!%2 がブックにない文字列を参照しています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the sheet &quot;%1&quot; merges cells &quot;%2&quot;, which is no range</source>
        <translation>シート「%1」が結合しているセル「%2」は範囲ではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the workbook has no sheets</source>
        <translation>ブックにシートがありません</translation>
    </message>
    <message>
        <location filename="../models/ZipListing.cpp" line="-252"/>
        <source>the file is too short to be a workbook: it is damaged or was not copied completely</source>
        <translation>ファイルが短すぎてブックになりません。壊れているか、コピーが途中で終わっています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is too large to be a workbook</source>
        <translation>ファイルが大きすぎてブックとして読めません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it is not an .xlsx or .ods workbook, or it is damaged or was not copied completely</source>
        <translation>.xlsx や .ods のブックではないか、壊れているか、コピーが途中で終わっています</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../views/window/SheetImportDialog.cpp" line="+33"/>
        <source>(not imported)</source>
        <translation>（読み込まない）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure title</source>
        <translation>取組施策の名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FY%1</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FY%1, month %2</source>
        <translation>%1年度 %2月</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import Spreadsheet: %1</source>
        <translation>表計算ファイルの読み込み：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Sheet:</source>
        <translation>シート(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header row:</source>
        <translation>見出しの行(&amp;H):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translation>読み方</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Theme / measure / phase</source>
        <translation>テーマ／取組施策／段階</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What each column holds:</source>
        <translation>各列の内容：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import</source>
        <translation>読み込む(&amp;I)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>All departments</source>
        <translation>全課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose which column holds the measure titles and which hold fiscal years.</source>
        <translation>取組施策の名称の列と、年度の列を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 themes, %2 measures; %3 cells read with doubt (marked in red).</source>
        <translation>テーマ %1、取組施策 %2。確信のないセル %3 個（赤で表示）。</translation>
    </message>
</context>
<context>
    <name>SheetTables</name>
    <message>
        <location filename="../views/sheets/SheetTables.cpp" line="+59"/>
        <source>Measures</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>取組施策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departments</source>
        <translation>関係課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principles</source>
        <translation>基本原則</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <location filename="../views/sheets/XlsxSheets.cpp" line="+175"/>
        <source>Schedule</source>
        <translation>工程</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline date</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target %1</source>
        <translation>目標 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual %1</source>
        <translation>実績 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../views/audit/SignDialog.cpp" line="+29"/>
        <source>Sign Plan</source>
        <translation>計画に署名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature shows that this plan is the one your organisation published: whoever opens it sees who signed it and whether it was changed since.
The saved file &quot;%1&quot; is signed as it is on disk. Saving it again removes the signature; sign it again then.</source>
        <translation>署名は、この計画があなたの団体が公表したものであることを示します。開いた人は、署名者とその後の変更の有無を確認できます。
保存済みのファイル「%1」をそのまま署名します。再び保存すると署名は削除されるので、その際は署名し直してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate and key file</source>
        <translation>証明書と鍵のファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PKCS#12 file (.p12, .pfx)</source>
        <translation>PKCS#12 ファイル（.p12、.pfx）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Certificate and key:</source>
        <translation>証明書と鍵(&amp;C):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Sign</source>
        <translation>署名(&amp;S)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Certificate and Key</source>
        <translation>証明書と鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 ファイル (*.p12 *.pfx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan was not signed: %1</source>
        <translation>計画に署名できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SignatureDisplay</name>
    <message>
        <location filename="../views/audit/SignatureDisplay.cpp" line="+13"/>
        <source>Not signed</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1</source>
        <translation>署名者: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed after signing</source>
        <translation>署名後に変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1, not trusted here</source>
        <translation>署名者: %1（この環境では信頼されていません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature damaged</source>
        <translation>署名の破損</translation>
    </message>
</context>
<context>
    <name>SignatureInfo</name>
    <message>
        <location filename="../models/PlanSignature.cpp" line="-205"/>
        <source>an unknown date</source>
        <translation>不明な日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (issued by %2, valid until %3)</source>
        <translation>%1（発行者 %2、%3 まで有効）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not signed.</source>
        <translation>署名はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1 on %2, unchanged since.</source>
        <translation>%1 が %2 に署名し、その後変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed, but changed after signing: the plan is not the one that was signed.</source>
        <translation>署名されていますが、署名後に変更されています。署名された計画とは異なります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1 on %2 with a certificate not trusted here: %3.</source>
        <translation>%1 が %2 に署名していますが、この環境では信頼されていない証明書です: %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signature cannot be read: %1.</source>
        <translation>署名を読み取れません: %1。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../views/window/StartPage.cpp" line="+20"/>
        <source>&lt;h2&gt;DX Plan Studio&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;DX Plan Studio&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your DX promotion plan as an outline of themes and measures, schedule each measure over the fiscal years, set KPIs, then print the roadmap and publish the plan document. Every change can be undone, and your work is kept even if the PC stops.</source>
        <translation>DX推進計画をテーマと取組施策の構成として書き、施策ごとの工程を年度に沿って決め、KPI を設定し、工程表を印刷して計画書を公表します。変更はすべて元に戻せ、パソコンが止まっても作業は失われません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Start&lt;/b&gt;</source>
        <translation>&lt;b&gt;はじめる&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New Plan</source>
        <translation>新しい計画(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from Sample: %1</source>
        <translation>サンプルから新規作成：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open a Plan File...</source>
        <translation>計画ファイルを開く(&amp;O)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;a href=&quot;#help&quot;&gt;How DX Plan Studio works&lt;/a&gt; (the user manual, F1)</source>
        <translation>&lt;a href=&quot;#help&quot;&gt;DX Plan Studio の使い方&lt;/a&gt;（利用者マニュアル、F1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Recent plans&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近使った計画&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent plans</source>
        <translation>最近使った計画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click or press Return to open</source>
        <translation>ダブルクリックまたは Enter で開きます</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No recent plans yet.</source>
        <translation>最近使った計画はまだありません。</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <location filename="../views/audit/TrustedCertificatesDialog.cpp" line="+26"/>
        <source>Trusted Certificates</source>
        <translation>信頼する証明書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signed plan is trusted when its signer&apos;s certificate was issued by one of these root certificates, such as your prefecture&apos;s or LGPKI&apos;s. Import the root certificate (a PEM or DER file) that your IT department gives you.</source>
        <translation>署名者の証明書がこれらのルート証明書（都道府県や LGPKI のものなど）のいずれかから発行されていれば、署名された計画を信頼します。情報部門から受け取ったルート証明書（PEM または DER ファイル）を取り込んでください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trusted certificates</source>
        <translation>信頼する証明書</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import...</source>
        <translation>取り込み(&amp;I)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Import Trusted Certificate</source>
        <translation>信頼する証明書の取り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer *.der);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 を取り込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The certificate was not removed: %1</source>
        <translation>証明書を削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../views/audit/UserNameDialog.cpp" line="+15"/>
        <source>Your Name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans you save record this name as who saved them (File &gt; Properties shows it), and others who try to open a plan you have open are told it is you. Leave it empty to use your account&apos;s name.</source>
        <translation>保存した計画には、この名前が保存者として記録されます（［ファイル］&gt;［プロパティ］で表示）。あなたが開いている計画をほかの人が開こうとしたときにも、この名前が伝えられます。空欄にするとアカウントの名前を使います。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your &amp;name:</source>
        <translation>あなたの名前(&amp;N):</translation>
    </message>
</context>
<context>
    <name>XlsxSheets</name>
    <message>
        <location filename="../views/sheets/XlsxSheets.cpp" line="+96"/>
        <source>The spreadsheet could not be started.</source>
        <translation>表計算ファイルを作り始められませんでした。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The spreadsheet could not be written: %1</source>
        <translation>表計算ファイルを書き込めませんでした：%1</translation>
    </message>
</context>
</TS>
