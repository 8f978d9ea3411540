namespace ImiPortal.Domain.Requests;

/// <summary>How a rights request reached us.</summary>
public enum RequestChannel
{
    MyImi = 1,
    PublicForm = 2,
    Phone = 3,
    Post = 4,
    Email = 5,
}
