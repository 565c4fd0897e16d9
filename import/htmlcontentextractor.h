#ifndef REPORTSCOPE_HTMLCONTENTEXTRACTOR_H
#define REPORTSCOPE_HTMLCONTENTEXTRACTOR_H

#include "core/sourcedocumentbuilder.h"

#include <QByteArrayView>
#include <QString>

#include <atomic>

/**
 * Finds the article in a web page and turns it into blocks: the page is parsed by libxml2's
 * HTML parser (UTF-8 input), scripts, styles, forms and navigation are dropped, every text
 * block scores its parent and grandparent by its length and punctuation less its link text,
 * and the best-scoring container is the article (class and id words such as "content" or a
 * CMS editor box count for it; "nav", "footer", "share" against it). Inside it, h1–h6 become
 * heading hints, p/div/br paragraphs, li list items, data tables tables with their spans.
 *
 * The page's title, dates and source come from its meta tags (the ArticleTitle, PubDate and
 * ContentSource fields of government CMSs, and the common ones) into SourceMetadata.
 */
class HtmlContentExtractor
{
public:
    struct Result
    {
        int blockCount = 0; ///< blocks added; 0 when the page has no readable text
        bool cancelled = false;
        QString container; ///< the chosen container, e.g. "div#zoom", for the details
    };

    /** Deeper elements than this are not descended into (libxml2 keeps the tree shallower
     *  still; this guards the recursion whatever the parser does). */
    static constexpr int MaxDepth = 512;

    /** html: the page in UTF-8. Adds the blocks and metadata to builder. */
    static Result extract(QByteArrayView html, SourceDocumentBuilder &builder,
                          const std::atomic_bool *cancel = nullptr);
};

#endif // REPORTSCOPE_HTMLCONTENTEXTRACTOR_H
