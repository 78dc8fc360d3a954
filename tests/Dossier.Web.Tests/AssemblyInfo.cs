using Dossier.Web.Tests.Support;

[assembly: AssemblyFixture(typeof(ReadingRoomFixture))]
