#!/usr/bin/env python3
# Generates one immutable node class per line of scripts/syntax-nodes.txt into dsl/Pledge.Dsl/Syntax/.
# Usage: scripts/generate-syntax-nodes.py scripts/syntax-nodes.txt dsl/Pledge.Dsl/Syntax
# The generated files are committed; hand-written additions go into partial files beside them (e.g. DurationSyntax.Unit.cs).
import re,os,sys
out=sys.argv[2]
for line in open(sys.argv[1],encoding='utf-8'):
    line=line.rstrip('\n')
    if not line or line.startswith('#'): continue
    head,doc=line.split(' ; ',1)
    doc=doc.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
    if ' abstract' in head:
        name,base=[s.strip() for s in head.replace(' abstract','').split(':')]
        src=f'''namespace Pledge.Dsl.Syntax;

/// <summary>{doc}</summary>
public abstract class {name} : {base}
{{
}}
'''
    else:
        left,fields=head.split('|')
        name,base=[s.strip() for s in left.split(':')]
        fs=[]
        for f in fields.split():
            n,t=f.split(':',1)
            fs.append((n,t))
        def camel(n):
            c=n[0].lower()+n[1:]
            return '@'+c if c in ('operator','default','event','base','params') else c
        params=', '.join(f'{t} {camel(n)}' for n,t in fs)
        props='\n'.join(f'    public {t} {n} {{ get; }} = {camel(n)};' for n,t in fs)
        children=', '.join(n for n,t in fs)
        def collect(n,t):
            if t=='SyntaxToken': return f'        tokens.Add({n});'
            if t=='SyntaxToken?': return f'        if ({n} is not null) tokens.Add({n});'
            if t=='ImmutableArray<SyntaxToken>': return f'        foreach (var token in {n}) tokens.Add(token);'
            if t.startswith('ImmutableArray<'): return f'        foreach (var node in {n}) node.CollectTokens(tokens);'
            if t.endswith('?'): return f'        {n}?.CollectTokens(tokens);'
            return f'        {n}.CollectTokens(tokens);'
        collects='\n'.join(collect(n,t) for n,t in fs)
        def collect_nodes(n,t):
            if t in ('SyntaxToken','SyntaxToken?','ImmutableArray<SyntaxToken>'): return None
            if t.startswith('ImmutableArray<'): return f'        foreach (var node in {n}) {{ nodes.Add(node); node.CollectNodes(nodes); }}'
            if t.endswith('?'): return f'        if ({n} is not null) {{ nodes.Add({n}); {n}.CollectNodes(nodes); }}'
            return f'        nodes.Add({n});\n        {n}.CollectNodes(nodes);'
        node_lines=[l for l in (collect_nodes(n,t) for n,t in fs) if l]
        node_collects=('\n\n    internal override void CollectNodes(List<SyntaxNode> nodes)\n    {\n' + '\n'.join(node_lines) + '\n    }') if node_lines else ''
        usings='using System.Collections.Immutable;\n\n' if 'ImmutableArray' in fields else ''
        src=f'''{usings}namespace Pledge.Dsl.Syntax;

/// <summary>{doc}</summary>
public sealed partial class {name}({params}) : {base}
{{
{props}

    public override IEnumerable<SyntaxElement> Children => Elements({children});

    internal override void CollectTokens(List<SyntaxToken> tokens)
    {{
{collects}
    }}{node_collects}
}}
'''
    open(os.path.join(out,name+'.cs'),'w',encoding='utf-8').write(src)
