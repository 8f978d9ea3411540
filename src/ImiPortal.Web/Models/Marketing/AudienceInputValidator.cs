using FluentValidation;

namespace ImiPortal.Web.Models.Marketing;

public sealed class AudienceInputValidator : AbstractValidator<AudienceInput>
{
    public AudienceInputValidator()
    {
        RuleFor(x => x.Channel).NotNull().WithMessage("Choose a channel").IsInEnum().WithMessage("Choose a channel");
        RuleFor(x => x.TopicId).NotNull().WithMessage("Choose a subject").GreaterThan(0).WithMessage("Choose a subject");
    }
}
