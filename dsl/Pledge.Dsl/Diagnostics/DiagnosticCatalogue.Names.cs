using Pledge.Dsl.Text;

namespace Pledge.Dsl.Diagnostics;

/// <summary>PLG2xxx: names — declarations, references, imports and file-level settings (found by binding).</summary>
public static partial class DiagnosticCatalogue
{
    public static readonly DiagnosticDescriptor UndefinedName = new("PLG2001", "undefined-name", DiagnosticLevel.Error, "Undefined name");
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("PLG2002", "duplicate-declaration", DiagnosticLevel.Error, "Duplicate declaration");
    public static readonly DiagnosticDescriptor ImportNotFound = new("PLG2003", "import-not-found", DiagnosticLevel.Error, "Imported file not found");
    public static readonly DiagnosticDescriptor ImportCycle = new("PLG2004", "import-cycle", DiagnosticLevel.Error, "Import cycle");
    public static readonly DiagnosticDescriptor MatrixUnknownSeverity = new("PLG2005", "matrix-unknown-severity", DiagnosticLevel.Error, "Matrix row for an undeclared severity");
    public static readonly DiagnosticDescriptor MatrixMissingSeverity = new("PLG2006", "matrix-missing-severity", DiagnosticLevel.Error, "Matrix missing a declared severity");
    public static readonly DiagnosticDescriptor MilestoneCommittedTwice = new("PLG2007", "milestone-committed-twice", DiagnosticLevel.Error, "Milestone committed twice");
    public static readonly DiagnosticDescriptor DuplicateMatrixRow = new("PLG2008", "duplicate-matrix-row", DiagnosticLevel.Error, "Duplicate matrix row");
    public static readonly DiagnosticDescriptor WrongKindOfName = new("PLG2009", "wrong-kind-of-name", DiagnosticLevel.Error, "Name of the wrong kind");
    public static readonly DiagnosticDescriptor WrongParameterType = new("PLG2010", "wrong-parameter-type", DiagnosticLevel.Error, "Parameter of the wrong type");
    public static readonly DiagnosticDescriptor MatrixCellCount = new("PLG2011", "matrix-cell-count", DiagnosticLevel.Error, "Matrix row cell count differs from the header");
    public static readonly DiagnosticDescriptor DuplicateSetting = new("PLG2012", "duplicate-setting", DiagnosticLevel.Error, "Contract header or setting declared twice");
    public static readonly DiagnosticDescriptor UnknownTimeZone = new("PLG2013", "unknown-time-zone", DiagnosticLevel.Error, "Unknown time zone");
    public static readonly DiagnosticDescriptor UnknownCurrency = new("PLG2014", "unknown-currency", DiagnosticLevel.Error, "Unknown currency");
    public static readonly DiagnosticDescriptor DuplicateLanguage = new("PLG2015", "duplicate-language", DiagnosticLevel.Error, "Duplicate language tag");
    public static readonly DiagnosticDescriptor UnusedDeclaration = new("PLG2016", "unused-declaration", DiagnosticLevel.Info, "Unused declaration");

    private static CodeFix? DidYouMean(TextSpan span, string? suggestion) =>
        suggestion is null ? null : CodeFix.Replace($"change to `{suggestion}`", span, suggestion);

    private static string WithSuggestion(string hint, string? suggestion) =>
        suggestion is null ? hint : $"did you mean `{suggestion}`? Otherwise {hint}";

    /// <param name="kind">what the place expects: `cause`, `calendar`, `parameter`, `severity`.</param>
    public static Diagnostic Undefined(TextSpan span, string kind, string name, string? suggestion) =>
        Make(UndefinedName, span, $"there is no {kind} called `{name}`",
            WithSuggestion($"declare it with `{kind} {name} …`, or import the file that declares it", suggestion),
            DidYouMean(span, suggestion));

    /// <param name="otherLocation">`3:7`, or `common.sla 3:7` when the other declaration is in another file.</param>
    public static Diagnostic Duplicate(TextSpan span, string kind, string name, string otherKind, string otherLocation) =>
        Make(DuplicateDeclaration, span,
            otherKind == kind
                ? $"the {kind} `{name}` is already declared at {otherLocation}"
                : $"`{name}` is already declared at {otherLocation} (as a {otherKind})",
            "give one of them another name; causes, severities, calendars, parameters, exclusions, clauses and warranties share one set of names");

    /// <summary>Two files imported into one contract declare the same name.</summary>
    public static Diagnostic DuplicateThroughImports(TextSpan span, string name, string firstLocation, string secondLocation) =>
        Make(DuplicateDeclaration, span,
            $"`{name}` is declared both at {firstLocation} and at {secondLocation}",
            "rename one of them, or import only one of the two files");

    public static Diagnostic ImportMissing(TextSpan span, string path, string reason) =>
        Make(ImportNotFound, span, $"cannot read the imported file `{path}`: {reason}",
            "the path is relative to the importing file; check its spelling and that the file exists");

    /// <param name="cycle">the files of the cycle, starting and ending with the same file.</param>
    public static Diagnostic Cycle(TextSpan span, IReadOnlyList<string> cycle) =>
        Make(ImportCycle, span, $"this import makes a cycle: {string.Join(" → ", cycle.Select(c => $"`{c}`"))}",
            cycle.Count <= 2
                ? "remove the import: a file cannot import itself"
                : "move the shared declarations into a file that imports neither, and import that file from both");

    public static Diagnostic MatrixRowUnknownSeverity(TextSpan span, string name, string? suggestion) =>
        Make(MatrixUnknownSeverity, span, $"the matrix has a row for `{name}`, which is not a declared severity",
            WithSuggestion($"declare it with `severity {name} …` (most severe first), or remove the row", suggestion),
            DidYouMean(span, suggestion));

    /// <param name="addRow">the edit that inserts a placeholder row before the matrix's `}`, when there is a place for one.</param>
    public static Diagnostic MatrixMissingRow(TextSpan span, string severity, TextEdit? addRow) =>
        Make(MatrixMissingSeverity, span, $"the matrix has no row for the severity `{severity}`",
            "add a row for it; write `-` in a cell where nothing is committed",
            addRow is null ? null : new CodeFix($"add a row for `{severity}`", [addRow]));

    public static Diagnostic MilestoneTwice(TextSpan span, string milestone, string clause, string otherLocation) =>
        Make(MilestoneCommittedTwice, span,
            $"the milestone `{milestone}` is already committed in clause `{clause}` at {otherLocation}",
            "commit each milestone once per clause: remove one of the two commitments, or move one into a clause of its own");

    public static Diagnostic MatrixRowTwice(TextSpan span, string severity, string otherLocation) =>
        Make(DuplicateMatrixRow, span, $"the matrix already has a row for `{severity}` at {otherLocation}",
            "merge the two rows into one");

    /// <param name="actualKind">what the name is, such as `cause`.</param>
    /// <param name="expectedKind">what the place needs, such as `calendar`.</param>
    public static Diagnostic WrongKind(TextSpan span, string name, string actualKind, string expectedKind, string? suggestion) =>
        Make(WrongKindOfName, span, $"`{name}` is {Article(actualKind)} {actualKind}, not {Article(expectedKind)} {expectedKind}",
            WithSuggestion($"name {Article(expectedKind)} {expectedKind} here", suggestion),
            DidYouMean(span, suggestion));

    /// <param name="use">the construct that needs the type, such as `waive`.</param>
    public static Diagnostic ParameterType(TextSpan span, string name, string actualType, string expectedType, string use) =>
        Make(WrongParameterType, span,
            $"`{name}` is {Article(actualType)} {actualType} parameter, but `{use}` needs {Article(expectedType)} {expectedType} parameter",
            $"name {Article(expectedType)} {expectedType} parameter, or declare `{name}` as `: {expectedType}`");

    public static Diagnostic MatrixRowCells(TextSpan span, string severity, int cells, int columns) =>
        Make(MatrixCellCount, span,
            $"the row for `{severity}` has {Count(cells, "cell")}, but the header names {Count(columns, "milestone")}",
            "give every row one cell per milestone of the header; write `-` where nothing is committed");

    public static Diagnostic SecondContract(TextSpan span, string otherLocation) =>
        Make(DuplicateSetting, span, $"the file already has a `contract` header at {otherLocation}",
            "a file holds one contract; put the second one in a file of its own");

    /// <param name="setting">`languages`, `timezone`, `currency`, `rounding`, `provider` (or a calendar's `days`, `hours`, `timezone`).</param>
    public static Diagnostic SettingTwice(TextSpan span, string setting, string otherLocation) =>
        Make(DuplicateSetting, span, $"`{setting}` is already set at {otherLocation}",
            "keep one of the two");

    public static Diagnostic TimeZoneUnknown(TextSpan span, string zone, string? suggestion) =>
        Make(UnknownTimeZone, span, $"`{zone}` is not a known time zone",
            WithSuggestion("use an IANA name such as `Asia/Shanghai`, or a fixed offset such as `UTC+08:00`", suggestion),
            suggestion is null ? null : CodeFix.Replace($"change to `{suggestion}`", span, "\"" + suggestion + "\""));

    public static Diagnostic CurrencyUnknown(TextSpan span, string code, string? suggestion) =>
        Make(UnknownCurrency, span, $"`{code}` is not an ISO 4217 currency code",
            WithSuggestion("use a three-letter code such as `CNY`, `USD` or `EUR`", suggestion),
            DidYouMean(span, suggestion));

    /// <param name="removeSpan">the tag with the comma before it, removed by the fix.</param>
    public static Diagnostic LanguageTwice(TextSpan span, string tag, string otherLocation, TextSpan removeSpan) =>
        Make(DuplicateLanguage, span, $"the language `{tag}` is already listed at {otherLocation}",
            "list each language once",
            CodeFix.Replace($"remove the second `{tag}`", removeSpan, "", isSafe: true));

    public static Diagnostic Unused(TextSpan span, string kind, string name) =>
        Make(UnusedDeclaration, span, $"the {kind} `{name}` is never used",
            kind == "severity" ? "give it a row in a matrix, or remove it" : "use it in a clause or warranty, or remove it");

    private static string Article(string word) => word.Length > 0 && "aeiou".Contains(word[0]) ? "an" : "a";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
