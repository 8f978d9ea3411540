namespace ImiPortal.Domain.Requests;

public enum IdentityVerificationMethod
{
    LoggedInSession = 1,
    EmailLink = 2,
    DocumentSeen = 3,
    KnowledgeBasedCheck = 4,
}
