using Dossier.Web.Hosting;

namespace Dossier.Web.Tests.Hosting;

/// <summary>The API's held response body keeps every byte written, in order, however the writes come and however long it grows.</summary>
public sealed class PooledBodyBufferTests
{
    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 16 * 1024)]
    [InlineData(3, 16 * 1024 + 1)]
    [InlineData(4, 200_000)]
    public async Task Should_hold_every_byte_written_in_order(int seed, int total)
    {
        var random = new Random(seed);
        var expected = new byte[total];
        random.NextBytes(expected);
        await using var buffer = new PooledBodyBuffer();

        for (var at = 0; at < total;)
        {
            var size = Math.Min(total - at, random.Next(0, 9_000));
            switch (random.Next(4))
            {
                case 0:
                    buffer.Write(expected, at, size);
                    break;
                case 1:
                    await buffer.WriteAsync(expected.AsMemory(at, size), TestContext.Current.CancellationToken);
                    break;
                case 2:
                    await buffer.WriteAsync(expected, at, size, TestContext.Current.CancellationToken);
                    break;
                default:
                    size = Math.Min(size, 1);
                    if (size == 1)
                    {
                        buffer.WriteByte(expected[at]);
                    }
                    break;
            }
            at += size;
        }

        Assert.Equal(total, buffer.Length);
        Assert.Equal(expected, buffer.Written.ToArray());
    }

    [Fact]
    public void Should_refuse_writes_once_disposed()
    {
        var buffer = new PooledBodyBuffer();
        buffer.Write([1, 2, 3]);
        buffer.Dispose();

        Assert.Equal(0, buffer.Written.Length);
        Assert.False(buffer.CanWrite);
        Assert.Throws<ObjectDisposedException>(() => buffer.Write([4]));
    }
}
