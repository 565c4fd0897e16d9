<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConsistencyChecker</name>
    <message>
        <source>%1 is stated as %2, but %3 out of %4 is %5%.</source>
        <extracomment>1 rate label, 2 stated rate, 3 part, 4 total, 5 computed rate</extracomment>
        <translation>%1为 %2，但按 %4 中 %3 计算应为 %5%。</translation>
    </message>
    <message>
        <source>The parts of %1 (%2) add up to %3, more than the total.</source>
        <extracomment>1 the total as written, 2 the parts, 3 their sum</extracomment>
        <translation>%1 的分项（%2）合计 %3，超过总数。</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>a rate stated as a lower bound: 98%以上</extracomment>
        <translation>不低于%1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>a rate stated as an upper bound: 不超过6%</extracomment>
        <translation>不超过%1</translation>
    </message>
    <message>
        <source>more than %1</source>
        <extracomment>a rate stated as a strict lower bound: 超过6%</extracomment>
        <translation>超过%1</translation>
    </message>
    <message>
        <source>less than %1</source>
        <extracomment>a rate stated as a strict upper bound: 低于6%</extracomment>
        <translation>低于%1</translation>
    </message>
    <message>
        <source>about %1</source>
        <extracomment>a rate stated approximately: 约6%</extracomment>
        <translation>约%1</translation>
    </message>
    <message>
        <source>%1 is %2 in the table, but the cells it totals (%3) add up to %4.</source>
        <extracomment>1 the total cell&apos;s label, 2 its value as written, 3 the cells it totals, 4 their sum</extracomment>
        <translation>表中“%1”为%2，但其所合计的各项（%3）相加为%4。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DocReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Reading .doc files needs antiword or catdoc: install the Debian package antiword (or catdoc).</source>
        <translation>读取 .doc 文件需要 antiword 或 catdoc：请安装 Debian 软件包 antiword（或 catdoc）。</translation>
    </message>
    <message>
        <source>A temporary copy of the file could not be written.</source>
        <translation>无法写入文件的临时副本。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s on this file; it was stopped.</source>
        <translation>%1 处理此文件超过 %2 秒，已被终止。</translation>
    </message>
    <message>
        <source>%1 could not read this file: it is damaged, password-protected or not a Word document.</source>
        <translation>%1 无法读取此文件：文件已损坏、受密码保护，或不是 Word 文档。</translation>
    </message>
    <message>
        <source>The document holds no text.</source>
        <translation>文档中没有文字。</translation>
    </message>
    <message>
        <source>The document is password-protected (encrypted); save a copy without a password.</source>
        <translation>文档受密码保护（已加密）；请另存一份不带密码的副本。</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Preamble</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>DocumentReaders</name>
    <message>
        <source>Reports (%1)</source>
        <translation>报告 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DocxReader</name>
    <message>
        <source>Refused: the document declares a DTD, which Word files do not have (an XML entity attack?).</source>
        <translation>已拒绝：文档声明了 DTD，而 Word 文件不含 DTD（可能是 XML 实体攻击）。</translation>
    </message>
    <message>
        <source>The document is damaged: word/document.xml is not well-formed XML (line %1: %2).</source>
        <translation>文档已损坏：word/document.xml 不是格式正确的 XML（第 %1 行：%2）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The document is password-protected.</source>
        <translation>文档受密码保护。</translation>
    </message>
    <message>
        <source>This zip archive is not a Word document (it has no word/document.xml).</source>
        <translation>此 zip 压缩包不是 Word 文档（其中没有 word/document.xml）。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <source>The document holds no text.</source>
        <translation>文档中没有文字。</translation>
    </message>
    <message>
        <source>Word documents cannot be read: %1</source>
        <translation>无法读取 Word 文档：%1</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <extracomment>Citation of a figure: 1 quote, 2 report title, 3 section path</extracomment>
        <translation>“%1”（%2，%3）</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>“%1” (%2, %3, p. %4)</source>
        <extracomment>Citation of a figure in a paged file: 1 quote, 2 report title, 3 section path, 4 page number</extracomment>
        <translation>“%1”（%2，%3，第 %4 页）</translation>
    </message>
    <message>
        <source>%1 (p. %2)</source>
        <extracomment>Tooltip of a figure in a paged file: 1 quote, 2 page number</extracomment>
        <translation>%1（第 %2 页）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>水平值</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Change of amount</source>
        <translation>增减量</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>增速</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>approximate</source>
        <extracomment>Shown in the figure table for a quantity written in words (四成, 翻一番)</extracomment>
        <translation>约数</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column of the figure table: what the figure is in its sentence (level, change, …)</extracomment>
        <translation>性质</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>约数</translation>
    </message>
</context>
<context>
    <name>FigureVocabulary</name>
    <message>
        <source>%1: not a vocabulary file (expected one of %2)</source>
        <translation>%1：不是词表文件（应为 %2 之一）</translation>
    </message>
    <message>
        <source>%1: list “%2” is missing</source>
        <translation>%1：缺少词表“%2”</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1：未读取</translation>
    </message>
    <message>
        <source>“%1” is also a word of framing.tsv</source>
        <translation>“%1”同时是 framing.tsv 中的词</translation>
    </message>
    <message>
        <source>“%1” is also a qualifier of qualifiers.tsv</source>
        <translation>“%1”同时是 qualifiers.tsv 中的限定词</translation>
    </message>
    <message>
        <source>“%1” must be one character</source>
        <translation>“%1”必须是单个字符</translation>
    </message>
    <message>
        <source>%1: no entry of class “%2”</source>
        <translation>%1：没有类别为“%2”的条目</translation>
    </message>
    <message>
        <source>%1: no entry of position “%2”</source>
        <translation>%1：没有位置为“%2”的条目</translation>
    </message>
    <message>
        <source>%1: no entry of role “%2”</source>
        <translation>%1：没有作用为“%2”的条目</translation>
    </message>
</context>
<context>
    <name>HtmlReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This web archive (MHT) holds no HTML page.</source>
        <translation>此网页归档（MHT）中没有 HTML 页面。</translation>
    </message>
    <message>
        <source>This web page is damaged: its bytes are not text in any known encoding.</source>
        <translation>此网页已损坏：其字节在任何已知编码下都不是文本。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <source>The web page holds no readable text.</source>
        <translation>网页中没有可读的正文。</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>invalid id “%1” (a-z, 0-9 and _ only)</source>
        <translation>无效的标识“%1”（只能用 a-z、0-9 和 _）</translation>
    </message>
    <message>
        <source>duplicate id “%1” (first on line %2)</source>
        <translation>重复的标识“%1”（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>duplicate name “%1” (first on line %2)</source>
        <translation>重复的名称“%1”（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>empty word in pattern “%1”</source>
        <translation>模式“%1”中有空词</translation>
    </message>
    <message>
        <source>empty word in a list</source>
        <translation>列表中有空词</translation>
    </message>
    <message>
        <source>unknown unit class “%1”</source>
        <translation>未知的单位类别“%1”</translation>
    </message>
    <message>
        <source>unknown role “%1”</source>
        <translation>未知的角色“%1”</translation>
    </message>
    <message>
        <source>unknown report type “%1”</source>
        <translation>未知的报告类型“%1”</translation>
    </message>
    <message>
        <source>%1: no indicators</source>
        <translation>%1：没有指标</translation>
    </message>
</context>
<context>
    <name>IndicatorChangeModel</name>
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
        <translation>增减</translation>
    </message>
</context>
<context>
    <name>IndicatorComparisonModel</name>
    <message>
        <source>, p. %1</source>
        <translation>，第 %1 页</translation>
    </message>
    <message>
        <source>%1 = %2 %3</source>
        <extracomment>1 the value as the report writes it (32765亿元), 2 the exact value in base units (3276500000000 元)</extracomment>
        <translation>%1 = %2 %3</translation>
    </message>
    <message>
        <source>Another report states another value for %1 in %2</source>
        <translation>另一份报告给出了%1 %2年的不同数值</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>KeyIndicatorModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
</context>
<context>
    <name>LibraryCoverage</name>
    <message>
        <source>%1: %2</source>
        <extracomment>1 the file name, 2 why it cannot be read</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>LibraryDatabase</name>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>cannot move the damaged library %1 aside</source>
        <translation>无法移开已损坏的文库 %1</translation>
    </message>
    <message>
        <source>The library %1 was damaged (%2). It was moved to %3 and is rebuilt from its source files.</source>
        <translation>文库 %1 已损坏（%2）。已将其移至 %3，并根据源文件重建。</translation>
    </message>
    <message>
        <source>the library was written by a newer ReportScope (schema %1; this one knows %2)</source>
        <translation>该文库由更新版本的 ReportScope 写入（结构版本 %1；本版本仅支持 %2）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>the file is shorter than its header says: it was truncated</source>
        <translation>文件比其文件头所记的短：已被截断</translation>
    </message>
</context>
<context>
    <name>LibraryIndexer</name>
    <message>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未改动</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>内容相同</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <source>Government work report</source>
        <translation>政府工作报告</translation>
    </message>
    <message>
        <source>Annual report on law-based government</source>
        <translation>法治政府建设年度报告</translation>
    </message>
    <message>
        <source>Annual report on government information disclosure</source>
        <translation>政府信息公开工作年度报告</translation>
    </message>
    <message>
        <source>Other report</source>
        <translation>其他报告</translation>
    </message>
    <message>
        <source>from the title</source>
        <translation>取自标题</translation>
    </message>
    <message>
        <source>from the subtitle</source>
        <translation>取自副标题</translation>
    </message>
    <message>
        <source>from the signature</source>
        <translation>取自落款</translation>
    </message>
    <message>
        <source>from the page fields</source>
        <translation>取自页面字段</translation>
    </message>
    <message>
        <source>from the text</source>
        <translation>取自正文</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>取自文件名</translation>
    </message>
</context>
<context>
    <name>MetadataVocabulary</name>
    <message>
        <source>invalid pattern “%1”: %2</source>
        <translation>无效的模式“%1”：%2</translation>
    </message>
    <message>
        <source>pattern “%1” must have one group, has %2</source>
        <translation>模式“%1”须恰有一个分组，实有 %2 个</translation>
    </message>
    <message>
        <source>%1: not a metadata vocabulary file (expected %2 or %3)</source>
        <translation>%1：不是元数据词表文件（应为 %2 或 %3）</translation>
    </message>
    <message>
        <source>weight “%1” is not a positive number</source>
        <translation>权重“%1”不是正数</translation>
    </message>
    <message>
        <source>offset “%1” is not a number</source>
        <translation>偏移“%1”不是数字</translation>
    </message>
    <message>
        <source>parent “%1” is not listed above</source>
        <translation>上级“%1”未在前面列出</translation>
    </message>
    <message>
        <source>“%1” has no parent</source>
        <translation>“%1”没有上级</translation>
    </message>
    <message>
        <source>%1: no entry of kind “%2”</source>
        <translation>%1：没有“%2”类条目</translation>
    </message>
    <message>
        <source>%1: no place</source>
        <translation>%1：没有地名</translation>
    </message>
    <message>
        <source>missing file: %1</source>
        <translation>缺少文件：%1</translation>
    </message>
</context>
<context>
    <name>PdfReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The PDF is damaged: its structure cannot be read.</source>
        <translation>PDF 文件已损坏：无法读取其结构。</translation>
    </message>
    <message>
        <source>The PDF is password-protected; save a copy without a password.</source>
        <translation>PDF 文件有密码保护；请另存一份不带密码的副本。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF 文件没有页面。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <source>The PDF has no text layer and OCR is not available (Tesseract with Chinese data is not installed).</source>
        <translation>PDF 文件没有文字层，且无法进行文字识别（未安装 Tesseract 及其中文数据）。</translation>
    </message>
    <message>
        <source>The PDF holds no text.</source>
        <translation>PDF 文件中没有文字。</translation>
    </message>
    <message>
        <source>PDF files cannot be read: %1</source>
        <translation>无法读取 PDF 文件：%1</translation>
    </message>
</context>
<context>
    <name>PlainTextReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>This is not a text file (it looks like binary data).</source>
        <translation>这不是文本文件（看起来是二进制数据）。</translation>
    </message>
    <message>
        <source>The file holds no text, only white space.</source>
        <translation>文件中没有文字，只有空白字符。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
</context>
<context>
    <name>ReaderModule</name>
    <message>
        <source>the module %1.so is not installed (looked in %2); reinstall ReportScope.</source>
        <translation>未安装模块 %1.so（已查找 %2）；请重新安装 ReportScope。</translation>
    </message>
    <message>
        <source>the module %1.so could not be loaded (%2); reinstall ReportScope.</source>
        <translation>无法加载模块 %1.so（%2）；请重新安装 ReportScope。</translation>
    </message>
</context>
<context>
    <name>ReportCoverageModel</name>
    <message>
        <source>%1: %2 in headings, %3 in the text</source>
        <extracomment>1 the part of the 纲要, 2 mentions in headings, 3 mentions in the text</extracomment>
        <translation>%1：标题中 %2 处，正文中 %3 处</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Indicators reported</source>
        <translation>已报告指标</translation>
    </message>
    <message>
        <source>Indicators omitted</source>
        <translation>未报告指标</translation>
    </message>
</context>
<context>
    <name>ReportDiffModel</name>
    <message>
        <source>~ changed</source>
        <translation>~ 改动</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− 删除</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= 相同</translation>
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
        <source>Section in A</source>
        <translation>A 中的章节</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Section in B</source>
        <translation>B 中的章节</translation>
    </message>
</context>
<context>
    <name>ReportLoadJob</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a report file.</source>
        <translation>这是一个文件夹，不是报告文件。</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>Permission denied: the file is not readable.</source>
        <translation>权限不足：无法读取该文件。</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>文件过大（%1 MB，上限为 %2 MB）。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The file is too large (the limit is %1 MB).</source>
        <translation>文件过大（上限为 %1 MB）。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>No report structure found: the file holds no running text, only short lines such as site navigation.</source>
        <translation>未找到报告结构：文件中没有连续的正文，只有网站导航之类的短行。</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
</context>
<context>
    <name>ReportWarning</name>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) for %1 were replaced by �.</source>
        <translation>
            <numerusform>有 %n 处不符合 %1 编码的字节已替换为 �。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report text appears twice in this file (lines %1–%2 repeat in lines %3–%4); the first copy is ignored.</source>
        <translation>报告正文在此文件中出现了两次（第 %1–%2 行与第 %3–%4 行重复），已忽略第一份。</translation>
    </message>
    <message>
        <source>No headings were recognised; the whole text is shown as one section.</source>
        <translation>未识别到标题，全文作为一个章节显示。</translation>
    </message>
    <message>
        <source>The file declares the encoding %1, but its bytes are %2; it was read as %2.</source>
        <translation>文件声明的编码为 %1，但其字节实为 %2，已按 %2 读取。</translation>
    </message>
</context>
<context>
    <name>Segmenter</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>line %1 is not &quot;word frequency tag&quot;</source>
        <translation>第 %1 行不是“词 词频 词性”格式</translation>
    </message>
    <message>
        <source>it is empty or truncated</source>
        <translation>文件为空或不完整</translation>
    </message>
    <message>
        <source>the word lexicon %1 is missing or damaged: %2. It is provided by the Debian package %3 (apt install %3); figure labels cannot be read without it.</source>
        <translation>词典 %1 缺失或已损坏：%2。它由 Debian 软件包 %3 提供（apt install %3）；没有它无法读取数字的标签。</translation>
    </message>
    <message>
        <source>the word lexicon %1 is missing or damaged: %2. It is provided by the Debian package %3.</source>
        <translation>词典 %1 缺失或已损坏：%2。它由 Debian 软件包 %3 提供。</translation>
    </message>
    <message>
        <source>it is not UTF-8</source>
        <translation>文件不是 UTF-8 编码</translation>
    </message>
    <message numerus="yes">
        <source>it holds only %n word(s)</source>
        <translation>
            <numerusform>只有 %n 个词</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TsvTable</name>
    <message>
        <source>duplicate entry “%1” (first on line %2)</source>
        <translation>重复条目“%1”（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1：不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>empty field or field with spaces around it</source>
        <translation>字段为空或前后带空格</translation>
    </message>
    <message>
        <source>expected %1 columns separated by tabs, found %2</source>
        <translation>应有 %1 列（以制表符分隔），实有 %2 列</translation>
    </message>
    <message>
        <source>unknown %1 “%2” (known: %3)</source>
        <extracomment>1 the column of the data file (class, role, list …), 2 the value, 3 the known values</extracomment>
        <translation>未知的 %1“%2”（可用：%3）</translation>
    </message>
</context>
<context>
    <name>WordLists</name>
    <message>
        <source>%1: list “%2” is missing</source>
        <translation>%1：缺少词表“%2”</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>The file could not be read as a zip archive.</source>
        <translation>无法将文件作为 zip 压缩包读取。</translation>
    </message>
    <message>
        <source>The file is damaged: it is not a complete zip archive.</source>
        <translation>文件已损坏：不是完整的 zip 压缩包。</translation>
    </message>
    <message>
        <source>The file is damaged: its zip archive cannot be opened (%1).</source>
        <translation>文件已损坏：无法打开其 zip 压缩包（%1）。</translation>
    </message>
    <message>
        <source>The file is damaged: %1 is missing.</source>
        <translation>文件已损坏：缺少 %1。</translation>
    </message>
    <message>
        <source>The file is damaged: %1 cannot be read.</source>
        <translation>文件已损坏：无法读取 %1。</translation>
    </message>
    <message>
        <source>Refused: %1 would unpack to more than %2 MB or %3 times its packed size (a zip bomb?).</source>
        <translation>已拒绝：%1 解压后将超过 %2 MB 或压缩大小的 %3 倍（可能是 zip 炸弹）。</translation>
    </message>
    <message>
        <source>The file is damaged or encrypted: %1 cannot be unpacked.</source>
        <translation>文件已损坏或已加密：无法解压 %1。</translation>
    </message>
    <message>
        <source>The file is damaged: %1 cannot be unpacked.</source>
        <translation>文件已损坏：无法解压 %1。</translation>
    </message>
</context>
</TS>
