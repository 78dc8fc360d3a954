namespace Dossier.Fuzz.Hostile;

/// <summary>What became of one hostile file.</summary>
public enum FuzzVerdict
{
    /// <summary>Imported (the mutation left a valid file).</summary>
    Imported,

    /// <summary>Refused with a reported failure naming the file, and nothing of it written.</summary>
    FailedAsReported,

    /// <summary>An exception escaped, or the failure is an unexpected exception rather than a problem with the input.</summary>
    Crash,

    /// <summary>Refused, but the store changed: part of a failing file was written.</summary>
    PartialWrite,

    /// <summary>The failure does not name the file.</summary>
    Unnamed,
}

/// <param name="Verdict">what happened</param>
/// <param name="Seconds">how long the import took</param>
/// <param name="Message">the failure as reported, or the exception</param>
/// <param name="Line">the failure's line, when it has one</param>
public sealed record FuzzOutcome(FuzzVerdict Verdict, double Seconds, string? Message, int? Line)
{
    public override string ToString() => $"{Verdict} in {Seconds:F2}s: {Message}";
}
