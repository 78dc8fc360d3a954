using Dossier.Web.Documents;

namespace Dossier.Web.Tests.Documents;

/// <summary>A title names its document's kind by the longest kind it begins with, as a whole word.</summary>
public sealed class DocumentTypeTests
{
    [Theory]
    [InlineData("Memorandum of Conversation, Washington, June 3, 1958", "Memorandum of Conversation")]
    [InlineData("Memorandum From the Secretary of State to the President", "Memorandum")]
    [InlineData("  Telegram From the Embassy in the Soviet Union to the Department of State", "Telegram")]
    [InlineData("Minutes of the 300th Meeting of the National Security Council", "Minutes")]
    [InlineData("Notes of a Meeting", "Notes")]
    [InlineData("Special National Intelligence Estimate", "Special National Intelligence Estimate")]
    [InlineData("Editorial note", "Editorial Note")]
    [InlineData("Telegrams exchanged", null)]
    [InlineData("Conversations in Moscow", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Should_name_the_longest_kind_the_title_begins_with(string? title, string? kind) =>
        Assert.Equal(kind, DocumentType.Of(title));
}
