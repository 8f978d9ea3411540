using FluentValidation;

namespace ImiPortal.Web.Models.Transparency;

public sealed class NoticePublishInputValidator : AbstractValidator<NoticePublishInput>
{
    /// <summary>Below the form's value limit, so a long notice gets a message rather than a failed request.</summary>
    public const int MaxBodyLength = 60_000;

    public NoticePublishInputValidator()
    {
        RuleFor(x => x.Body).NotEmpty().WithMessage("Enter the text of the privacy notice")
            .MaximumLength(MaxBodyLength).WithMessage("The notice must be 60,000 characters or fewer");
        RuleFor(x => x.SummaryOfChanges).NotEmpty().WithMessage("Summarise what changed, for members to read")
            .MaximumLength(4000).WithMessage("The summary must be 4,000 characters or fewer");
    }
}
