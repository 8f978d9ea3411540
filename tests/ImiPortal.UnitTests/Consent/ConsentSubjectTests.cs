using ImiPortal.Domain.Consent;

namespace ImiPortal.UnitTests.Consent;

public class ConsentSubjectTests
{
    [Fact]
    public void Key_NamesTheSubject()
    {
        Assert.Equal("channel:Email", ConsentSubject.ForChannel(MarketingChannel.Email).Key);
        Assert.Equal("topic:3", ConsentSubject.ForTopic(3).Key);
        Assert.Equal("third-party:5", ConsentSubject.ForThirdParty(5).Key);
    }

    [Theory]
    [InlineData("channel:Email")]
    [InlineData("channel:Sms")]
    [InlineData("channel:Post")]
    [InlineData("channel:Phone")]
    [InlineData("topic:12")]
    [InlineData("third-party:7")]
    public void TryParse_ReadsBackAKey(string key)
    {
        Assert.True(ConsentSubject.TryParse(key, out var subject));
        Assert.Equal(key, subject.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("channel:email")]
    [InlineData("channel:1")]
    [InlineData("channel:Email,Sms")]
    [InlineData("channel:Fax")]
    [InlineData("topic:0")]
    [InlineData("topic:-1")]
    [InlineData("topic:01")]
    [InlineData("topic: 1")]
    [InlineData("topic:99999999999")]
    [InlineData("third-party:x")]
    [InlineData("partner:1")]
    public void TryParse_RefusesAnythingElse(string? key)
    {
        Assert.False(ConsentSubject.TryParse(key, out _));
    }
}
