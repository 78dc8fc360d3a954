namespace Dossier.Web.Editing;

/// <summary>
/// Marks a Razor Page whose handlers take form POSTs (anti-forgery validated, as Razor Pages do for every POST), so
/// the method policy lets POST through to it; every other page stays GET and HEAD only.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AcceptsFormPostAttribute : Attribute;
