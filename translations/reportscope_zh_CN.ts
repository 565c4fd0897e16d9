<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartImageWriter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>无法将图表编码为 PNG。</translation>
    </message>
    <message>
        <source>Chart made by ReportScope</source>
        <translation>由报告透视生成的图表</translation>
    </message>
    <message>
        <source>The chart could not be drawn as SVG.</source>
        <translation>无法将图表绘制为 SVG。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>missing FILE argument</source>
        <translation>缺少 FILE 参数</translation>
    </message>
    <message>
        <source>expected one FILE, got %1</source>
        <translation>应指定一个 FILE，实际为 %1 个</translation>
    </message>
    <message>
        <source>Print the section outline of a report.</source>
        <translation>输出报告的章节目录。</translation>
    </message>
    <message>
        <source>The report file.</source>
        <translation>报告文件。</translation>
    </message>
    <message>
        <source>Print JSON instead of an indented outline.</source>
        <translation>以 JSON 格式输出，而非缩进目录。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>List the figures reported in a report.</source>
        <translation>列出报告中的各项数据。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>以 JSON 数组格式输出。</translation>
    </message>
    <message>
        <source>Print CSV (UTF-8 with byte order mark).</source>
        <translation>以 CSV 格式输出（带字节顺序标记的 UTF-8）。</translation>
    </message>
    <message>
        <source>Only the section with this id and its subsections.</source>
        <translation>仅输出该编号的章节及其下级章节。</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json 与 --csv 不能同时使用</translation>
    </message>
    <message>
        <source>no section with id &quot;%1&quot; in %2</source>
        <translation>%2 中没有编号为“%1”的章节</translation>
    </message>
    <message>
        <source>Check a report&apos;s figures against each other (rates against counts, parts against totals).</source>
        <translation>核对报告中各项数据是否一致（比率与对应数量、分项与总数）。</translation>
    </message>
    <message>
        <source>No inconsistencies found.</source>
        <translation>未发现不一致之处。</translation>
    </message>
    <message>
        <source>Export sections of a report to PDF (the whole report without --sections).</source>
        <translation>将报告章节导出为 PDF（不指定 --sections 时导出全文）。</translation>
    </message>
    <message>
        <source>Write the PDF to OUT.pdf (required).</source>
        <translation>将 PDF 写入 OUT.pdf（必填）。</translation>
    </message>
    <message>
        <source>Export only these sections (comma-separated ids, e.g. 1.7,2), each with its subsections.</source>
        <translation>仅导出这些章节（以逗号分隔的编号，如 1.7,2），各含其下级章节。</translation>
    </message>
    <message>
        <source>Chart the exported sections&apos; figures.</source>
        <translation>为导出章节中的数据绘制图表。</translation>
    </message>
    <message>
        <source>Leave out the issuer, date and source under the title.</source>
        <translation>不在标题下方列出发布机关、日期和来源。</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4（默认）或 Letter（美式信纸）。</translation>
    </message>
    <message>
        <source>missing -o OUT.pdf</source>
        <translation>缺少 -o OUT.pdf</translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (use A4 or Letter)</source>
        <translation>未知的纸张大小“%1”（请使用 A4 或 Letter）</translation>
    </message>
    <message>
        <source>cannot write the figures: %1</source>
        <translation>无法写出数字：%1</translation>
    </message>
    <message>
        <source>Compare two reports: aligned sections, changed sentences, indicator changes.</source>
        <translation>比较两份报告：对齐的章节、改动的句子、指标的变化。</translation>
    </message>
    <message>
        <source>The earlier report.</source>
        <translation>较早的报告。</translation>
    </message>
    <message>
        <source>The later report.</source>
        <translation>较晚的报告。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>expected two files FILE_A FILE_B, got %1</source>
        <translation>应有两个文件 FILE_A FILE_B，实有 %1 个</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>Sections: %1 same, %2 changed, %3 added, %4 removed</source>
        <extracomment>1 sections the same, 2 changed, 3 added, 4 removed</extracomment>
        <translation>章节：%1 个相同，%2 个改动，%3 个新增，%4 个删除</translation>
    </message>
    <message>
        <source>Indicators (A → B):</source>
        <translation>指标（A → B）：</translation>
    </message>
    <message>
        <source>pp</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>Write the sections, changed sentences and indicators to a PDF.</source>
        <translation>将章节、改动的句子和指标写入 PDF。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare Indicator</source>
        <translation>比较指标</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <source>a standard indicator or any figure label</source>
        <translation>标准指标或任意数字标签</translation>
    </message>
    <message>
        <source>&amp;Issuer or place:</source>
        <translation>发布机关或地区(&amp;I)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Government work reports</source>
        <translation>政府工作报告</translation>
    </message>
    <message>
        <source>Rule-of-law government reports</source>
        <translation>法治政府建设报告</translation>
    </message>
    <message>
        <source>Information disclosure reports</source>
        <translation>政府信息公开年报</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the values with their citations as CSV or XLSX</source>
        <translation>将数值及其出处保存为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Places in %1</source>
        <extracomment>the bar chart of one year across places</extracomment>
        <translation>%1年各地区</translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation>无法读取资料库：%1</translation>
    </message>
    <message>
        <source>No values in the library.</source>
        <translation>资料库中没有数值。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n 个数值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ComparisonChartBuilder</name>
    <message>
        <source>%1 in %2</source>
        <extracomment>1 the indicator (地区生产总值), 2 the year</extracomment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>1 the indicator (地区生产总值), 2 the place (深圳市)</extracomment>
        <translation>%2%1</translation>
    </message>
    <message>
        <source>Conflicting value</source>
        <translation>冲突数值</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Coverage of the Framework</source>
        <translation>纲要覆盖情况</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <source>Read the library&apos;s rule-of-law government reports again and check them against the nine parts of the Implementation Outline (2021–2025)</source>
        <translation>重新读取资料库中的法治政府建设报告，并对照《法治政府建设实施纲要（2021—2025年）》的九个部分进行检查</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the matrix as CSV or XLSX</source>
        <translation>将矩阵保存为 CSV 或 XLSX</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading %1 of %2: %3</source>
        <translation>正在读取第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <source>The library cannot be read: %1</source>
        <translation>无法读取资料库：%1</translation>
    </message>
    <message>
        <source>The library holds no rule-of-law government reports.</source>
        <translation>资料库中没有法治政府建设报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n 份无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>正在读取报告…</translation>
    </message>
    <message>
        <source>Export Coverage</source>
        <translation>导出覆盖情况</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) gone, covered from the library</source>
        <translation>
            <numerusform>%n 个文件已不在，覆盖情况取自文库</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>No report is open.
Open one with File ▸ Open or drop a file on this window.</source>
        <translation>尚未打开报告。
请通过“文件 ▸ 打开”打开报告，或将文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Consistency notes</source>
        <translation>一致性提示</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>(figures: %1)</source>
        <translation>（数据 %1 项）</translation>
    </message>
    <message>
        <source>Page fields</source>
        <translation>页面字段</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>在“%1”中找到</translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation>已从末尾继续查找</translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation>已从开头继续查找</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>上一部分</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>下一部分</translation>
    </message>
    <message>
        <source>Part %1 of %2 · characters %3–%4 of %5</source>
        <extracomment>Which part of a long section is shown: 1 part, 2 parts, 3-4 character range, 5 all</extracomment>
        <translation>第 %1 部分，共 %2 部分 · 第 %3–%4 字，共 %5 字</translation>
    </message>
    <message>
        <source>This section is long, so it is shown in parts of at most %1 characters. Choosing a figure or finding text in another part shows that part.</source>
        <translation>本章节篇幅较长，分部分显示，每部分最多 %1 字。选择其他部分中的数据或查找其他部分中的文字时，将显示相应部分。</translation>
    </message>
    <message>
        <source>… and %1 more sections: the section tree lists them all.</source>
        <translation>……另有 %1 个章节，完整列表见章节树。</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the report overview (QDate::toString pattern); Chinese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>1 a value (安徽省, 2025), 2 where it was read (&quot;from the text&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year reported on</source>
        <translation>报告所述年度</translation>
    </message>
    <message>
        <source>Year of the document</source>
        <translation>成文年份</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>文字识别</translation>
    </message>
    <message>
        <source>%1 pages read by OCR, mean confidence %2%</source>
        <translation>%1 页经文字识别，平均置信度 %2%</translation>
    </message>
    <message>
        <source>p. %1</source>
        <extracomment>Page of a section of a PDF in the detail pane&apos;s path: 1 page number</extracomment>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <extracomment>Pages of a section of a PDF in the detail pane&apos;s path: 1 first, 2 last page</extracomment>
        <translation>第 %1–%2 页</translation>
    </message>
    <message>
        <source>Speaker&apos;s post</source>
        <translation>报告人职务</translation>
    </message>
    <message>
        <source>Speaker&apos;s name</source>
        <translation>报告人姓名</translation>
    </message>
    <message>
        <source>Key indicators</source>
        <translation>主要指标</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Export as PDF…</source>
        <translation>导出为 PDF…</translation>
    </message>
    <message>
        <source>Indicators stated in either report (each in its report&apos;s own magnitude; a rate&apos;s change in percentage points):</source>
        <translation>两份报告中任一份列出的指标（各按其报告自身的数量级；比率的变化以百分点计）：</translation>
    </message>
    <message>
        <source>Compare Reports</source>
        <translation>比较报告</translation>
    </message>
    <message>
        <source>No reports to compare.</source>
        <translation>没有可比较的报告。</translation>
    </message>
    <message>
        <source>Compare: %1 → %2</source>
        <translation>比较：%1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: %1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;: %2&lt;br&gt;Sections: %3 same, %4 changed, %5 added, %6 removed. Marks: + added in B, − removed from A, ~ changed; in the text {+inserted+} and [-deleted-].</source>
        <translation>&lt;b&gt;A&lt;/b&gt;：%1&lt;br&gt;&lt;b&gt;B&lt;/b&gt;：%2&lt;br&gt;章节：%3 个相同，%4 个改动，%5 个新增，%6 个删除。标记：+ 为 B 中新增，− 为 A 中删除，~ 为改动；正文中 {+插入+} 与 [-删除-]。</translation>
    </message>
    <message>
        <source>Heading in A: %1</source>
        <translation>A 中的标题：%1</translation>
    </message>
    <message>
        <source>The text is the same; the heading changed.</source>
        <translation>正文相同，标题有改动。</translation>
    </message>
    <message>
        <source>Export Diff as PDF</source>
        <translation>将比较结果导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the two reports…</source>
        <translation>正在读取两份报告…</translation>
    </message>
    <message>
        <source>The reports cannot be compared: %1</source>
        <translation>无法比较这两份报告：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Sections to PDF</source>
        <translation>将章节导出为 PDF</translation>
    </message>
    <message>
        <source>The checked sections of the current report are exported; when none is checked, the section selected in the tree.</source>
        <translation>导出当前报告中已勾选的章节；未勾选任何章节时，导出章节树中选中的章节。</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>输出文件(&amp;O)：</translation>
    </message>
    <message>
        <source>Path of the PDF file</source>
        <translation>PDF 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Include &amp;subsections</source>
        <translation>包含下级章节(&amp;S)</translation>
    </message>
    <message>
        <source>Export each chosen section with the sections below it. Off: only the text directly under each chosen heading.</source>
        <translation>导出每个所选章节及其下级章节。不勾选时，只导出各所选标题下的正文。</translation>
    </message>
    <message>
        <source>Include &amp;charts</source>
        <translation>包含图表(&amp;C)</translation>
    </message>
    <message>
        <source>Chart the figures stated in the exported sections</source>
        <translation>为导出章节中的数据绘制图表</translation>
    </message>
    <message>
        <source>Include the report&apos;s &amp;metadata header</source>
        <translation>包含报告基本信息(&amp;M)</translation>
    </message>
    <message>
        <source>Issuer, date and source under the title</source>
        <translation>在标题下方列出发布机关、日期和来源</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Enter a file name.</source>
        <translation>“%1”是一个文件夹，请输入文件名。</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1”已存在，是否替换？</translation>
    </message>
</context>
<context>
    <name>FigureChartBuilder</name>
    <message>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Counts (%1)</source>
        <translation>数量（%1）</translation>
    </message>
    <message>
        <source>Rates (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amounts (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>增减（%1）</translation>
    </message>
    <message>
        <source>Changes in percentage points</source>
        <translation>增减（百分点）</translation>
    </message>
    <message>
        <source>Multiples</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>%1: largest %2 of %3</source>
        <extracomment>Chart title when small bars were left out: 1 title, 2 bars shown, 3 all bars</extracomment>
        <translation>%1：%3 项中最大的 %2 项</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>章节 %1</translation>
    </message>
    <message>
        <source>%1 (logarithmic)</source>
        <translation>%1（对数刻度）</translation>
    </message>
    <message>
        <source>Shares (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Growth rates (%)</source>
        <translation>增速（%）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Chart of one indicator: 1 its name (地区生产总值), 2 the unit (亿元)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Chart of comparable figures: 1 what they are (Counts (个)), 2 what they count (项目)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, targets</source>
        <extracomment>Chart title of goals and forecasts (力争, 预期)</extracomment>
        <translation>%1（目标）</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>指标：%1</translation>
    </message>
</context>
<context>
    <name>FigureChartView</name>
    <message>
        <source>No report is open.</source>
        <translation>尚未打开报告。</translation>
    </message>
    <message>
        <source>the whole report</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Figures in %1: %2</source>
        <translation>%1中的数据：%2 项</translation>
    </message>
    <message>
        <source>No figures were found in this report.</source>
        <translation>本报告中未找到数据。</translation>
    </message>
    <message>
        <source>No figures in this section or its subsections.</source>
        <translation>本章节及其下级章节中没有数据。</translation>
    </message>
    <message>
        <source>Charting…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the chart of the current figure as an image</source>
        <translation>将当前数据所在的图表复制为图片</translation>
    </message>
    <message>
        <source>Save Chart &amp;As…</source>
        <translation>图表另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the chart of the current figure as PNG or SVG</source>
        <translation>将当前数据所在的图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <source>Lo&amp;garithmic Scale</source>
        <translation>对数刻度(&amp;G)</translation>
    </message>
    <message>
        <source>Draw the chart&apos;s values on a logarithmic axis (when the largest is over 100 times the smallest)</source>
        <translation>以对数坐标轴绘制图表数值（最大值超过最小值 100 倍时可用）</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>No two figures here measure the same thing, so there is nothing to chart. The figure table lists them all.</source>
        <translation>这里没有两个衡量同一事物的数字，无可绘制。数字表列出了全部数字。</translation>
    </message>
</context>
<context>
    <name>FigureTableView</name>
    <message>
        <source>Filter figures…</source>
        <translation>筛选数据…</translation>
    </message>
    <message>
        <source>Show only figures whose indicator, sentence or section contains this text</source>
        <translation>仅显示指标、原句或章节中包含此文字的数据</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>本章节</translation>
    </message>
    <message>
        <source>Whole report</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <source>Which figures the table lists</source>
        <translation>表格列出哪些数据</translation>
    </message>
    <message>
        <source>&amp;Copy with Citation</source>
        <translation>连同出处复制(&amp;C)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Filtering or sorting a large table</source>
        <translation>正在筛选或排序大型表格</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>The library database (default: %1).</source>
        <translation>文库数据库（默认：%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) indexed again</source>
        <translation>
            <numerusform>已重新索引 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: reportscope library add|update|list|remove|set [options]
</source>
        <translation>用法：reportscope library add|update|list|remove|set [选项]
</translation>
    </message>
    <message>
        <source>expected one of add, update, list, remove, set after &quot;library&quot;</source>
        <translation>“library”之后应为 add、update、list、remove 或 set 之一</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Add files or folders (recursively) to the library; unchanged files are skipped, changed ones read again.</source>
        <translation>将文件或文件夹（递归）加入文库；未改动的文件跳过，改动过的重新读取。</translation>
    </message>
    <message>
        <source>Files or folders.</source>
        <translation>文件或文件夹。</translation>
    </message>
    <message>
        <source>Check every file of the library: read changed files again, mark missing ones.</source>
        <translation>检查文库中的每个文件：重新读取改动过的文件，标记缺失的文件。</translation>
    </message>
    <message>
        <source>List the files of the library.</source>
        <translation>列出文库中的文件。</translation>
    </message>
    <message>
        <source>Remove files or folders from the library (the files are not touched).</source>
        <translation>从文库中移除文件或文件夹（不改动文件本身）。</translation>
    </message>
    <message>
        <source>Correct a report&apos;s type, place or reporting year; kept across re-indexing.</source>
        <translation>更正报告的类型、地区或报告年度；重新索引后仍保留。</translation>
    </message>
    <message>
        <source>A file of the library.</source>
        <translation>文库中的一个文件。</translation>
    </message>
    <message>
        <source>gzbg, fazhi, xxgk or other.</source>
        <translation>gzbg、fazhi、xxgk 或 other。</translation>
    </message>
    <message>
        <source>The place, as the report names it.</source>
        <translation>地区，按报告中的写法。</translation>
    </message>
    <message>
        <source>The reporting year.</source>
        <translation>报告年度。</translation>
    </message>
    <message>
        <source>missing PATH argument</source>
        <translation>缺少 PATH 参数</translation>
    </message>
    <message>
        <source>expected one PATH</source>
        <translation>应给出一个 PATH</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) removed from the library
</source>
        <translation>
            <numerusform>已从文库中移除 %n 个文件
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the library</source>
        <translation>%1 不在文库中</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (use gzbg, fazhi, xxgk or other)</source>
        <translation>未知类型“%1”（请用 gzbg、fazhi、xxgk 或 other）</translation>
    </message>
    <message>
        <source>the year must be a number such as 2024</source>
        <translation>年份须为数字，例如 2024</translation>
    </message>
    <message>
        <source>Search every section of the library. Words must all occur; &quot;…&quot; is a phrase.</source>
        <translation>在文库的所有章节中搜索。所有词语都须出现；“…”表示短语。</translation>
    </message>
    <message>
        <source>Words or &quot;phrases&quot;.</source>
        <translation>词语或“短语”。</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>以 JSON 数组格式输出。</translation>
    </message>
    <message>
        <source>At most N results (default 20).</source>
        <translation>最多 N 条结果（默认 20）。</translation>
    </message>
    <message>
        <source>Only reports of this type (gzbg, fazhi, xxgk, other).</source>
        <translation>只看此类型的报告（gzbg、fazhi、xxgk、other）。</translation>
    </message>
    <message>
        <source>Only reports whose place contains P.</source>
        <translation>只看地区包含 P 的报告。</translation>
    </message>
    <message>
        <source>Only reports on year Y.</source>
        <translation>只看报告年度为 Y 的报告。</translation>
    </message>
    <message>
        <source>missing QUERY argument</source>
        <translation>缺少 QUERY 参数</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit 须为正数</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>An indicator&apos;s values across the library: a catalogue id or name, or else a figure label.</source>
        <translation>某项指标在整个文库中的数值：指标目录的编号或名称，否则按数字的标签。</translation>
    </message>
    <message>
        <source>Id, name or label.</source>
        <translation>编号、名称或标签。</translation>
    </message>
    <message>
        <source>Only reports whose issuer or place contains TEXT.</source>
        <translation>只看发布机关或地区包含 TEXT 的报告。</translation>
    </message>
    <message>
        <source>Print CSV (UTF-8 with byte order mark).</source>
        <translation>以 CSV 格式输出（带字节顺序标记的 UTF-8）。</translation>
    </message>
    <message>
        <source>expected one INDICATOR</source>
        <translation>应给出一个 INDICATOR</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json 与 --csv 不能同时使用</translation>
    </message>
    <message>
        <source>No values.</source>
        <translation>没有数值。</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Government work reports</source>
        <translation>政府工作报告</translation>
    </message>
    <message>
        <source>Rule-of-law government reports</source>
        <translation>法治政府建设报告</translation>
    </message>
    <message>
        <source>Information disclosure reports</source>
        <translation>政府信息公开年报</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>其他文件</translation>
    </message>
    <message>
        <source>Search the library: words, &quot;a phrase&quot;</source>
        <translation>在文库中搜索：词语，“短语”</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The library cannot be opened: %1</source>
        <translation>无法打开文库：%1</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>年份未知</translation>
    </message>
    <message>
        <source>place unknown</source>
        <translation>地区未知</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in the library</source>
        <translation>
            <numerusform>文库中有 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Folder to the Library</source>
        <translation>将文件夹添加到文库</translation>
    </message>
    <message>
        <source>%1 added or updated, %2 unchanged, %3 failed</source>
        <translation>新增或更新 %1 个，未改动 %2 个，失败 %3 个</translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation>正在读取文库…</translation>
    </message>
    <message>
        <source>%1 (file missing)</source>
        <translation>%1（文件缺失）</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>文件缺失：%1</translation>
    </message>
    <message numerus="yes">
        <source>(%n file(s) missing)</source>
        <translation>
            <numerusform>（%n 个文件缺失）</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare with Previous Year</source>
        <translation>与上一年比较</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>The library holds no report of the same place and type from the year before %1.</source>
        <translation>文库中没有与 %1 同一地区、同一类型的上一年报告。</translation>
    </message>
    <message>
        <source>The library needs two reports to compare.</source>
        <translation>文库中至少需要两份报告才能比较。</translation>
    </message>
    <message>
        <source>Compare Two Reports</source>
        <translation>比较两份报告</translation>
    </message>
    <message>
        <source>Previous Year</source>
        <translation>上一年</translation>
    </message>
    <message>
        <source>Choose as A the report of the same place and type from the year before B</source>
        <translation>选择与 B 同一地区、同一类型的上一年报告作为 A</translation>
    </message>
    <message>
        <source>A (earlier):</source>
        <translation>A（较早）：</translation>
    </message>
    <message>
        <source>B (later):</source>
        <translation>B（较晚）：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open one or more report files</source>
        <translation>打开一个或多个报告文件</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Read the current report&apos;s file again</source>
        <translation>重新读取当前报告的文件</translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation>关闭报告(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Selected Sections to PDF…</source>
        <translation>将所选章节导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the checked sections (or the selected section when none is checked) to a PDF file</source>
        <translation>将已勾选的章节（未勾选时为选中的章节）导出为 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About ReportScope</source>
        <translation>关于报告透视(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>停止加载</translation>
    </message>
    <message>
        <source>Open Reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 已经打开。</translation>
    </message>
    <message>
        <source>This report has no file to read again.</source>
        <translation>此报告没有可重新读取的文件。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>已重新加载 %1。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <source>Cannot Open Report</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <source>Could not open these files:</source>
        <translation>无法打开以下文件：</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <extracomment>Recent file entry: 1 number, 2 file name, 3 folder</extracomment>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>%1 — ReportScope</source>
        <translation>%1 — 报告透视</translation>
    </message>
    <message>
        <source>ReportScope</source>
        <translation>报告透视</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>文件的文本编码</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Exports the selected section “%1” of “%2”.</source>
        <translation>将导出“%2”中选中的章节“%1”。</translation>
    </message>
    <message>
        <source>Exports the whole report “%1”.</source>
        <translation>将导出整篇报告“%1”。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>About ReportScope</source>
        <translation>关于报告透视</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReportScope %1&lt;/h3&gt;&lt;p&gt;A browser for long, structured government reports: their sections, their text and the figures they state, each figure leading back to its sentence.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;报告透视 %1&lt;/h3&gt;&lt;p&gt;浏览篇幅长、结构化的政府报告：章节结构、正文以及报告中的各项数据，每项数据都可追溯到原句。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Exported to %1. Pages: %2</source>
        <extracomment>Status bar after an export: 1 the PDF file, 2 its page count</extracomment>
        <translation>已导出到 %1，共 %2 页。</translation>
    </message>
    <message>
        <source>Exports the checked sections of “%1” (checked: %2).</source>
        <extracomment>Export dialog: 1 the report&apos;s title, 2 how many sections are checked</extracomment>
        <translation>将导出“%1”中已勾选的章节（已勾选 %2 个）。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文库</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>添加文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a folder of reports to the library</source>
        <translation>将一个报告文件夹添加到文库</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the checked sections (or the selected section) as the PDF export lays them out</source>
        <translation>按 PDF 导出的版式打印勾选的章节（未勾选时打印选中的章节）</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Reopen Last &amp;Session on Start</source>
        <translation>启动时恢复上次会话(&amp;S)</translation>
    </message>
    <message>
        <source>On start, open the reports of the last session again at the sections read</source>
        <translation>启动时重新打开上次会话的报告，并定位到当时阅读的章节</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>下一个窗格(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>上一个窗格(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sections Pane</source>
        <translation>章节窗格(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;harts Pane</source>
        <translation>图表窗格(&amp;H)</translation>
    </message>
    <message>
        <source>F&amp;igures Pane</source>
        <translation>数据窗格(&amp;I)</translation>
    </message>
    <message>
        <source>The sections of the open reports; Space checks a section for export and print</source>
        <translation>已打开报告的章节；按空格键勾选章节以导出和打印</translation>
    </message>
    <message>
        <source>Filter sections</source>
        <translation>筛选章节</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>章节正文</translation>
    </message>
    <message>
        <source>The text of the selected section with its figures marked</source>
        <translation>选中章节的正文，其中的数据已标出</translation>
    </message>
    <message>
        <source>Bar charts of the selected section&apos;s figures</source>
        <translation>选中章节数据的条形图</translation>
    </message>
    <message>
        <source>Every figure in scope with its label, unit and sentence</source>
        <translation>范围内的全部数据及其指标、单位和原句</translation>
    </message>
    <message>
        <source>Filter figures</source>
        <translation>筛选数据</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>The sample report could not be opened. %1</source>
        <translation>无法打开示例报告。%1</translation>
    </message>
    <message>
        <source>Not found, not reopened: %1</source>
        <extracomment>Status bar on start: files of the last session that are gone; %1 their names</extracomment>
        <translation>未找到，未能重新打开：%1</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>尚未打开报告。</translation>
    </message>
    <message>
        <source>Print Sections</source>
        <translation>打印章节</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Compare Indicator…</source>
        <translation>比较指标(&amp;C)…</translation>
    </message>
    <message>
        <source>An indicator&apos;s values across the library&apos;s reports</source>
        <translation>某一指标在资料库各报告中的数值</translation>
    </message>
    <message>
        <source>C&amp;overage…</source>
        <translation>覆盖情况(&amp;O)…</translation>
    </message>
    <message>
        <source>Which parts of the national framework each rule-of-law report covers</source>
        <translation>各法治政府建设报告覆盖了国家纲要的哪些部分</translation>
    </message>
    <message>
        <source>The library holds no report of the same place and type from the year before.</source>
        <translation>文库中没有同一地区、同一类型的上一年报告。</translation>
    </message>
    <message>
        <source>Show what changed from one report of the library to another: sections, sentences and indicators</source>
        <translation>显示文库中一份报告相对另一份的变化：章节、句子和指标</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Year</source>
        <translation>与上一年比较(&amp;P)</translation>
    </message>
    <message>
        <source>Compare the current report with the library&apos;s report of the same place and type from the year before</source>
        <translation>将当前报告与文库中同一地区、同一类型的上一年报告比较</translation>
    </message>
    <message>
        <source>Export &amp;Diff as PDF…</source>
        <translation>将比较结果导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the comparison shown in the diff window to a PDF file</source>
        <translation>将比较窗口中显示的比较结果写入 PDF 文件</translation>
    </message>
    <message>
        <source>Compare &amp;Two Reports…</source>
        <translation>比较两份报告(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the PDF header (QDate::toString pattern); Chinese: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>无法写入“%1”：这是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Nothing to export to “%1”: no section was chosen.</source>
        <translation>没有可导出到“%1”的内容：未选择任何章节。</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>发布机关：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <extracomment>Caption above the charts of a section in the PDF; %1 is the section heading</extracomment>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be started.</source>
        <translation>无法写入“%1”：无法创建 PDF。</translation>
    </message>
    <message>
        <source>Export to “%1” cancelled.</source>
        <translation>已取消导出到“%1”。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: a new page could not be added.</source>
        <translation>无法写入“%1”：无法添加新页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>PDF page footer: %1 this page, %2 page count; Chinese: 第 %1 页 共 %2 页</extracomment>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be finished.</source>
        <translation>无法写入“%1”：无法完成 PDF。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: Permission denied (the file is read-only).</source>
        <translation>无法写入“%1”：权限不足（文件为只读）。</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 与 %2 比较</translation>
    </message>
    <message>
        <source>What Changed</source>
        <translation>变化对比</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A：%1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>Sections: %1 same, %2 changed, %3 added, %4 removed</source>
        <extracomment>1 sections the same, 2 changed, 3 added, 4 removed</extracomment>
        <translation>章节：%1 个相同，%2 个改动，%3 个新增，%4 个删除</translation>
    </message>
    <message>
        <source>Marks: + added in B, − removed from A, ~ changed; in sentences {+inserted+} and [-deleted-].</source>
        <translation>标记：+ 为 B 中新增，− 为 A 中删除，~ 为改动；句中 {+插入+} 与 [-删除-]。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Changed Text</source>
        <translation>改动的正文</translation>
    </message>
    <message numerus="yes">
        <source>… %n sentence(s) unchanged …</source>
        <translation>
            <numerusform>……%n 句未改动……</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SectionTreeView</name>
    <message>
        <source>Filter sections…</source>
        <translation>筛选章节…</translation>
    </message>
    <message>
        <source>Show only sections whose title or text contains this text (with the sections above them)</source>
        <translation>仅显示标题或正文中包含此文字的章节（及其上级章节）</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <source>Expand all sections</source>
        <translation>展开所有章节</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>全部折叠(&amp;O)</translation>
    </message>
    <message>
        <source>Collapse to the top-level sections</source>
        <translation>折叠到一级章节</translation>
    </message>
    <message>
        <source>Filter &amp;Sections</source>
        <translation>筛选章节(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>Start page, recent file: 1 file name, 2 folder</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>ReportScope</source>
        <translation>报告透视</translation>
    </message>
    <message>
        <source>Read a government report by its sections, see every figure it states with its sentence, and check the figures against each other.</source>
        <translation>按章节阅读政府报告，查看报告中的每项数据及其原句，并核对数据之间是否一致。</translation>
    </message>
    <message>
        <source>&amp;Open a Report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <source>Plain text, PDF, web pages and Word documents</source>
        <translation>纯文本、PDF、网页和 Word 文档</translation>
    </message>
    <message>
        <source>Add a &amp;Folder to the Library…</source>
        <translation>将文件夹添加到资料库(&amp;F)…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <source>Press Enter to open the selected file</source>
        <translation>按回车键打开选中的文件</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>起始页</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>Cannot write %1: no temporary folder</source>
        <translation>无法写入 %1：没有临时文件夹</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook cannot be created</source>
        <translation>无法写入 %1：无法创建工作簿</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown language &quot;%1&quot; (use en or zh_CN)</source>
        <translation>未知的语言“%1”（请使用 en 或 zh_CN）</translation>
    </message>
    <message>
        <source>Render the window at 1280×800 to OUT.png and exit.</source>
        <translation>将窗口以 1280×800 截图保存为 OUT.png 后退出。</translation>
    </message>
    <message>
        <source>Select the section with this id, e.g. 1.7.2 (default: the report itself).</source>
        <translation>选中该编号的章节，如 1.7.2（默认为报告本身）。</translation>
    </message>
    <message>
        <source>Use a dark colour scheme (with the Fusion style).</source>
        <translation>使用深色配色（Fusion 风格）。</translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN (default: as chosen in View ▸ Language, else the system language).</source>
        <translation>界面语言：en 或 zh_CN（默认为“视图 ▸ 语言”中的选择，否则为系统语言）。</translation>
    </message>
    <message>
        <source>no section with id &quot;%1&quot;</source>
        <translation>没有编号为“%1”的章节</translation>
    </message>
    <message>
        <source>%1: could not write the screenshot</source>
        <translation>%1：无法写入截图</translation>
    </message>
    <message>
        <source>Open no file and not the last session: show the start page.</source>
        <translation>不打开任何文件，也不恢复上次会话：显示起始页。</translation>
    </message>
    <message>
        <source>With --screenshot: render File ▸ Print Preview of the selected section instead of the window.</source>
        <translation>与 --screenshot 一起使用：截取选中章节的“文件 ▸ 打印预览”，而非主窗口。</translation>
    </message>
    <message>
        <source>Browse long, structured government reports: sections, text and figures.
Subcommands (see reportscope SUBCOMMAND --help and man reportscope): outline, figures, check, export.</source>
        <translation>浏览篇幅长、结构化的政府报告：章节、正文和数据。
子命令（详见 reportscope 子命令 --help 及 man reportscope）：outline、figures、check、export。</translation>
    </message>
    <message>
        <source>Report files to open (default: the last session, else the start page; the bundled sample report for --screenshot).</source>
        <translation>要打开的报告文件（默认恢复上次会话，否则显示起始页；使用 --screenshot 时为内置的示例报告）。</translation>
    </message>
    <message>
        <source>Use this library database (default: the application&apos;s).</source>
        <translation>使用此文库数据库（默认：应用程序自己的文库）。</translation>
    </message>
    <message>
        <source>With --screenshot: render a library window instead: pane, search=QUERY, compare=INDICATOR[@ISSUER], diff (of the two FILEs) or coverage.</source>
        <translation>使用 --screenshot 时改为渲染文库窗口：pane（文库窗格）、search=查询词、compare=指标[@发布机关]、diff（两个文件的对比）或 coverage（覆盖情况）。</translation>
    </message>
    <message>
        <source>%1: no such library view, or it could not be shown</source>
        <translation>%1：没有这个文库视图，或无法显示</translation>
    </message>
</context>
</TS>
