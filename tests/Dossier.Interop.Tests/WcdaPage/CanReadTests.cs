using System.Text;
using Dossier.Testing;

namespace Dossier.Interop.Tests.WcdaPage;

public sealed class CanReadTests
{
    [Fact]
    public void Should_recognise_the_model_record_by_its_head()
    {
        var head = File.ReadAllBytes(Shared.ModelRecord).AsSpan(0, 2048);

        Assert.True(ReaderHarness.Reader.CanRead(Shared.ModelRecord, head));
        Assert.Equal("wcda-page", ReaderHarness.Reader.Format);
    }

    [Theory]
    [InlineData("notes.md", "# Notes\n\nNothing here.\n")]
    [InlineData("record.json", "{\"title\": \"**Citation:**\"}")]
    [InlineData("volume.xml", "<TEI>**Citation:**</TEI>")]
    public void Should_not_claim_other_files(string name, string head)
    {
        Assert.False(ReaderHarness.Reader.CanRead(name, Encoding.UTF8.GetBytes(head)));
    }
}
