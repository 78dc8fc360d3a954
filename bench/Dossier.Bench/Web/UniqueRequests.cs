using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Bench.Web;

/// <summary>
/// The wrk script every load bench runs: each request's URL carries this run's nonce, the wrk thread's number and the
/// thread's count, so no URL repeats within a run, across wrk's threads or across runs, and the output cache never
/// answers (wrk seeds every thread's random numbers alike, so a random parameter repeated them all: the second thread
/// asked what the first had just asked, and each run what the one before had). Answers the cache gave anyway (an
/// <c>Age</c> header) are counted and printed, and the benches count them as failures.
/// </summary>
internal static partial class UniqueRequests
{
    /// <summary>The script for <paramref name="paths"/> taken in turn, or for wrk's own URL when null.</summary>
    public static string Script(IReadOnlyList<string>? paths)
    {
        var script = new StringBuilder();
        if (paths is not null)
        {
            script.Append("paths = {\n");
            foreach (var path in paths)
            {
                // Percent-escaped paths hold no quote or backslash, so a Lua string literal takes them as they are.
                script.Append("  \"").Append(path).Append("\",\n");
            }
            script.Append("}\n");
        }
        script.Append("local nonce = \"").Append(Guid.NewGuid().ToString("N")).Append("\"\n");
        script.Append("""
            local threads = {}
            function setup(thread)
              table.insert(threads, thread)
              thread:set("id", #threads)
            end
            function init(args)
              counter = 0
              cached = 0
            end
            request = function()
              counter = counter + 1
              local path = paths and paths[(counter % #paths) + 1] or wrk.path
              local sep = string.find(path, "?", 1, true) and "&" or "?"
              return wrk.format(nil, path .. sep .. "u=" .. nonce .. "-" .. id .. "-" .. counter)
            end
            response = function(status, headers, body)
              if headers["Age"] ~= nil or headers["age"] ~= nil then
                cached = cached + 1
              end
            end
            done = function(summary, latency, requests)
              local total = 0
              for _, thread in ipairs(threads) do
                total = total + thread:get("cached")
              end
              io.write("cached answers: " .. total .. "\n")
            end
            """);
        return script.ToString();
    }

    /// <summary>How many answers of a run the output cache gave, from what the script printed (0 when it printed nothing).</summary>
    public static long CachedAnswers(string output) =>
        Cached().Match(output) is { Success: true } match ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"cached answers:\s+(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Cached();
}
