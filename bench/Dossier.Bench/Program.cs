using Dossier.Bench.Ingest;
using Dossier.Bench.Search;
using Dossier.Storage;

return args.Length > 0 && args[0] == "ingest"
    ? await IngestBenchmark.RunAsync(args[1..], openStore: folder => StoreFactory.Create(folder))
    : args.Length > 0 && args[0] == "search"
    ? await SearchBenchmark.RunAsync(args[1..])
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: Dossier.Bench ingest [--corpus PATH] [--data PATH] [--no-store] [--propose]");
    Console.Error.WriteLine("       Dossier.Bench search [--data DIR] [--corpus PATH] [--qrels N] [--rounds N] [--budget SECONDS] [--per-class N] [--diagnose] [--list-queries]");
    return 2;
}
