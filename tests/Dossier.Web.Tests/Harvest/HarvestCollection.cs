namespace Dossier.Web.Tests.Harvest;

/// <summary>The harvesting tests share one <see cref="HarvestRoomFixture"/>: importing tei-mini once is enough.</summary>
[CollectionDefinition(Name)]
public sealed class HarvestCollection : ICollectionFixture<HarvestRoomFixture>
{
    public const string Name = "harvest";
}
