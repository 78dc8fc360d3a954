using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Tests.Accounts;

/// <summary>One method of one endpoint with the least role its authorization metadata admits (-1: any signed-in account; null: public).</summary>
internal sealed record EndpointCase(string Method, string Path, string Display, bool IsPage, int? MinimumRank)
{
    /// <summary>A request path for <paramref name="endpoint"/>: each route parameter filled with a value its constraints accept.</summary>
    public static string PathOf(RouteEndpoint endpoint)
    {
        var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => SampleValue(parameter),
            _ => "",
        })));
        return "/" + string.Join("/", segments);
    }

    private static string SampleValue(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        return constraints.Contains("int", StringComparer.Ordinal) || constraints.Contains("long", StringComparer.Ordinal) ? "1"
            : constraints.Contains("guid", StringComparer.Ordinal) ? Guid.Empty.ToString()
            : "matrix-test";
    }
}
