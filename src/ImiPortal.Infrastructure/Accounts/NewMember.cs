namespace ImiPortal.Infrastructure.Accounts;

public sealed record NewMember(string Email, string Password, string? Title, string FirstName, string LastName);
