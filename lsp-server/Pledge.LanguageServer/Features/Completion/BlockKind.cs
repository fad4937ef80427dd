namespace Pledge.LanguageServer.Features.Completion;

/// <summary>Which block the cursor is in: it decides which items may start there.</summary>
public enum BlockKind { TopLevel, Clause, Calendar, Exclusion, Warranty, Matrix, Distance, CreditTable, Unknown }
