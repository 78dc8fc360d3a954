using Dossier.Core.Authorities;

namespace Dossier.Web.Authorities;

/// <summary>A person or place named in the same public documents as another, with how many documents they share.</summary>
public sealed record CoOccurrence(Authority Authority, int Documents);
