namespace Dossier.Search.Querying;

/// <summary>The best <c>keep</c> scores given so far, in a heap whose first is the lowest of them: the floor.</summary>
internal sealed class BestScores(int keep)
{
    private readonly float[] _heap = new float[keep];
    private int _count;

    public bool IsFull => _count == _heap.Length;

    /// <summary>The lowest of the best scores, once there are <c>keep</c> of them.</summary>
    public float Floor => _heap[0];

    public void Add(float score)
    {
        if (_count < _heap.Length)
        {
            var at = _count++;
            while (at > 0 && _heap[(at - 1) / 2] > score)
            {
                _heap[at] = _heap[(at - 1) / 2];
                at = (at - 1) / 2;
            }
            _heap[at] = score;
            return;
        }
        if (score <= _heap[0])
        {
            return;
        }
        // The floor leaves; the score sinks from the top to its place.
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }
            if (child + 1 < _count && _heap[child + 1] < _heap[child])
            {
                child++;
            }
            if (_heap[child] >= score)
            {
                break;
            }
            _heap[i] = _heap[child];
            i = child;
        }
        _heap[i] = score;
    }
}
