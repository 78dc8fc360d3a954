namespace Dossier.Core.Records;

/// <summary>
/// The level of description a part of an archival reference names, after ISAD(G) 3.1.4: every archive's own
/// hierarchy (fond / opis / delo, record group / series / box / folder, Bestand / Akte) maps onto these.
/// </summary>
public enum ReferenceLevelKind
{
    /// <summary>Fonds, record group, Bestand, department: the whole of an organisation's records.</summary>
    Fonds,

    /// <summary>Opis, series, inventory, lot file.</summary>
    Series,

    /// <summary>Delo, file, box, piece, Akte, sygnatura.</summary>
    File,

    /// <summary>Item, folder, volume, document: a unit inside a file.</summary>
    Item,
}
