using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Dossier.Search.Indexing;

/// <summary>
/// A file-system directory whose inputs read with <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>:
/// each read names its position, so the clones of one file (every term lookup and postings list of every search) read
/// it at once, where <see cref="NIOFSDirectory"/>'s inputs seek and read one shared stream behind a lock. Writing is
/// <see cref="FSDirectory"/>'s.
/// </summary>
internal class PositionalDirectory(DirectoryInfo path, LockFactory? lockFactory) : NIOFSDirectory(path, lockFactory)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = OpenHandle(file);
        try
        {
            return new PositionalInput($"PositionalInput(path=\"{file}\")", handle, 0, RandomAccess.GetLength(handle), BufferedIndexInput.GetBufferSize(context), owner: true);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new Slicer(file, OpenHandle(file), BufferedIndexInput.GetBufferSize(context));
    }

    private static SafeFileHandle OpenHandle(string file) =>
        File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.RandomAccess);

    /// <summary>The parts of a compound file, each an input over its own range of the one handle.</summary>
    private sealed class Slicer(string file, SafeFileHandle handle, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalInput($"PositionalInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, offset, length, bufferSize, owner: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>
    /// An input over <c>[start, start + length)</c> of a file. Its clones share the handle, and only the input that
    /// opened it closes it (Lucene uses no clone after its original is closed).
    /// </summary>
    private sealed class PositionalInput(string description, SafeFileHandle handle, long start, long length, int bufferSize, bool owner)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool _owner = owner;
        private int _disposed;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._owner = false;
            clone._disposed = 0;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int len)
        {
            var position = Position;
            if (position + len > length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (position {position}, {len} bytes, length {length})");
            }
            var target = b.AsSpan(offset, len);
            while (target.Length > 0)
            {
                var read = RandomAccess.Read(handle, target, start + position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} (position {position}, {target.Length} bytes left, length {length})");
                }
                position += read;
                target = target[read..];
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Every read names its position: there is nothing to move.
        }

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0 && disposing && _owner)
            {
                handle.Dispose();
            }
        }
    }
}
