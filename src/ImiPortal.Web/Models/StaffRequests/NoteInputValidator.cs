using FluentValidation;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class NoteInputValidator : AbstractValidator<NoteInput>
{
    public NoteInputValidator()
    {
        RuleFor(x => x.NoteText).NotEmpty().WithMessage("Enter the note")
            .MaximumLength(StepText.MaxLength).WithMessage(StepText.TooLong("The note"));
    }
}
