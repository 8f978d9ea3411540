namespace ImiPortal.Web.Handlers.Members;

public sealed record DetailsUpdateResult(DetailsUpdateOutcome Outcome, IReadOnlyList<string> Fields)
{
    public static DetailsUpdateResult Of(DetailsUpdateOutcome outcome) => new(outcome, []);
}
