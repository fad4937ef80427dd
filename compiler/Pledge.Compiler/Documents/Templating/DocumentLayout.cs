namespace Pledge.Compiler.Documents.Templating;

/// <summary>How the languages of a document are arranged.</summary>
public enum DocumentLayout
{
    /// <summary>One column per language, each item next to its translation.</summary>
    SideBySide,

    /// <summary>The whole document in one language, then in the next.</summary>
    Stacked,

    /// <summary>One language only.</summary>
    Single,
}

public static class DocumentLayouts
{
    public static DocumentLayout? Parse(string text) => text switch
    {
        "side-by-side" => DocumentLayout.SideBySide,
        "stacked" => DocumentLayout.Stacked,
        "single" => DocumentLayout.Single,
        _ => null,
    };

    public static string Keyword(this DocumentLayout layout) => layout switch
    {
        DocumentLayout.SideBySide => "side-by-side",
        DocumentLayout.Stacked => "stacked",
        _ => "single",
    };
}
