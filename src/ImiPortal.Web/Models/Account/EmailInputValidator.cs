using FluentValidation;

namespace ImiPortal.Web.Models.Account;

public sealed class EmailInputValidator : AbstractValidator<EmailInput>
{
    public EmailInputValidator() => RuleFor(x => x.Email).ValidEmail();
}
