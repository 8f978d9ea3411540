namespace ImiPortal.Domain.Deadlines;

public enum ClockStatus
{
    /// <summary>The clock runs and there is a due date.</summary>
    Running = 1,

    /// <summary>A clarification question is outstanding: the clock is stopped, so there is no due date.</summary>
    PausedForClarification = 2,

    /// <summary>Identity, authority or a fee was asked for and has not arrived: no month runs yet.</summary>
    AwaitingInformation = 3,
}
