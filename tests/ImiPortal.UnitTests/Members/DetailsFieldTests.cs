using ImiPortal.Domain.Members;

namespace ImiPortal.UnitTests.Members;

public sealed class DetailsFieldTests
{
    [Fact]
    public void Describe_ListsFieldsInWords()
    {
        Assert.Equal("phone number", DetailsField.Describe([DetailsField.Phone]));
        Assert.Equal("first name and billing address", DetailsField.Describe([DetailsField.FirstName, DetailsField.BillingAddress]));
        Assert.Equal("title, date of birth and email address", DetailsField.Describe([DetailsField.Title, DetailsField.DateOfBirth, DetailsField.Email]));
    }

    [Fact]
    public void JoinThenSplit_GivesTheSameNames()
    {
        string[] fields = [DetailsField.LastName, DetailsField.Gender, DetailsField.DeliveryAddress];

        Assert.Equal(fields, DetailsField.Split(DetailsField.Join(fields)));
        Assert.Empty(DetailsField.Split(""));
    }
}
