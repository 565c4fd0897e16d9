<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>missing FILE argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one FILE, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the section outline of a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of an indented outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the figures reported in a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (UTF-8 with byte order mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the section with this id and its subsections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a report&apos;s figures against each other (rates against counts, parts against totals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inconsistencies found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sections of a report to PDF (the whole report without --sections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF to OUT.pdf (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only these sections (comma-separated ids, e.g. 1.7,2), each with its subsections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the exported sections&apos; figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the issuer, date and source under the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing -o OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &quot;%1&quot; (use A4 or Letter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsistencyChecker</name>
    <message>
        <source>%1 is stated as %2, but %3 out of %4 is %5%.</source>
        <extracomment>1 rate label, 2 stated rate, 3 part, 4 total, 5 computed rate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of %1 (%2) add up to %3, more than the total.</source>
        <extracomment>1 the total as written, 2 the parts, 3 their sum</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report is open.
Open one with File ▸ Open or drop a file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(figures: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the top</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Preamble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Sections to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checked sections of the current report are exported; when none is checked, the section selected in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;subsections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export each chosen section with the sections below it. Off: only the text directly under each chosen heading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the figures stated in the exported sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the report&apos;s &amp;metadata header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer, date and source under the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Enter a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChartBuilder</name>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: largest %2 of %3</source>
        <extracomment>Chart title when small bars were left out: 1 title, 2 bars shown, 3 all bars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×100 million %1</source>
        <extracomment>Axis title for values in units of 100 million (亿); %1 is the unit, e.g. 元</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×10,000 %1</source>
        <extracomment>Axis title for values in units of 10,000 (万); %1 is the unit, e.g. 人</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureChartView</name>
    <message>
        <source>No report is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures were found in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures in this section or its subsections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <extracomment>Citation of a figure: 1 quote, 2 report title, 3 section path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureTableView</name>
    <message>
        <source>Filter figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only figures whose indicator, sentence or section contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which figures the table lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy with Citation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one or more report files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the current report&apos;s file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Selected Sections to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the checked sections (or the selected section when none is checked) to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ReportScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has no file to read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open these files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <extracomment>Recent file entry: 1 number, 2 file name, 3 folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ReportScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReportScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exports %n checked section(s) of “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exports the selected section “%1” of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports the whole report “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ReportScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReportScope %1&lt;/h3&gt;&lt;p&gt;A browser for long, structured government reports: their sections, their text and the figures they state, each figure leading back to its sentence.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the PDF header (QDate::toString pattern); Chinese: yyyy年M月d日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export to “%1”: no section was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <extracomment>Caption above the charts of a section in the PDF; %1 is the section heading</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to “%1” cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: a new page could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>PDF page footer: %1 this page, %2 page count; Chinese: 第 %1 页 共 %2 页</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: the PDF could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLoadJob</name>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLoader</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: the file is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (the limit is %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (it looks like binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text, only white space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) for %1 were replaced by �.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <source>The report text appears twice in this file (lines %1–%2 repeat in lines %3–%4); the first copy is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No headings were recognised; the whole text is shown as one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report structure found: the file holds no running text, only short lines such as site navigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionTreeView</name>
    <message>
        <source>Filter sections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sections whose title or text contains this text (with the sections above them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse to the top-level sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
