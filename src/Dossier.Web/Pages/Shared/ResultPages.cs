namespace Dossier.Web.Pages.Shared;

/// <summary>What <c>_ResultPages</c> numbers: the page shown (from 1), how many there are, and each page's address.</summary>
public sealed record ResultPages(int Current, int Count, Func<int, string> Href);
