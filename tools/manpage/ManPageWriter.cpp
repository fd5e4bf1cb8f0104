#include "ManPageWriter.h"

#include <QRegularExpression>
#include <QStringBuilder>

namespace {

struct ListItem
{
    QString term;
    QString description;
};

// "  --port N      port, 0 picks a free one": a term, two or more spaces, a description. A term alone on
// an indented line (a command list without descriptions) is an item too.
const QRegularExpression &itemPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^( +)(\\S(?:\\S| (?! ))*)(?: {2,}(\\S.*))?$"));
    return pattern;
}

bool isHeading(const QString &line)
{
    // "Options:" or "Arguments:" alone on a line, not indented, not a sentence ending in a colon.
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Za-z ]{0,30}:$"));
    return pattern.match(line).hasMatch();
}

QString sectionName(const QString &heading)
{
    return heading.left(heading.size() - 1).trimmed().toUpper();
}

class Renderer
{
public:
    explicit Renderer(const ManPageInfo &info) : m_info(info) {}

    QString run(const QString &helpText)
    {
        QStringList lines = helpText.split(QLatin1Char('\n'));
        for (QString &line : lines) {
            line.replace(QLatin1Char('\t'), QStringLiteral("    "));
            while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
        writeHeader();
        int i = readSynopsis(lines);
        m_section = QStringLiteral("DESCRIPTION");
        m_out << QStringLiteral(".SH DESCRIPTION");
        m_sectionEmpty = true;
        for (; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.isEmpty()) {
                flushParagraph();
                continue;
            }
            if (isHeading(line)) {
                flushParagraph();
                startSection(sectionName(line));
                continue;
            }
            const auto match = itemPattern().match(line);
            if (match.hasMatch() && m_paragraph.isEmpty()) {
                ListItem item{match.captured(2), match.captured(3)};
                // Wrapped description lines sit deeper than the term and carry no term column of their own.
                const int descriptionColumn = match.capturedStart(3);
                while (i + 1 < lines.size() && isContinuation(lines.at(i + 1), match.capturedLength(1), descriptionColumn)) {
                    ++i;
                    item.description += QLatin1Char(' ') + lines.at(i).trimmed();
                }
                writeItem(item);
                continue;
            }
            m_paragraph << line.trimmed();
        }
        flushParagraph();
        if (m_sectionEmpty && m_section == QLatin1String("DESCRIPTION") && !m_info.summary.isEmpty())
            m_out << ManPageWriter::escape(sentence(m_info.summary));
        if (!m_info.seeAlso.isEmpty()) {
            m_out << QStringLiteral(".SH SEE ALSO");
            QStringList refs;
            for (const QString &ref : m_info.seeAlso) {
                const int open = ref.indexOf(QLatin1Char('('));
                refs << (open > 0 ? QStringLiteral(".BR ") % ManPageWriter::escape(ref.left(open)) % QLatin1Char(' ')
                                        % ref.mid(open)
                                  : ManPageWriter::escape(ref));
            }
            for (int r = 0; r < refs.size(); ++r)
                m_out << refs.at(r) + (r + 1 < refs.size() ? QStringLiteral(" ,") : QString());
        }
        return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    void writeHeader()
    {
        m_out << QStringLiteral(".\\\" Generated from the output of '%1 --help'; edit the help text, not this file.")
                     .arg(m_info.program);
        m_out << QStringLiteral(".TH \"%1\" \"1\" \"%2\" \"%3 %4\" \"%5\"")
                     .arg(m_info.program.toUpper(), m_info.date, m_info.program, m_info.version, m_info.manual);
        m_out << QStringLiteral(".SH NAME");
        m_out << ManPageWriter::escape(m_info.program) + QStringLiteral(" \\- ") + ManPageWriter::escape(m_info.summary);
    }

    // "Usage: PROGRAM ARGS" and the lines that continue it (indented, before the first blank line).
    int readSynopsis(const QStringList &lines)
    {
        int i = 0;
        while (i < lines.size() && lines.at(i).isEmpty())
            ++i;
        static const QRegularExpression usage(QStringLiteral("^usage:\\s*(\\S+)\\s*(.*)$"),
                                              QRegularExpression::CaseInsensitiveOption);
        const auto match = i < lines.size() ? usage.match(lines.at(i)) : QRegularExpressionMatch();
        m_out << QStringLiteral(".SH SYNOPSIS");
        if (!match.hasMatch()) {
            m_out << QStringLiteral(".B") << ManPageWriter::escape(m_info.program);
            return i;
        }
        QStringList synopsis{match.captured(2)};
        ++i;
        while (i < lines.size() && lines.at(i).startsWith(QLatin1Char(' ')) && !itemPattern().match(lines.at(i)).captured(3).size())
            synopsis << lines.at(i++).trimmed();
        m_out << QStringLiteral(".B") << ManPageWriter::escape(m_info.program);
        m_out << ManPageWriter::escape(synopsis.join(QLatin1Char(' ')).simplified());
        return i;
    }

    static bool isContinuation(const QString &line, int termIndent, int descriptionColumn)
    {
        if (line.isEmpty() || descriptionColumn < 0)
            return false;
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        // Deeper than the term, and either at the description column or too deep to be a new term.
        return indent > termIndent && indent >= descriptionColumn - 1;
    }

    void startSection(const QString &name)
    {
        if (name == m_section)
            return;
        if (m_sectionEmpty && m_section == QLatin1String("DESCRIPTION") && !m_info.summary.isEmpty())
            m_out << ManPageWriter::escape(sentence(m_info.summary));
        m_section = name;
        m_out << QStringLiteral(".SH ") + ManPageWriter::escape(name);
        m_sectionEmpty = true;
    }

    void writeItem(const ListItem &item)
    {
        // A list straight after the description (hand-written help without an "Options:" line).
        if (m_section == QLatin1String("DESCRIPTION") && item.term.startsWith(QLatin1Char('-')))
            startSection(QStringLiteral("OPTIONS"));
        m_out << QStringLiteral(".TP") << QStringLiteral(".B") << ManPageWriter::escape(item.term);
        if (!item.description.isEmpty())
            m_out << ManPageWriter::escape(item.description);
        m_sectionEmpty = false;
    }

    void flushParagraph()
    {
        if (m_paragraph.isEmpty())
            return;
        m_out << QStringLiteral(".PP");
        for (const QString &line : std::as_const(m_paragraph))
            m_out << ManPageWriter::escape(line);
        m_paragraph.clear();
        m_sectionEmpty = false;
    }

    static QString sentence(const QString &summary)
    {
        QString text = summary;
        text[0] = text.at(0).toUpper();
        if (!text.endsWith(QLatin1Char('.')))
            text += QLatin1Char('.');
        return text;
    }

    const ManPageInfo &m_info;
    QStringList m_out;
    QStringList m_paragraph;
    QString m_section;
    bool m_sectionEmpty = true;
};

} // namespace

QString ManPageWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\e");
        else if (c == QLatin1Char('-'))
            out += QStringLiteral("\\-");
        else
            out += c;
    }
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

QString ManPageWriter::render(const QString &helpText, const ManPageInfo &info)
{
    return Renderer(info).run(helpText);
}
