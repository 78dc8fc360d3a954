using Dossier.Bench.Web;

// A tiny dispatcher: each benchmark lives in its own folder.
return args.FirstOrDefault() switch
{
    "web" => await WebBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Dossier.Bench -- web [--data DIR] [--query WORD] [--seconds N]");
    return 2;
}
