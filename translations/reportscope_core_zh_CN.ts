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
</context>
<context>
    <name>FigureVocabulary</name>
    <message>
        <source>unknown %1 “%2” (known: %3)</source>
        <extracomment>1 the column of the data file (class, role, bound …), 2 the value, 3 the known values</extracomment>
        <translation>未知的 %1“%2”（可用：%3）</translation>
    </message>
    <message>
        <source>duplicate entry “%1” (first on line %2)</source>
        <translation>重复条目“%1”（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a vocabulary file (expected one of %2)</source>
        <translation>%1：不是词表文件（应为 %2 之一）</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation>%1：不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: expected %3 columns separated by tabs, found %4</source>
        <translation>%1:%2：应有 %3 列（以制表符分隔），实有 %4 列</translation>
    </message>
    <message>
        <source>%1:%2: empty field or field with spaces around it</source>
        <translation>%1:%2：字段为空或前后带空格</translation>
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
</TS>
