using System.Collections.Immutable;

namespace Pledge.Dsl.Syntax;

/// <summary>`exclude planned CAUSE with notice D [on CAL][, at most N per PERIOD]`.</summary>
public sealed partial class ExcludePlannedItemSyntax(ImmutableArray<SyntaxToken> keywords, SyntaxToken cause, ImmutableArray<SyntaxToken> noticeKeywords, DurationSyntax notice, OnCalendarSyntax? on, AtMostSyntax? atMost) : ItemSyntax
{
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public SyntaxToken Cause { get; } = cause;
    public ImmutableArray<SyntaxToken> NoticeKeywords { get; } = noticeKeywords;
    public DurationSyntax Notice { get; } = notice;
    public OnCalendarSyntax? On { get; } = on;
    public AtMostSyntax? AtMost { get; } = atMost;

    public override IEnumerable<SyntaxElement> Children => Elements(Keywords, Cause, NoticeKeywords, Notice, On, AtMost);

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {
        foreach (var token in Keywords) tokens.Add(token);
        tokens.Add(Cause);
        foreach (var token in NoticeKeywords) tokens.Add(token);
        Notice.CollectTokens(tokens);
        On?.CollectTokens(tokens);
        AtMost?.CollectTokens(tokens);
    }

    internal override void CollectNodes(List<SyntaxNode> nodes)
    {
        nodes.Add(Notice);
        Notice.CollectNodes(nodes);
        if (On is not null) { nodes.Add(On); On.CollectNodes(nodes); }
        if (AtMost is not null) { nodes.Add(AtMost); AtMost.CollectNodes(nodes); }
    }
}
