namespace ImiPortal.Domain.Members;

public enum DateOfBirthCheck
{
    Plausible = 1,
    InFuture = 2,
    TooYoung = 3,
    TooOld = 4,
}
