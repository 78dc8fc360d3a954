using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Accounts;

/// <summary>
/// Declares the methods a Razor page answers (GET and HEAD, plus those of its handlers, e.g. POST for OnPost), so
/// that a page with a form is routed for POST while <c>MethodPolicy</c> still answers 405 for every other method.
/// Pages without handlers for other methods get nothing and stay GET/HEAD only.
/// </summary>
internal sealed class PageMethodsConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var methods = model.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant())
            .Where(m => m is not ("GET" or "HEAD")).Distinct(StringComparer.Ordinal).ToList();
        if (methods.Count > 0)
        {
            model.EndpointMetadata.Add(new HttpMethodMetadata(["GET", "HEAD", .. methods]));
        }
    }
}
