namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// One request's arguments, checked against the verb's required, optional and exclusive arguments
/// (OAI-PMH section 4): a missing, unknown or repeated verb is badVerb; a repeated, unknown, missing or empty
/// argument, a resumptionToken beside other arguments, and a bad or inconsistent from/until are badArgument.
/// </summary>
internal sealed class OaiRequest
{
    private static readonly Dictionary<string, (string[] Required, string[] Optional, string? Exclusive)> Verbs = new(StringComparer.Ordinal)
    {
        [OaiPmhNames.Identify] = ([], [], null),
        [OaiPmhNames.ListMetadataFormats] = ([], ["identifier"], null),
        [OaiPmhNames.ListSets] = ([], [], "resumptionToken"),
        [OaiPmhNames.ListIdentifiers] = (["metadataPrefix"], ["from", "until", "set"], "resumptionToken"),
        [OaiPmhNames.ListRecords] = (["metadataPrefix"], ["from", "until", "set"], "resumptionToken"),
        [OaiPmhNames.GetRecord] = (["identifier", "metadataPrefix"], [], null),
    };

    private OaiRequest(string verb, IReadOnlyDictionary<string, string> arguments)
    {
        Verb = verb;
        Arguments = arguments;
    }

    public string Verb { get; }

    /// <summary>Every argument but the verb, each once.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    public DateTimeOffset? From { get; private set; }

    public DateTimeOffset? Until { get; private set; }

    public string? this[string name] => Arguments.TryGetValue(name, out var value) ? value : null;

    public static OaiRequest Parse(IReadOnlyList<KeyValuePair<string, string>> arguments, out OaiError? error)
    {
        error = null;
        var verbs = arguments.Where(a => string.Equals(a.Key, "verb", StringComparison.Ordinal)).Select(a => a.Value).ToList();
        if (verbs.Count != 1 || !Verbs.TryGetValue(verbs[0], out var shape))
        {
            error = new OaiError(OaiPmhNames.BadVerb, verbs.Count switch
            {
                0 => "The request has no verb.",
                1 => "The verb is not one of OAI-PMH's six.",
                _ => "The verb argument is repeated.",
            });
            return new OaiRequest("", new Dictionary<string, string>(StringComparer.Ordinal));
        }
        var verb = verbs[0];
        var others = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments.Where(a => !string.Equals(a.Key, "verb", StringComparison.Ordinal)))
        {
            if (!others.TryAdd(name, value))
            {
                error ??= Bad($"The argument '{name}' is repeated.");
            }
            else if (!shape.Required.Contains(name, StringComparer.Ordinal) && !shape.Optional.Contains(name, StringComparer.Ordinal)
                && !string.Equals(name, shape.Exclusive, StringComparison.Ordinal))
            {
                error ??= Bad($"The argument '{name}' is not allowed with {verb}.");
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                error ??= Bad($"The argument '{name}' is empty.");
            }
        }
        var request = new OaiRequest(verb, others);
        if (error is not null)
        {
            return request;
        }
        if (shape.Exclusive is { } exclusive && others.ContainsKey(exclusive))
        {
            if (others.Count > 1)
            {
                error = Bad($"The argument '{exclusive}' is exclusive: no other argument may come with it.");
            }
            return request;
        }
        if (shape.Required.FirstOrDefault(r => !others.ContainsKey(r)) is { } missing)
        {
            error = Bad($"{verb} requires the argument '{missing}'.");
            return request;
        }
        error = request.ReadDates();
        return request;
    }

    private OaiError? ReadDates()
    {
        bool? fromIsDay = null, untilIsDay = null;
        if (this["from"] is { } from)
        {
            if (!OaiDatestamp.TryParse(from, isUntil: false, out var instant, out var isDay))
            {
                return Bad("The argument 'from' is not a UTC datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).");
            }
            From = instant;
            fromIsDay = isDay;
        }
        if (this["until"] is { } until)
        {
            if (!OaiDatestamp.TryParse(until, isUntil: true, out var instant, out var isDay))
            {
                return Bad("The argument 'until' is not a UTC datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).");
            }
            Until = instant;
            untilIsDay = isDay;
        }
        if (fromIsDay is not null && untilIsDay is not null && fromIsDay != untilIsDay)
        {
            return Bad("The arguments 'from' and 'until' have different granularities.");
        }
        if (From > Until)
        {
            return Bad("The argument 'from' is later than 'until'.");
        }
        return null;
    }

    private static OaiError Bad(string message) => new(OaiPmhNames.BadArgument, message);
}
