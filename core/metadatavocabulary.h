#ifndef REPORTSCOPE_METADATAVOCABULARY_H
#define REPORTSCOPE_METADATAVOCABULARY_H

#include "core/reportfacts.h"
#include "core/tsvtable.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

class QIODevice;

/**
 * The words, patterns and places MetadataReader knows, as data: core/data/metadata.tsv (type
 * cues, year patterns, the speech and assembly patterns, national and relative issuers) and
 * core/data/places.tsv (full name, short name, level, parent, pinyin), compiled into core as
 * resources (:/reportscope/metadata/) and read as TsvTables. Lines starting with # and empty lines
 * are ignored. A wrong number of columns, an unknown kind, type or level, an invalid pattern, a
 * duplicate place, a parent that is not listed or a missing kind is an error naming the file and
 * line.
 *
 * builtIn() loads the resources once (thread-safe); after that the vocabulary is immutable.
 */
class MetadataVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(MetadataVocabulary)

public:
    enum class Level { Province, City, County };
    enum class YearRole {
        Reviewed, ///< the year a 政府工作报告 reviews (2025年工作回顾)
        Planned,  ///< the year it plans for (2026年重点工作)
        Covered,  ///< the year an annual report covers (2021年度)
    };

    struct TitleCue
    {
        ReportFacts::Type type;
        QString words;
    };
    struct TextCue
    {
        ReportFacts::Type type;
        QString words;
        int weight = 0;
    };
    struct YearCue
    {
        YearRole role;
        int offset = 0;
        QRegularExpression pattern; ///< group 1 is the year
    };
    struct Place
    {
        QString name;      ///< 深圳市
        QString shortName; ///< 深圳
        Level level = Level::City;
        QString parent; ///< 广东省; empty for a province
        QString pinyin; ///< shenzhen
    };
    struct National
    {
        QString issuer; ///< 国务院
        QString place;  ///< 全国
    };
    struct Relative
    {
        QString word; ///< 省
        Level level = Level::Province;
    };

    /** The compiled-in vocabulary, loaded on first use; a damaged build stops the program
     *  with a message naming the file. */
    static const MetadataVocabulary &builtIn();

    /** Reads metadata.tsv and places.tsv from dir; false with a message on error. */
    bool loadDirectory(const QString &dir, QString *error);
    /** Reads one file; which one is told by the file name (metadata.tsv, places.tsv). */
    bool loadFile(QIODevice *device, const QString &fileName, QString *error);
    /** False with a message when a kind has no entry in a file that was read. */
    bool checkComplete(QString *error) const;

    const QList<TitleCue> &titleCues() const { return m_titleCues; }
    const QList<TextCue> &textCues() const { return m_textCues; }
    const QList<YearCue> &yearCues() const { return m_yearCues; }
    const QList<QRegularExpression> &speechPatterns() const { return m_speech; }
    const QList<QRegularExpression> &assemblyPatterns() const { return m_assembly; }
    const QList<National> &nationalIssuers() const { return m_national; }
    const QList<Relative> &relativeIssuers() const { return m_relative; }
    const QList<Place> &places() const { return m_places; }

    /** The place of that full or short name, or null. */
    const Place *place(QStringView name) const;
    /** The place a file name token names (longgang), or null. */
    const Place *placeByPinyin(QStringView pinyin) const;

private:
    static bool isVocabularyFile(const QString &fileName, QString *error);
    bool loadTable(const TsvTable &table, QString *error);
    bool readMetadata(const QList<TsvTable::Row> &rows, QString *why, int *badLine);
    bool readPlaces(const QList<TsvTable::Row> &rows, QString *why, int *badLine);

    QList<TitleCue> m_titleCues;
    QList<TextCue> m_textCues;
    QList<YearCue> m_yearCues;
    QList<QRegularExpression> m_speech;
    QList<QRegularExpression> m_assembly;
    QList<National> m_national;
    QList<Relative> m_relative;
    QList<Place> m_places;
    bool m_metadataRead = false;
    bool m_placesRead = false;
    QString m_metadataFile;
    QString m_placesFile;
};

#endif // REPORTSCOPE_METADATAVOCABULARY_H
