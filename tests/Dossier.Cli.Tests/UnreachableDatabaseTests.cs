using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>
/// A PostgreSQL database that cannot be used (nothing listening, a role the server refuses) ends the command with one
/// line saying which server and why, not Npgsql's stack trace, and a failing exit code.
/// </summary>
public sealed class UnreachableDatabaseTests
{
    [Fact]
    public async Task Should_say_in_one_line_that_no_server_answers_at_the_address()
    {
        using var data = new TempFolder("dossier-unreachable");

        var run = await DossierProcess.RunAsync("list", "--data", data.Path, "--database", "postgres://nobody@127.0.0.1:1/archive");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dossier: PostgreSQL could not be reached: Failed to connect to 127.0.0.1:1", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_in_one_line_that_the_server_refuses_the_role()
    {
        var server = TestPostgres.ServerOrNull();
        Assert.SkipWhen(server is null, TestPostgres.SkipReason);
        using var data = new TempFolder("dossier-unreachable");
        var refused = new UriBuilder(server!) { UserName = "no_such_role", Path = "/archive" }.Uri.ToString();

        var run = await DossierProcess.RunAsync("list", "--data", data.Path, "--database", refused);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("dossier: PostgreSQL refused the connection: role \"no_such_role\" does not exist (28000)", line);
    }
}
