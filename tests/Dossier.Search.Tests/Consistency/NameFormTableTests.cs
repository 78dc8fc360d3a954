using Dossier.Core.Authorities;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Dossier.Search.Querying;

namespace Dossier.Search.Tests.Consistency;

/// <summary>
/// The finders' matcher answers from its names' forms inverted (<see cref="NameFormTable"/>): it must answer every name
/// as testing the name's forms one by one against each word does (<see cref="MatchWord.Match"/>, the one rule), for
/// spellings, other scripts, typing errors and absent names close in sound, over every person and place of tei-mini and
/// the model record.
/// </summary>
public sealed class NameFormTableTests(TeiMiniWithModelRecord archive) : IClassFixture<TeiMiniWithModelRecord>
{
    private static readonly string[] Queries =
    [
        "Khrushchev", "Хрущев", "Хрущёв", "Khrushchov", "Kruschev", "Берия", "Beria", "Beriya", "Dulles", "Dules", "John Foster",
        "Eisenhower", "Eisenhover", "Pishevari", "Pischevari", "Пишевери", "Bagirov", "Багиров", "Nasser", "Naser", "Bayar",
        "Andrei", "Andrew", "Molotov", "Malenkov", "Gromyko", "Gromov", "Tito", "Moscow", "Москва", "Tehran", "Тегеран",
        "Azerbaijan", "Азербайджан", "Smith", "Kennedy", "Baku", "Баку", "Mikoyan", "Микоян",
    ];

    [Fact]
    public async Task Should_answer_every_name_as_its_forms_tested_one_by_one_do()
    {
        var names = new List<string>();
        foreach (var kind in new[] { AuthorityKind.Person, AuthorityKind.Place })
        {
            names.AddRange((await archive.Store.Authorities.SearchAsync(kind, null, int.MaxValue, TestContext.Current.CancellationToken)).SelectMany(a => a.Names()));
        }
        names = [.. names.Distinct(StringComparer.Ordinal)];
        Assert.True(names.Count > 100, $"only {names.Count} names");
        var table = new NameFormTable();
        var forms = names.ToDictionary(n => n, table.FormsOf, StringComparer.Ordinal);
        var answeredAny = 0;
        var byTypingErrors = 0;

        foreach (var query in Queries)
        {
            var words = Words(query);
            var (answered, held) = table.Answer(words);

            Assert.Equal(names.Count, held.Count);
            foreach (var name in names)
            {
                var expected = words.TrueForAll(w => Array.Exists(forms[name], f => w.Match(f.Field, f.Term) is not null));
                Assert.True(expected == answered.Contains(name), $"{query} → {name}: one by one {expected}, inverted {!expected}");
            }
            answeredAny += answered.Count > 0 ? 1 : 0;
            byTypingErrors += answered.Count(n => words.Exists(w => !Array.Exists(forms[n], f => w.Match(f.Field, f.Term) is MatchKind.Exact or MatchKind.Latin or MatchKind.Stem or MatchKind.Key)));
        }

        // The cases are not empty: most queries name someone, and some only within typing errors.
        Assert.True(answeredAny >= Queries.Length / 2, $"{answeredAny} of {Queries.Length} queries answered");
        Assert.True(byTypingErrors > 0, "no name was answered by typing errors alone");
    }

    [Fact]
    public void Should_test_a_name_added_after_the_query_began_form_by_form()
    {
        var table = new NameFormTable();
        table.FormsOf("Dulles, John Foster");
        var words = Words("Khrushchev");
        var (answered, held) = table.Answer(words);

        table.FormsOf("Khrushchev, Nikita S.");

        Assert.Empty(answered);
        Assert.DoesNotContain("Khrushchev, Nikita S.", held);
        Assert.Contains("Khrushchev, Nikita S.", table.Answer(words).Names);
    }

    private static List<MatchWord> Words(string query) =>
        [.. IndexAnalysis.Tokens(SearchFields.Exact, query, null)
            .Where(t => t.PositionIncrement > 0 && t.Start < t.End && t.End <= query.Length)
            .Select(t => new MatchWord(query[t.Start..t.End], prefix: false, fuzzy: true))
            .Where(w => !w.IsEmpty)];
}
