using CsCheck;
using Dossier.Fuzz.Hostile;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Hostile;

/// <summary>
/// Issue 15, fuzzing in the tests: CsCheck generates hostile files from real samples (byte flips, truncations,
/// deleted and duplicated lines, huge lines and fields, deep nesting, entities, invalid UTF-8, BOMs, NULs,
/// noncharacters) and imports each through the real import service into a SQLite store. Each must import or fail
/// as reported, naming the file, within a time bound, and a failing file must leave the store as it was.
/// The bench (`fuzz`) runs ten thousand per format; the tests run a few dozen so the suite stays quick.
/// </summary>
public sealed class HostileFileProperties
{
    private const int FilesPerFormat = 40;

    private static readonly Lazy<Task<FuzzSeeds>> Seeds = new(() => FuzzSeeds.LoadAsync(Shared.Folder, Shared.Root));

    public static TheoryData<string> Formats => new(FuzzFormat.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Should_import_or_fail_as_reported_and_never_write_part_of_a_failing_file(string name)
    {
        var format = FuzzFormat.Named(name);
        var pool = (await Seeds.Value).For(format);
        using var folder = new TempFolder();
        await using var import = await FuzzImport.OpenAsync(folder.Path, TestContext.Current.CancellationToken);
        var counter = 0;
        var generated = Gen.Select(Gen.Int[0, pool.Count - 1], Gen.Int);

        await generated.SampleAsync(async (seed, randomSeed) =>
        {
            var bytes = Mutator.Mutate(pool[seed], format, new Random(randomSeed));
            var outcome = await import.ImportAsync("h" + Interlocked.Increment(ref counter), bytes, format, TestContext.Current.CancellationToken);

            Assert.True(outcome.Verdict is FuzzVerdict.Imported or FuzzVerdict.FailedAsReported, outcome.ToString());
            Assert.InRange(outcome.Seconds, 0, 60);
        }, iter: FilesPerFormat, threads: 1);
    }
}
