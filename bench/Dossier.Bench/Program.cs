using Dossier.Bench;
using Dossier.Bench.Catalogue;
using Dossier.Bench.Fuzz;
using Dossier.Bench.Http;
using Dossier.Bench.Ingest;
using Dossier.Bench.Integrity;
using Dossier.Bench.Languages;
using Dossier.Bench.Names;
using Dossier.Bench.Scale;
using Dossier.Bench.Search;
using Dossier.Bench.Server;
using Dossier.Bench.Startup;
using Dossier.Bench.Web;
using Dossier.Storage;

// A tiny dispatcher: each benchmark lives in its own folder. The benches read their own options and pass over any
// other, so a request for help is answered here: `search --help` ran the whole search bench.
if (args.Any(a => a is "--help" or "-h" or "-?"))
{
    Usage();
    return 0;
}
if (await ClientCollector.RerunAsync(args) is { } exitCode)
{
    return exitCode;
}
return args.FirstOrDefault() switch
{
    "ingest" => await IngestBenchmark.RunAsync(args[1..], openStore: folder => StoreFactory.Create(folder)),
    "search" => await SearchBenchmark.RunAsync(args[1..]),
    "web" => await WebBench.RunAsync(args[1..]),
    "search-http" => await HttpSearchBench.RunAsync(args[1..]),
    "web-load" => await WebLoadBench.RunAsync(args[1..]),
    "concurrent-import" => await ConcurrentImportBench.RunAsync(args[1..]),
    "fuzz" => await FuzzBenchmark.RunAsync(args[1..]),
    "memory" => await MemoryBench.RunAsync(args[1..]),
    "languages" => await LanguageBench.RunAsync(args[1..]),
    "names" => await NamesBenchmark.RunAsync(args[1..]),
    "catalogue" => await CatalogueBench.RunAsync(args[1..]),
    "scale" => await ScaleBench.RunAsync(args[1..]),
    "data-size" => DataFolderSize.Run(args[1..]),
    "startup" => await StartupBench.RunAsync(args[1..]),
    "propagation" => await PropagationBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Dossier.Bench ingest [--corpus PATH] [--data PATH] [--no-store] [--propose] [--whole]");
    Console.Error.WriteLine("       Dossier.Bench search [--data DIR] [--corpus PATH] [--pick T,H] [--held-out] [--qrels N] [--rounds N] [--budget SECONDS] [--per-class N] [--diagnose] [--list-queries] [--quality-only] [--dossier-only] [--speed-only [--class NAME]] [--warm-up SECONDS]");
    Console.Error.WriteLine("       Dossier.Bench web [--data DIR] [--query WORD] [--seconds N] [--connections N]");
    Console.Error.WriteLine("       Dossier.Bench search-http --data DIR --server NAME=URL [--server NAME=URL …] [--pid PID …] [--per-class N] [--rounds N] [--budget S] [--no-process-peers]");
    Console.Error.WriteLine("       Dossier.Bench web-load --data DIR --server URL [--server URL …] [--seconds N] [--connections N]");
    Console.Error.WriteLine("       Dossier.Bench concurrent-import [--runs N] [--seconds S] [--loops L]");
    Console.Error.WriteLine("       Dossier.Bench names [--volume FILE.xml]… [--archive] [--split held-out|build] [--threshold 0.6] [--ingest] [--diagnose]");
    Console.Error.WriteLine("       Dossier.Bench memory [--sizes 1,5,19] [--formats csv,jsonl,wcda-page] [--runs N]");
    Console.Error.WriteLine("       Dossier.Bench fuzz [--files N] [--formats wcda-page,tei,jsonl,csv] [--seed S] [--keep DIR]");
    Console.Error.WriteLine("       Dossier.Bench catalogue [--records N] [--data DIR]");
    Console.Error.WriteLine("       Dossier.Bench scale [--corpus PATH] [--volumes N] [--records N] [--stages documents,paragraphs,synthetic] [--per-class N] [--rounds N] [--budget S] [--work DIR]");
    Console.Error.WriteLine("       Dossier.Bench data-size --data DIR");
    Console.Error.WriteLine("       Dossier.Bench startup [--runs N] [--dossier PATH] [--serve DIR]…");
    Console.Error.WriteLine("       Dossier.Bench propagation --database postgres://USER@HOST:PORT/DB [--writes N] [--records M] [--nodes K]");
    Console.Error.WriteLine("       Dossier.Bench languages [build [--locales DIR] [--out FILE]] [--shared DIR]");
    return 2;
}
