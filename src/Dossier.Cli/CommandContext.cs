using System.CommandLine;
using Dossier.Core.Composition;
using Dossier.Hosting;

namespace Dossier.Cli;

/// <summary>What a command's action works with: its output streams and the archive on the chosen data folder.</summary>
public sealed class CommandContext(ParseResult parseResult)
{
    /// <summary>Standard output, where no control character of an imported text reaches the terminal (<see cref="Output.TerminalWriter"/>).</summary>
    public TextWriter Output { get; } = new Output.TerminalWriter(parseResult.InvocationConfiguration.Output);

    /// <summary>Standard output as it is, for a file format written to it (an export), whose bytes are data.</summary>
    public TextWriter RawOutput { get; } = parseResult.InvocationConfiguration.Output;

    public TextWriter Error { get; } = parseResult.InvocationConfiguration.Error;

    public string DataFolder { get; } = Dossier.Hosting.DataFolder.Resolve(parseResult.GetValue<string?>(GlobalOptions.DataName));

    /// <summary>The PostgreSQL database chosen with --database or DOSSIER_DATABASE; null for SQLite in the data folder.</summary>
    public string? Database { get; } = StoreLocation.Resolve(parseResult.GetValue<string?>(GlobalOptions.DatabaseName));

    public Task<Archive> OpenArchiveAsync(CancellationToken cancellationToken, TimeProvider? time = null) =>
        ArchiveFactory.OpenAsync(DataFolder, cancellationToken, time, Database);

    /// <summary>Opens the archive without bringing its index up to the store first, for a command that rebuilds the index.</summary>
    public Task<Archive> OpenArchiveForRebuildAsync(CancellationToken cancellationToken) =>
        ArchiveFactory.OpenAsync(DataFolder, cancellationToken, null, Database, catchUp: false);

    /// <summary>True when progress bars may be drawn: a terminal on stderr, and not writing JSON.</summary>
    public bool Interactive => !Console.IsErrorRedirected && ReferenceEquals(Error, Console.Error);
}
