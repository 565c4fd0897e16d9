#ifndef REPORTSCOPE_SOURCEPOSITION_H
#define REPORTSCOPE_SOURCEPOSITION_H

/**
 * Where a block stands in the file it was read from: a line of a text file, or a page and a
 * box on it for paged formats (PDF, scans).
 *
 * Plain numbers only, so core stays free of Gui types. Fields a format does not know stay 0.
 */
struct SourcePosition
{
    int line = 0; ///< 1-based line number in a text file; 0 when the format has no lines
    int page = 0; ///< 1-based page number; 0 when the format has no pages
    /** The block's box on its page, in points from the page's top left corner. */
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    bool hasPage() const { return page > 0; }
    bool hasBox() const { return width > 0 && height > 0; }
};

#endif // REPORTSCOPE_SOURCEPOSITION_H
