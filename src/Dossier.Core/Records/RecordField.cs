using System.Globalization;
using Dossier.Core.Text;

namespace Dossier.Core.Records;

/// <summary>
/// One field of a record as the limits see it: its name in the record's JSON form ("layers[0].pages[3].number"),
/// and either its text with the longest it may be, or its number of entries with the most it may hold. A text
/// must also hold only characters (<see cref="CodePoints"/>).
/// </summary>
public readonly record struct RecordField(string Name, string? Text, int? Count, int Max, string Kind)
{
    /// <summary>What is wrong with the field, or null when it is within its limit.</summary>
    public string? Problem =>
        Text is { } text && text.Length > Max
            ? string.Create(CultureInfo.InvariantCulture, $"{text.Length:N0} characters, more than the {Max:N0} allowed for {Kind}")
            : Count is { } count && count > Max
                ? string.Create(CultureInfo.InvariantCulture, $"{count:N0} entries, more than the {Max:N0} allowed")
                : Text is { } held && CodePoints.FirstForbidden(held) is { } at
                    ? CodePoints.Describe(held, at)
                    : null;
}
