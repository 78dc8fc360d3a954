using System.CommandLine;
using Dossier.Core.Composition;
using Dossier.Hosting;

namespace Dossier.Cli;

/// <summary>What a command's action works with: its output streams and the archive on the chosen data folder.</summary>
public sealed class CommandContext(ParseResult parseResult)
{
    public TextWriter Output { get; } = parseResult.InvocationConfiguration.Output;

    public TextWriter Error { get; } = parseResult.InvocationConfiguration.Error;

    public string DataFolder { get; } = Dossier.Hosting.DataFolder.Resolve(parseResult.GetValue<string?>(GlobalOptions.DataName));

    public Task<Archive> OpenArchiveAsync(CancellationToken cancellationToken) =>
        ArchiveFactory.OpenAsync(DataFolder, cancellationToken);

    /// <summary>True when progress bars may be drawn: a terminal on stderr, and not writing JSON.</summary>
    public bool Interactive => !Console.IsErrorRedirected && ReferenceEquals(Error, Console.Error);
}
