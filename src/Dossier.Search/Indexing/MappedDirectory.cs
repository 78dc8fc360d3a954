using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Dossier.Search.Indexing;

/// <summary>
/// A file-system directory whose inputs read the index's files memory-mapped, through a pointer: a read is a copy from
/// the page cache, with no system call and no lock, and the clones of one file (every term lookup and postings list of
/// every search) read it at once. Lucene.NET's own memory-mapped directory registers every clone in a table behind one
/// lock, and <see cref="PositionalDirectory"/> makes a system call for each buffer it fills. Writing is
/// <see cref="FSDirectory"/>'s. A merge reads with <see cref="PositionalDirectory"/>'s inputs, in buffers: it reads whole
/// segments once, and mapped they would stay resident in the process (the 100 volumes' reindex peaked at 886 MB of
/// resident memory with merges mapped, 715 MB before any mapping) for no gain in speed.
/// <para>
/// A file stays mapped until no input over it is left: closing an input never unmaps, so a clone read after its original
/// is closed reads the file's bytes, never unmapped memory; the garbage collector releases the mapping (a
/// <see cref="System.Runtime.InteropServices.SafeHandle"/>) once the last input over it is gone. On Linux a mapped file
/// can be deleted; a merged-away segment's disk space is freed when its mapping is collected, not when it is deleted.
/// </para>
/// </summary>
internal sealed class MappedDirectory(DirectoryInfo path, LockFactory? lockFactory) : PositionalDirectory(path, lockFactory)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (context.Context == IOContext.UsageContext.MERGE)
        {
            return base.OpenInput(name, context);
        }
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var mapping = FileMapping.Open(file);
        return new MappedInput($"MappedInput(path=\"{file}\")", mapping, 0, mapping.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        if (context.Context == IOContext.UsageContext.MERGE)
        {
            return base.CreateSlicer(name, context);
        }
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return new Slicer(file, FileMapping.Open(file));
    }

    /// <summary>The parts of a compound file, each an input over its own range of the one mapping.</summary>
    private sealed class Slicer(string file, FileMapping mapping) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > mapping.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), $"slice {offset}:{offset + length} is outside {file} ({mapping.Length} bytes)");
            }
            return new MappedInput($"MappedInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", mapping, offset, length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
            // The mapping lives as long as a slice over it: see the class's remarks.
        }
    }

    /// <summary>
    /// One file mapped for reading, whole. The file's handle is closed once it is mapped (a mapping outlives it); the
    /// view is unmapped when the mapping is collected, that is when no input holds it.
    /// </summary>
    private sealed unsafe class FileMapping
    {
        private readonly MemoryMappedViewAccessor? _view;

        private FileMapping(MemoryMappedViewAccessor? view, byte* start, long length)
        {
            _view = view;
            Start = start;
            Length = length;
        }

        public byte* Start { get; }

        public long Length { get; }

        public static FileMapping Open(string file)
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.RandomAccess);
            var length = stream.Length;
            if (length == 0)
            {
                // An empty file cannot be mapped, and has nothing to read.
                return new FileMapping(null, null, 0);
            }
            using var map = MemoryMappedFile.CreateFromFile(stream, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            // The handle is the view's base; the file's first byte is PointerOffset past it (the view starts on a page).
            var start = (byte*)view.SafeMemoryMappedViewHandle.DangerousGetHandle() + view.PointerOffset;
            return new FileMapping(view, start, length);
        }

        /// <summary>Keeps the view (and so the memory under <see cref="Start"/>) alive up to the caller's use of it.</summary>
        public void KeepAlive() => GC.KeepAlive(_view);
    }

    /// <summary>
    /// An input over <c>[offset, offset + length)</c> of a mapped file. Its clones (Lucene's member-wise copy) share the
    /// mapping and start where it stands.
    /// </summary>
    private sealed unsafe class MappedInput : IndexInput, IMappedInput
    {
        private readonly FileMapping _mapping;
        private readonly byte* _start;
        private readonly long _length;
        private long _position;

        public MappedInput(string description, FileMapping mapping, long offset, long length)
            : base(description)
        {
            _mapping = mapping;
            _start = mapping.Start + offset;
            _length = length;
        }

        public override long Length => _length;

        public override long Position => _position;

        public ReadOnlySpan<byte> Ahead => new(_start + _position, (int)Math.Min(_length - _position, int.MaxValue));

        public void Skip(int count)
        {
            Take(count);
            _mapping.KeepAlive();
        }

        public override void Seek(long pos)
        {
            // Lucene seeks to the end of a file (to read nothing more); only past it is an error.
            if (pos < 0 || pos > _length)
            {
                throw new EndOfStreamException($"seek past EOF: {this} (position {pos}, length {_length})");
            }
            _position = pos;
        }

        public override byte ReadByte()
        {
            if (_position >= _length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (position {_position}, length {_length})");
            }
            var value = _start[_position++];
            _mapping.KeepAlive();
            return value;
        }

        public override void ReadBytes(byte[] b, int offset, int len)
        {
            new ReadOnlySpan<byte>(Take(len), len).CopyTo(b.AsSpan(offset, len));
            _mapping.KeepAlive();
        }

        public override short ReadInt16()
        {
            var value = BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(sizeof(short)), sizeof(short)));
            _mapping.KeepAlive();
            return value;
        }

        public override int ReadInt32()
        {
            var value = BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(sizeof(int)), sizeof(int)));
            _mapping.KeepAlive();
            return value;
        }

        public override long ReadInt64()
        {
            var value = BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(sizeof(long)), sizeof(long)));
            _mapping.KeepAlive();
            return value;
        }

        public override int ReadVInt32()
        {
            // Lucene's variable-length integer: seven bits a byte, low bits first, at most five bytes.
            var result = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = ReadByte();
                result |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return result;
                }
            }
            throw new IOException($"invalid vInt in {this} before position {_position}");
        }

        public override long ReadVInt64()
        {
            var result = 0L;
            for (var shift = 0; shift < 63; shift += 7)
            {
                var b = ReadByte();
                result |= (long)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return result;
                }
            }
            throw new IOException($"invalid vLong in {this} before position {_position}");
        }

        protected override void Dispose(bool disposing)
        {
            // Nothing to release: the mapping is released when the last input over it is collected (see the directory).
        }

        /// <summary>Where the next <paramref name="count"/> bytes are, moving past them; past the end is an error.</summary>
        private byte* Take(int count)
        {
            if (count < 0 || _position + count > _length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (position {_position}, {count} bytes, length {_length})");
            }
            var at = _start + _position;
            _position += count;
            return at;
        }
    }
}
