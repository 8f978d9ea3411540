namespace ImiPortal.Web.Models.Requests;

/// <summary>Who fills in the request form: a logged-in member, a visitor without an account, or member services.</summary>
public enum RequestFormMode
{
    Member = 1,
    Public = 2,
    Staff = 3,
}
