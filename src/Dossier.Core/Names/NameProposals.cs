using Dossier.Core.Storage;

namespace Dossier.Core.Names;

/// <summary>The recognised names under the linking threshold, surest first, read from the records' mentions.</summary>
public static class NameProposals
{
    public static async Task<IReadOnlyList<NameProposal>> ListAsync(IRecordStore records, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var found = new List<NameProposal>();
        await foreach (var record in records.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var mention in record.Mentions ?? [])
            {
                if (mention.Status == MentionStatus.Proposed)
                {
                    found.Add(new NameProposal(record.Id, record.Source.RecordId, mention.Layer, mention.Text, mention.Kind, mention.AuthorityId, mention.Confidence, mention.Evidence));
                }
            }
        }
        // One line per name per record layer: a name proposed six times in a letter is one decision.
        return found.DistinctBy(p => (p.RecordId, p.Layer, p.Text)).OrderByDescending(p => p.Confidence).ThenBy(p => p.RecordId, StringComparer.Ordinal).ThenBy(p => p.Layer)
            .Take(Math.Max(0, limit)).ToList();
    }
}
