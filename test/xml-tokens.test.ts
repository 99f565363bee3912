// The hand-written tokenizer against fast-xml-parser, a parser written by
// others: the same elements, attributes and text, in the same order, on every
// fixture record; and the malformed input each check exists for.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { tokenize, XmlSyntaxError, type XmlEvents } from '../pipeline/pubmed/xml-tokens.ts';
import { scanXml } from '../pipeline/pubmed/xml-records.ts';
import { articleXml, syntheticArticles } from './support/fixture-records.ts';

type Node = { name: string; attrs: Record<string, string>; children: (Node | string)[] };

/** The tokens as a tree: elements with their attributes, and text runs joined as a parser joins them. */
function tree(xml: string): (Node | string)[] {
  const root: Node = { name: '', attrs: {}, children: [] };
  const open: Node[] = [root];
  const top = () => open[open.length - 1];
  const events: XmlEvents = {
    wantsText: true,
    open(name, attrs) {
      const node: Node = { name, attrs: Object.fromEntries([...attrs.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3]])), children: [] };
      top().children.push(node);
      open.push(node);
    },
    close() {
      open.pop();
    },
    text(raw) {
      const kids = top().children;
      if (typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += raw;
      else kids.push(raw);
    },
  };
  tokenize(xml, events);
  return root.children;
}

const reference = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  trimValues: false,
});

/** fast-xml-parser's preserveOrder output in the same shape. */
function referenceTree(xml: string): (Node | string)[] {
  const convert = (nodes: Record<string, any>[]): (Node | string)[] => {
    const out: (Node | string)[] = [];
    for (const n of nodes) {
      if ('#text' in n) {
        if (typeof out[out.length - 1] === 'string') out[out.length - 1] += String(n['#text']);
        else out.push(String(n['#text']));
        continue;
      }
      const name = Object.keys(n).find((k) => k !== ':@')!;
      out.push({ name, attrs: n[':@'] ?? {}, children: convert(n[name]) });
    }
    return out;
  };
  return convert(reference.parse(xml));
}

const edge = readFileSync(join(import.meta.dirname, 'fixtures/edge-cases.xml'), 'utf8');
const records = [
  ...scanXml(edge).flatMap((i) => (i.kind === 'article' ? [i.xml] : [])),
  ...syntheticArticles(30, 33_000_000).map(articleXml),
  `<PubmedArticle><MedlineCitation Status='MEDLINE'><PMID Version="1">1</PMID><Article><ArticleTitle>a <i>b</i><sup>2</sup> c &amp; d &#x3B1;<br/>e</ArticleTitle><Empty  /><Spaced a = "1"	b='2' ></Spaced  ></Article></MedlineCitation></PubmedArticle>`,
];

describe('XML tokenizer', () => {
  it.each(records.map((xml, i) => [i, xml]))('gives what fast-xml-parser gives, record %i', (_, xml) => {
    expect(tree(xml)).toEqual(referenceTree(xml));
  });

  it('passes CDATA through as text, undecoded, and skips comments and declarations', () => {
    const texts: [string, boolean][] = [];
    tokenize('<?xml version="1.0"?><!DOCTYPE x><a><!-- <b> -->x<![CDATA[<b> &amp; ]]>y</a>', {
      wantsText: true,
      open: () => {},
      close: () => {},
      text: (raw, cdata) => texts.push([raw, cdata]),
    });
    expect(texts).toEqual([['x', false], ['<b> &amp; ', true], ['y', false]]);
  });

  it('asks for no text while the consumer does not want it', () => {
    let calls = 0;
    tokenize('<a>one<b>two</b>three</a>', { wantsText: false, open: () => {}, close: () => {}, text: () => calls++ });
    expect(calls).toBe(0);
  });

  const bad: [string, number, RegExp][] = [
    ['<a>\n<b></a>', 2, /expected <\/b>, found <\/a>/],
    ['<a></ab>', 1, /expected <\/a>, found <\/ab>/],
    ['<a>\n</a>\n</a>', 3, /closing tag <\/a> without an opening tag/],
    ['<a>\n<1b/></a>', 2, /not a tag name: "<1b\/"/],
    ['<a b="<">x</a>', 1, /"<" inside a tag/],
    ['<a b=1>x</a>', 1, /malformed attributes in <a>/],
    ['<a>x &amp y</a>', 1, /bare "&"/],
    ['<a>x\n\n& y</a>', 3, /bare "&"/],
    ['<a>x <', 1, /tag is never closed/],
    ['<a><![CDATA[x</a>', 1, /CDATA section is never closed/],
    ['<a><!-- x</a>', 1, /comment is never closed/],
    ['<a><!DOCTYPE x</a', 1, /declaration is never closed|"<" inside a tag/],
    ['<a>\n<b>\n', 3, /<b> is never closed/],
  ];
  it.each(bad)('rejects %j at line %i', (xml, line, message) => {
    let error: unknown;
    try {
      tokenize(xml, { wantsText: true, open: () => {}, close: () => {}, text: () => {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlSyntaxError);
    expect((error as XmlSyntaxError).message).toMatch(message);
    expect((error as XmlSyntaxError).line).toBe(line);
  });
});
