using ImiPortal.Domain.Transparency;

namespace ImiPortal.UnitTests.Transparency;

public sealed class NoticeTextTests
{
    [Fact]
    public void Parse_ReadsHeadingsParagraphsAndLists()
    {
        const string text = "What type of data we collect\n\nPersonal data means any information.\nIt does not include anonymous data.\n\n" +
                            "  • Identity Data includes first name.\n  • Contact Data includes email address.\n\nType of data:\n\n  1. Identity\n  2. Contact\n";

        var blocks = NoticeText.Parse(text);

        Assert.Equal([NoticeBlockKind.Heading, NoticeBlockKind.Paragraph, NoticeBlockKind.BulletList, NoticeBlockKind.Paragraph, NoticeBlockKind.NumberedList], blocks.Select(b => b.Kind));
        Assert.Equal(["Personal data means any information.", "It does not include anonymous data."], blocks[1].Lines);
        Assert.Equal(["Identity Data includes first name.", "Contact Data includes email address."], blocks[2].Lines);
        Assert.Equal(["Identity", "Contact"], blocks[4].Lines);
    }

    [Fact]
    public void Parse_HonoursExplicitMarkers_AndPurposeLinesAsSubheadings()
    {
        var blocks = NoticeText.Parse("## Driver and Vehicle Standards Agency (DVSA)\r\n\r\n### Lawful Basis\n\nPurpose/Activity: To register you as a new customer\n\n- a dash bullet");

        Assert.Equal([NoticeBlockKind.Heading, NoticeBlockKind.Subheading, NoticeBlockKind.Subheading, NoticeBlockKind.BulletList], blocks.Select(b => b.Kind));
        Assert.Equal("Driver and Vehicle Standards Agency (DVSA)", blocks[0].Lines[0]);
        Assert.Equal("Lawful Basis", blocks[1].Lines[0]);
        Assert.Equal("a dash bullet", blocks[3].Lines[0]);
    }

    [Theory]
    [InlineData("Performance of a contract with you.")]
    [InlineData("Lawful basis for processing including basis of legitimate interest:")]
    [InlineData("Necessary for our legitimate interests (to recover debts due to us)")]
    public void Parse_ShortLineEndingInPunctuation_IsAParagraph(string line)
    {
        Assert.Equal(NoticeBlockKind.Paragraph, Assert.Single(NoticeText.Parse(line)).Kind);
    }

    [Fact]
    public void Parse_EmptyText_HasNoBlocks()
    {
        Assert.Empty(NoticeText.Parse("  \n\n "));
        Assert.Empty(NoticeText.Parse(null));
    }
}
