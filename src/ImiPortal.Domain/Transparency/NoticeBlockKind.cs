namespace ImiPortal.Domain.Transparency;

public enum NoticeBlockKind
{
    Heading = 1,
    Subheading = 2,
    Paragraph = 3,
    BulletList = 4,
    NumberedList = 5,
}
