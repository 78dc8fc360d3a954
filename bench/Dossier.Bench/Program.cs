using Dossier.Bench.Ingest;
using Dossier.Storage;

return args.Length > 0 && args[0] == "ingest"
    ? await IngestBenchmark.RunAsync(args[1..], openStore: folder => StoreFactory.Create(folder))
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: Dossier.Bench ingest [--corpus PATH] [--data PATH] [--no-store] [--propose]");
    return 2;
}
