namespace Dossier.Bench.Search;

/// <summary>An engine under test: the search page's query (top 10 + snippets) and a ranked id list within one volume.</summary>
internal interface ISearchEngine
{
    string Name { get; }

    /// <summary>What the search page does for <paramref name="query"/>; returns the number of hits shown.</summary>
    Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken);

    /// <summary>The ids of the best <paramref name="limit"/> documents of <paramref name="volume"/> for an index heading.</summary>
    Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken);
}

/// <summary>An engine that runs as a process of its own: the bench reads the CPU it spends on a class's queries.</summary>
internal interface IProcessEngine
{
    /// <summary>The process's CPU time so far, in milliseconds; null when it is not known.</summary>
    double? CpuMs();
}
