using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace Dossier.Search.Indexing;

/// <summary>
/// Lucene's write lock as an operating-system lock that cannot be stolen: a lock file opened with
/// <see cref="FileShare.None"/> (on Linux and macOS .NET takes <c>flock(LOCK_EX | LOCK_NB)</c> on it, on Windows a
/// sharing lock), held as long as the index writer lives and released by the operating system when the process ends,
/// however it ends. The file is never deleted: deleting a locked file would let the next process lock a new file of
/// the same name beside the holder (the way Lucene.NET's NativeFSLockFactory lost the index to a second process).
/// </summary>
internal sealed class ExclusiveFileLockFactory(string lockFile) : LockFactory
{
    /// <summary>The lock file: outside the index folder, which a corrupt-index recovery empties.</summary>
    public string LockFile { get; } = Path.GetFullPath(lockFile);

    public override Lock MakeLock(string lockName) => new FileLock(LockFile);

    public override void ClearLock(string lockName)
    {
        // Never: the operating system frees the lock when its holder ends.
    }

    /// <summary>True when some process (this one included) holds the lock now.</summary>
    public static bool IsHeld(string lockFile)
    {
        using var probe = new FileLock(Path.GetFullPath(lockFile));
        return probe.IsLocked();
    }

    private sealed class FileLock(string path) : Lock
    {
        private FileStream? _stream;

        public override bool Obtain()
        {
            if (_stream is not null)
            {
                return false;
            }
            try
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                _stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }

        public override bool IsLocked()
        {
            if (_stream is not null)
            {
                return true;
            }
            if (!Obtain())
            {
                return true;
            }
            Release();
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Release();
            }
        }

        private void Release()
        {
            _stream?.Dispose();
            _stream = null;
        }

        public override string ToString() => "ExclusiveFileLock@" + path;
    }
}
