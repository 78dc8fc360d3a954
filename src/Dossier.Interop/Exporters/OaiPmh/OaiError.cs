namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>An OAI-PMH error condition (section 3.6 of the protocol): its code and a message for people.</summary>
internal sealed record OaiError(string Code, string Message)
{
    /// <summary>badVerb and badArgument answers echo no arguments in the request element (section 3.2).</summary>
    public bool EchoesArguments => Code is not (OaiPmhNames.BadVerb or OaiPmhNames.BadArgument);
}
