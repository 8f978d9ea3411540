namespace ImiPortal.Domain.Consent;

/// <summary>What a consent event is about: a channel, a topic, or sharing with a named third party.</summary>
public enum ConsentSubjectKind
{
    Channel = 1,
    Topic = 2,
    ThirdParty = 3,
}
