using Pledge.Dsl.Syntax;

namespace Pledge.Compiler.Semantics;

/// <summary>`max downtime 44 min per month`: an absolute allowance next to (or instead of) a percentage.</summary>
public sealed record DowntimeAllowance(WrittenDuration Duration, PeriodUnit? Period, MaxDowntimeItemSyntax Syntax);
