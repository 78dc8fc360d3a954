using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Dossier.Core.Records;

namespace Dossier.Core.Names;

/// <summary>
/// What the recogniser could find in a record's texts, kept small: the lookup forms (<see cref="KeyForm"/>,
/// <see cref="SkeletonForm"/>) of every capitalised word, as a Golomb-coded set of their hashes, stored beside the record
/// so that a relinking (<see cref="NameRelinker"/>) reads only the records that may name someone new. It never answers
/// "no" for a form the texts hold, and answers "perhaps" for one they lack about once in a million (a relinking asks
/// each of the 31,667 records of the 100 FRUS volumes about some seventy forms; a Bloom filter of ten bits a form let
/// 15,000 of them through, this lets a few). It takes about 2.7 bytes a form.
/// </summary>
/// <remarks>
/// Layout: a fingerprint of the texts the forms came from (<see cref="Fingerprint"/>, 8 bytes), the number of forms
/// (a variable-length integer), then the sorted hashes' gaps, Rice-coded. A sieve is kept with a record only while its
/// texts are those (<see cref="Fits"/>), so a write that changes a text drops it, whatever wrote. An empty sieve
/// (<see cref="NotTheRecognisers"/>) marks a record whose links are the source's or an editor's: a relinking leaves it
/// alone without reading it.
/// </remarks>
public static class NameSieve
{
    private const int FingerprintBytes = 8;

    /// <summary>Each hash keeps this many bits below its form count's range: one false "perhaps" in 2^20.</summary>
    private const int RiceBits = 20;

    /// <summary>The sieve of a record whose names the recogniser does not set.</summary>
    public static byte[] NotTheRecognisers { get; } = [];

    /// <summary>The form under which the recogniser looks a word's <see cref="Authorities.NameKey"/> up.</summary>
    public static string KeyForm(string key) => "k" + key;

    /// <summary>The form under which the recogniser looks a long word's consonant skeleton up.</summary>
    public static string SkeletonForm(string skeleton) => "s" + skeleton;

    /// <summary>What a form looks up: a skeleton (<see cref="SkeletonForm"/>) or a key (<see cref="KeyForm"/>), and which.</summary>
    public static (bool Skeleton, string Value) Parse(string form)
    {
        ArgumentException.ThrowIfNullOrEmpty(form);
        return (form[0] == 's', form[1..]);
    }

    /// <summary>A sieve holding <paramref name="forms"/>, for a record whose texts are <paramref name="layers"/>.</summary>
    public static byte[] Of(IReadOnlyCollection<string> forms, IReadOnlyList<TextLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(layers);
        var count = (ulong)forms.Count;
        var values = forms.Select(f => Reduce(Hash(f), count)).Order().ToArray();
        var writer = new BitWriter(FingerprintBytes + 5 + (forms.Count * 3));
        writer.Fingerprint(Fingerprint(layers));
        writer.Count(forms.Count);
        var previous = 0UL;
        foreach (var value in values)
        {
            writer.Rice(value - previous);
            previous = value;
        }
        return writer.ToArray();
    }

    /// <summary>Whether the record may hold a word with <paramref name="form"/>; a sieve that is not the recogniser's holds none.</summary>
    public static bool MayHold(byte[] sieve, string form) => new Question([form]).MayHoldAny(sieve);

    /// <summary>Asks sieves about <paramref name="forms"/> at once (each sieve read once, whatever their number).</summary>
    public static Question Ask(IEnumerable<string> forms) => new(forms);

    /// <summary>
    /// The sieve to store with <paramref name="record"/>: <paramref name="sieve"/> (the one just made, or the one stored
    /// before) when it was made from the record's present texts and the recogniser still sets the record's links;
    /// <see cref="NotTheRecognisers"/> when it does not; null when no sieve fits (a relinking then reads the record).
    /// </summary>
    public static byte[]? Fits(ArchiveRecord record, byte[]? sieve)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!string.Equals(record.NamesLinkedBy, NameLinker.Recogniser, StringComparison.Ordinal))
        {
            return NotTheRecognisers;
        }
        return sieve is { Length: > FingerprintBytes } && BinaryPrimitives.ReadUInt64LittleEndian(sieve) == Fingerprint(record.Layers) ? sieve : null;
    }

    /// <summary>A 64-bit fingerprint of the layers' texts, in order (not cryptographic: a stale sieve costs a missed relinking, no more).</summary>
    public static ulong Fingerprint(IReadOnlyList<TextLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)layers.Count;
        foreach (var layer in layers)
        {
            var text = layer.Text.AsSpan();
            hash = Mix(hash, (ulong)text.Length);
            var words = MemoryMarshal.Cast<char, ulong>(text);
            foreach (var word in words)
            {
                hash = Mix(hash, word);
            }
            foreach (var c in text[(words.Length * 4)..])
            {
                hash = Mix(hash, c);
            }
        }
        return hash;
    }

    private static ulong Mix(ulong hash, ulong value) =>
        (System.Numerics.BitOperations.RotateLeft(hash ^ (value * 0xC2B2AE3D27D4EB4FUL), 31) * 0x9E3779B97F4A7C15UL) + 0x165667B19E3779F9UL;

    // FNV-1a over the form's characters, mixed: stable across processes and machines, unlike string.GetHashCode.
    private static ulong Hash(string form)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in form)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }
        return Mix(hash, (ulong)form.Length);
    }

    // The hash scaled into [0, count · 2^RiceBits): order-preserving, so sorted hashes stay sorted for every count.
    private static ulong Reduce(ulong hash, ulong count) => (ulong)(((UInt128)hash * (count << RiceBits)) >> 64);

    /// <summary>Forms asked of many sieves: their hashes sorted once, each sieve then read once beside them.</summary>
    public sealed class Question
    {
        private readonly ulong[] _hashes;

        internal Question(IEnumerable<string> forms)
        {
            ArgumentNullException.ThrowIfNull(forms);
            _hashes = forms.Select(Hash).Order().ToArray();
        }

        /// <summary>Whether the sieve may hold one of the forms; a damaged sieve may hold anything (the record is read).</summary>
        public bool MayHoldAny(byte[] sieve)
        {
            ArgumentNullException.ThrowIfNull(sieve);
            if (sieve.Length <= FingerprintBytes || _hashes.Length == 0)
            {
                return false;
            }
            try
            {
                return Holds(new BitReader(sieve, FingerprintBytes));
            }
            catch (InvalidDataException)
            {
                return true;
            }
        }

        // Walks the sieve's sorted values beside the forms' (in the same order, since reducing keeps order).
        private bool Holds(BitReader reader)
        {
            var count = (ulong)reader.Count();
            var value = 0UL;
            var read = 0UL;
            foreach (var hash in _hashes)
            {
                var wanted = Reduce(hash, count);
                while (read == 0 || value < wanted)
                {
                    if (read == count)
                    {
                        return false;
                    }
                    value += reader.Rice();
                    read++;
                }
                if (value == wanted)
                {
                    return true;
                }
            }
            return false;
        }
    }

    private sealed class BitWriter(int capacity)
    {
        private readonly List<byte> _bytes = new(capacity);
        private ulong _buffer;
        private int _bits;

        public void Fingerprint(ulong fingerprint)
        {
            Span<byte> bytes = stackalloc byte[FingerprintBytes];
            BinaryPrimitives.WriteUInt64LittleEndian(bytes, fingerprint);
            _bytes.AddRange(bytes);
        }

        public void Count(int count)
        {
            var value = (uint)count;
            while (value >= 0x80)
            {
                _bytes.Add((byte)(value | 0x80));
                value >>= 7;
            }
            _bytes.Add((byte)value);
        }

        // The gap's quotient in unary (ones, then a zero), then its low RiceBits bits.
        public void Rice(ulong gap)
        {
            for (var q = gap >> RiceBits; q > 0; q--)
            {
                Bit(1);
            }
            Bit(0);
            for (var i = RiceBits - 1; i >= 0; i--)
            {
                Bit((gap >> i) & 1);
            }
        }

        public byte[] ToArray()
        {
            if (_bits > 0)
            {
                _bytes.Add((byte)(_buffer << (8 - _bits)));
            }
            return [.. _bytes];
        }

        private void Bit(ulong bit)
        {
            _buffer = (_buffer << 1) | bit;
            if (++_bits == 8)
            {
                _bytes.Add((byte)_buffer);
                _buffer = 0;
                _bits = 0;
            }
        }
    }

    private ref struct BitReader(byte[] bytes, int start)
    {
        private int _byte = start;
        private int _bit;

        public int Count()
        {
            var value = 0;
            for (var shift = 0; shift < 35 && _byte < bytes.Length; shift += 7)
            {
                var b = bytes[_byte++];
                value |= (b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
            throw new InvalidDataException("a name sieve's count is damaged");
        }

        public ulong Rice()
        {
            var quotient = 0UL;
            while (Bit() == 1)
            {
                quotient++;
            }
            var remainder = 0UL;
            for (var i = 0; i < RiceBits; i++)
            {
                remainder = (remainder << 1) | Bit();
            }
            return (quotient << RiceBits) | remainder;
        }

        private ulong Bit()
        {
            if (_byte >= bytes.Length)
            {
                throw new InvalidDataException("a name sieve ends early");
            }
            var bit = (ulong)((bytes[_byte] >> (7 - _bit)) & 1);
            if (++_bit == 8)
            {
                _bit = 0;
                _byte++;
            }
            return bit;
        }
    }
}
