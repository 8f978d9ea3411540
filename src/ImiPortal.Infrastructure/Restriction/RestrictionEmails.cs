using ImiPortal.Domain;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Requests;

namespace ImiPortal.Infrastructure.Restriction;

/// <summary>What a member is told when processing of their data is restricted, before it is lifted, and when it is.</summary>
public static class RestrictionEmails
{
    private const string Signature = "\n\nData Protection, the Institute of the Motor Industry\nFanshaws, Brickendon, Hertfordshire SG13 8PQ\n";

    public static EmailMessage Applied(Member member, RestrictionGround ground) => Message(member, "restriction.applied",
        "we have restricted how we use your data",
        "From today we only store your personal data: we will not use it for anything else, including marketing, " +
        "without your consent, for legal claims, to protect another person or for an important public interest.\n\n" +
        $"The reason you gave: {RequestWords.Ground(ground)}.\n\n" +
        "We will tell you before we lift this restriction.");

    public static EmailMessage LiftNotice(Member member, string reason, DateOnly notBefore) => Message(member, "restriction.lift-notice",
        "we are going to lift the restriction on your data",
        $"We are writing to tell you, as the law requires, that we intend to lift the restriction on how we use your personal data on or after {UkTime.Format(notBefore)}.\n\n" +
        $"Why: {reason}\n\n" +
        "If you disagree, please reply to this email before that date. You also have the right to complain to the " +
        "Information Commissioner's Office (ICO): " + RequestWorkflowEmails.ComplaintUrl);

    public static EmailMessage Lifted(Member member) => Message(member, "restriction.lifted",
        "the restriction on your data has been lifted",
        "As we told you before, we have lifted the restriction on how we use your personal data. From today we use it " +
        "again as our privacy notice describes. Your marketing choices are as you left them; you can change them in MyIMI at any time.");

    private static EmailMessage Message(Member member, string kind, string subject, string body) => new(
        kind, member.Email, $"MyIMI: {subject}", $"Dear {member.FirstName},\n\n{body}{Signature}");
}
