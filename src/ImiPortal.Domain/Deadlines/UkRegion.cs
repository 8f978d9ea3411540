namespace ImiPortal.Domain.Deadlines;

/// <summary>The UK jurisdiction whose bank holidays decide which days are working days.</summary>
/// <remarks>Numbered from 1 like the other domain enums, so an unset setting (0) fails fast instead of silently meaning England.</remarks>
public enum UkRegion
{
    EnglandAndWales = 1,
    Scotland = 2,
    NorthernIreland = 3,
}
