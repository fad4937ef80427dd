namespace Pledge.LanguageServer.Features.Completion;

/// <summary>What may be written at the cursor, as the completion handler needs to know it.</summary>
public enum Expectation
{
    Nothing,
    ItemStart,
    Units,
    DistanceUnits,
    Currencies,
    Events,
    Periods,
    PenaltyCounting,
    PenaltyUnits,
    CapScopes,
    PayPer,
    Causes,
    Severities,
    Calendars,
    Clock,
    Parameters,
    DateParameters,
    Remedies,
    ExcludeKinds,
    ParameterTypes,
    RoundingModes,
    Weekdays,
    LanguageTags,
    Milestones,
    MilestoneVerbs,
    ByForms,
    ClaimAfter,
    Words,
}

/// <summary>The block the cursor is in and what is expected there; <see cref="Words"/> are fixed continuations (`downtime` after `max`).</summary>
public sealed record CompletionSituation(BlockKind Block, Expectation Expected, IReadOnlyList<string> Words, IReadOnlyList<string> Excluded)
{
    public static CompletionSituation Of(BlockKind block, Expectation expected) => new(block, expected, [], []);

    public static CompletionSituation Continue(BlockKind block, params string[] words) => new(block, Expectation.Words, words, []);
}
