namespace Dossier.Search.Indexing;

/// <summary>Which part of a record a <see cref="LayerLayout"/> places; its value is its letter in the encoding.</summary>
internal enum LayoutPart
{
    Text = 't',
    Description = 'd',
    Notes = 'n',
}
