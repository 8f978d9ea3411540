using System.Text.RegularExpressions;

namespace ImiPortal.Domain.Transparency;

/// <summary>
/// Reads the privacy notice's plain text into blocks, so the page can render real headings, paragraphs and lists
/// (always encoded: the text is never treated as HTML). Rules, in order:
/// a line starting "## " is a heading and "### " a subheading; a line starting "Purpose/Activity:" is a subheading;
/// lines starting "•", "-" or "*" are bullets and "1." or "1)" numbered items; a short block of one line that does
/// not end in punctuation is a heading; anything else is a paragraph.
/// </summary>
public static partial class NoticeText
{
    private const int MaxHeadingLength = 90;

    public static IReadOnlyList<NoticeBlock> Parse(string? text)
    {
        var blocks = new List<NoticeBlock>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return blocks;
        }

        var paragraph = new List<string>();
        var items = new List<string>();
        var listKind = NoticeBlockKind.BulletList;

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Replace('\u00A0', ' ').Trim();
            if (line.Length == 0)
            {
                FlushParagraph();
                FlushList();
                continue;
            }

            if (Bullet().Match(line) is { Success: true } bullet)
            {
                FlushParagraph();
                StartList(NoticeBlockKind.BulletList);
                items.Add(bullet.Groups["text"].Value.Trim());
            }
            else if (Numbered().Match(line) is { Success: true } numbered)
            {
                FlushParagraph();
                StartList(NoticeBlockKind.NumberedList);
                items.Add(numbered.Groups["text"].Value.Trim());
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal) || line.StartsWith("Purpose/Activity:", StringComparison.Ordinal))
            {
                FlushAll();
                blocks.Add(new NoticeBlock(NoticeBlockKind.Subheading, [line.TrimStart('#').Trim()]));
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                FlushAll();
                blocks.Add(new NoticeBlock(NoticeBlockKind.Heading, [line.TrimStart('#').Trim()]));
            }
            else
            {
                FlushList();
                paragraph.Add(line);
            }
        }

        FlushAll();
        return blocks;

        void StartList(NoticeBlockKind kind)
        {
            if (items.Count > 0 && listKind != kind)
            {
                FlushList();
            }

            listKind = kind;
        }

        void FlushList()
        {
            if (items.Count > 0)
            {
                blocks.Add(new NoticeBlock(listKind, [.. items]));
                items.Clear();
            }
        }

        void FlushParagraph()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var kind = paragraph.Count == 1 && LooksLikeHeading(paragraph[0]) ? NoticeBlockKind.Heading : NoticeBlockKind.Paragraph;
            blocks.Add(new NoticeBlock(kind, [.. paragraph]));
            paragraph.Clear();
        }

        void FlushAll()
        {
            FlushParagraph();
            FlushList();
        }
    }

    private static bool LooksLikeHeading(string line) =>
        line.Length <= MaxHeadingLength && !".:;,?!)".Contains(line[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"^[•\-\*]\s+(?<text>.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\d{1,2}[\.\)]\s+(?<text>.+)$")]
    private static partial Regex Numbered();
}
