using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>A dictionary term a fuzzy word reaches (<see cref="TermLookups.Within"/>), and how many records hold it, deleted ones included.</summary>
internal readonly record struct WithinTerm(BytesRef Term, int DocFreq);
