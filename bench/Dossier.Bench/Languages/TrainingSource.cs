namespace Dossier.Bench.Languages;

/// <summary>
/// Where a profile's training text comes from: the gettext catalogs of free software installed under
/// /usr/share/locale (GTK, GLib, coreutils, iso-codes, …), a kind of text (interface messages, country and
/// language names) far from the declarations, letters and reports the identifier is evaluated on.
/// </summary>
/// <param name="Tag">the BCP-47 tag the profile answers</param>
/// <param name="Script">ISO 15924 code of the profile's script</param>
/// <param name="Locales">gettext locale folders read</param>
/// <param name="Originals">read the English originals (msgid) instead of the translations</param>
/// <param name="RespellFrom">rewrite Latin-script text of this language in its former Cyrillic alphabet</param>
internal sealed record TrainingSource(string Tag, string Script, string[] Locales, bool Originals = false, string? RespellFrom = null)
{
    public static IReadOnlyList<TrainingSource> All { get; } =
    [
        new("ru", "Cyrl", ["ru"]),
        new("uk", "Cyrl", ["uk"]),
        new("be", "Cyrl", ["be"]),
        new("bg", "Cyrl", ["bg"]),
        new("sr-Cyrl", "Cyrl", ["sr"]),
        new("mk", "Cyrl", ["mk"]),
        new("kk", "Cyrl", ["kk"]),
        new("mn", "Cyrl", ["mn"]),
        new("ky", "Cyrl", ["ky"]),
        new("tg", "Cyrl", ["tg"]),
        new("uz-Cyrl", "Cyrl", ["uz@cyrillic"]),
        new("tt", "Cyrl", ["tt"], RespellFrom: "tt"),
        new("tk-Cyrl", "Cyrl", ["tk"], RespellFrom: "tk"),
        new("az-Cyrl", "Cyrl", ["az"], RespellFrom: "az"),
        new("en", "Latn", ["de"], Originals: true),
        new("de", "Latn", ["de"]),
        new("fr", "Latn", ["fr"]),
        new("es", "Latn", ["es"]),
        new("it", "Latn", ["it"]),
        new("pt", "Latn", ["pt", "pt_BR"]),
        new("nl", "Latn", ["nl"]),
        new("pl", "Latn", ["pl"]),
        new("cs", "Latn", ["cs"]),
        new("sv", "Latn", ["sv"]),
        new("hu", "Latn", ["hu"]),
        new("tr", "Latn", ["tr"]),
        new("az-Latn", "Latn", ["az"]),
        new("uz-Latn", "Latn", ["uz"]),
    ];
}
