using Dossier.Core.Search;
using Dossier.Search.Authorities;

namespace Dossier.Search.Tests;

/// <summary>
/// A heading names a person as the authority does, or otherwise: initials for given names and given names for initials,
/// without a rank, title or accent. Over tei-mini's people ("Karamanlis, Constantine", "Lloyd, Sir John Selwyn Brooke",
/// "Hoover, Herbert C., Jr.", two Kennedys, and two authorities each for Thompson, Khrushchev and Bohlen).
/// </summary>
public sealed class InvertedNameTests(TeiMiniArchive archive) : IClassFixture<TeiMiniArchive>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Karamanlis, C. Makarios", "Karamanlis, Constantine", 2)]
    [InlineData("Karamanlís, Constantine — Cyprus dispute", "Karamanlis, Constantine", 2)]
    [InlineData("Lloyd, John Selwyn NATO", "Lloyd, Sir John Selwyn Brooke", 3)]
    [InlineData("Lloyd, Sir J. S. B.", "Lloyd, Sir John Selwyn Brooke", 5)]
    [InlineData("Eden, Anthony Suez", "Eden, Sir Anthony", 2)]
    [InlineData("Hoover, Herbert, Jr. Suez", "Hoover, Herbert C., Jr.", 3)]
    [InlineData("Averoff-Tossizza, M. E. Cyprus", "Averoff-Tossizza, M. Evangelos", 3)]
    [InlineData("Kennedy, J. F. Berlin", "Kennedy, John F.", 3)]
    public async Task Should_read_a_persons_name_written_otherwise_than_the_authority_writes_it(string heading, string person, int words)
    {
        var names = await AuthorityNames.LoadAsync(archive.Store.Authorities, DateTimeOffset.UtcNow, Cancel);
        var id = names.IdOfPreferredName(person);
        Assert.NotNull(id);

        Assert.Equal((id, words), names.InvertedName(heading.Split(' ')));
    }

    [Theory]
    // An initial or a given name of another person.
    [InlineData("Khrushchev, Nikita A.")]
    [InlineData("Khrushchev, Sergei")]
    [InlineData("Eisenhower, John")]
    [InlineData("Kennedy, F.")]
    // The name cannot stop before an initial: "Kennedy, John" is not "Kennedy, John R.".
    [InlineData("Kennedy, John R.")]
    // Two people fit: the Thompsons, the Khrushchevs and the Bohlens (two authorities for one man each, here).
    [InlineData("Thompson, Llewellyn Moscow")]
    [InlineData("Khrushchev, N. S. Berlin")]
    [InlineData("Bohlen, Charles — Soviet Union")]
    // No given name, or no comma.
    [InlineData("Khrushchev, — Berlin")]
    [InlineData("Khrushchev Nikita")]
    public async Task Should_name_no_one_when_the_given_names_fit_no_one_or_more_than_one(string heading)
    {
        var names = await AuthorityNames.LoadAsync(archive.Store.Authorities, DateTimeOffset.UtcNow, Cancel);

        Assert.Null(names.InvertedName(heading.Split(' ')));
    }

    [Fact]
    public async Task Should_search_a_heading_naming_a_person_otherwise_as_the_heading_naming_them_as_the_authority_does()
    {
        // The given names are soft once the person is known: records naming another John are no answer to
        // "Lloyd, John Selwyn NATO", as they are none to "Lloyd, Sir John Selwyn Brooke NATO".
        var otherwise = await archive.Index.SearchAsync(new SearchRequest { Query = "Lloyd, John Selwyn NATO", Limit = 1 }, Cancel);
        var asTheAuthority = await archive.Index.SearchAsync(new SearchRequest { Query = "Lloyd, Sir John Selwyn Brooke NATO", Limit = 1 }, Cancel);
        var plain = await archive.Index.SearchAsync(new SearchRequest { Query = "Lloyd John Selwyn NATO", Limit = 1 }, Cancel);

        Assert.Equal(asTheAuthority.Total, otherwise.Total);
        // Not read as a name, the given names are words of their own, and admit records.
        Assert.True(plain.Total > otherwise.Total, $"{plain.Total} against {otherwise.Total}");
        Assert.Equal(asTheAuthority.Hits[0].SourceId, otherwise.Hits[0].SourceId);
    }
}
