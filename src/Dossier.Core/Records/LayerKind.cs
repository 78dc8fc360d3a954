namespace Dossier.Core.Records;

public enum LayerKind
{
    /// <summary>A human transcription of the original.</summary>
    Transcription,

    /// <summary>The original text as captured, usually by OCR (see <see cref="LayerProvenance.Method"/>).</summary>
    Original,

    Translation,
}
