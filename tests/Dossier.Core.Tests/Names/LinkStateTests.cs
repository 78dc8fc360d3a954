using Dossier.Core.Authorities;
using Dossier.Core.Names;
using Dossier.Core.Records;

namespace Dossier.Core.Tests.Names;

/// <summary>Relinking rewrites a record only when its links changed, not when a confidence drifted (issue 9).</summary>
public sealed class LinkStateTests
{
    [Fact]
    public void Should_count_a_record_whose_confidences_drifted_by_less_than_a_hundredth_as_unchanged()
    {
        var record = Linked(0.682);
        var before = LinkState.Of(record);
        record.Mentions![0].Confidence = 0.681;

        Assert.True(before.Same(LinkState.Of(record)));
    }

    [Fact]
    public void Should_count_a_record_as_changed_when_a_confidence_moved_more_than_a_hundredth_or_a_link_changed()
    {
        var record = Linked(0.682);
        var before = LinkState.Of(record);

        record.Mentions![0].Confidence = 0.695;
        Assert.False(before.Same(LinkState.Of(record)));

        record = Linked(0.682);
        record.Mentions![0].AuthorityId = "p-other";
        Assert.False(before.Same(LinkState.Of(record)));

        record = Linked(0.682);
        record.Mentions![0].Status = MentionStatus.Proposed;
        Assert.False(before.Same(LinkState.Of(record)));

        record = Linked(0.682);
        record.Mentions!.Add(new NameMention { Layer = 0, Start = 20, Length = 6, Text = "Stalin", Kind = AuthorityKind.Person, AuthorityId = "p-stalin", Confidence = 0.9 });
        Assert.False(before.Same(LinkState.Of(record)));

        record = Linked(0.682);
        record.People = [new EntityLink { Name = "Taylor, Maxwell D.", AuthorityId = "p-other" }];
        Assert.False(before.Same(LinkState.Of(record)));

        record = Linked(0.682);
        record.Mentions = null;
        Assert.False(before.Same(LinkState.Of(record)));
    }

    private static ArchiveRecord Linked(double confidence) => new()
    {
        Id = "r1",
        NamesLinkedBy = NameLinker.Recogniser,
        Mentions = [new NameMention { Layer = 0, Start = 4, Length = 6, Text = "Taylor", Kind = AuthorityKind.Person, AuthorityId = "p-taylor", Confidence = confidence, Status = MentionStatus.Linked }],
        People = [new EntityLink { Name = "Taylor, Maxwell D.", AuthorityId = "p-taylor" }],
    };
}
