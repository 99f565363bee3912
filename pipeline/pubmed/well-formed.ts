// A well-formedness check for one record's XML: tags nest and close, attribute
// values are quoted, comments, CDATA and processing instructions are closed,
// and '<' or '&' do not appear raw in text. It does what a malformed PubMed
// record needs caught, at a fraction of the cost of a full validator, which
// matters when a baseline file holds 30,000 records.

export interface XmlProblem {
  line: number;
  message: string;
}

const NAME = /^[A-Za-z_:][\w:.-]*/;
const ATTRS = /^(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*$/;
const ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][\w.-]*);/y;

export function checkWellFormed(xml: string): XmlProblem | null {
  const stack: string[] = [];
  const lineAt = (i: number) => {
    let n = 1;
    for (let k = xml.indexOf('\n'); k !== -1 && k < i; k = xml.indexOf('\n', k + 1)) n++;
    return n;
  };
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    // Text between tags: an ampersand must start a reference.
    for (let amp = xml.indexOf('&', i); amp !== -1 && (lt === -1 || amp < lt); amp = xml.indexOf('&', amp + 1)) {
      ENTITY.lastIndex = amp;
      if (!ENTITY.test(xml)) return { line: lineAt(amp), message: 'bare "&" (not an entity reference)' };
    }
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) return { line: lineAt(lt), message: 'comment is never closed' };
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) return { line: lineAt(lt), message: 'CDATA section is never closed' };
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const end = xml.indexOf('>', lt);
      if (end === -1) return { line: lineAt(lt), message: 'declaration is never closed' };
      i = end + 1;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return { line: lineAt(lt), message: 'tag is never closed' };
    const inner = xml.slice(lt + 1, gt);
    if (inner.includes('<')) return { line: lineAt(lt), message: `"<" inside a tag` };
    if (inner[0] === '/') {
      const name = inner.slice(1).trim();
      const open = stack.pop();
      if (open === undefined) return { line: lineAt(lt), message: `closing tag </${name}> without an opening tag` };
      if (open !== name) return { line: lineAt(lt), message: `expected </${open}>, found </${name}>` };
    } else {
      const selfClosing = inner.endsWith('/');
      const body = selfClosing ? inner.slice(0, -1) : inner;
      const name = NAME.exec(body)?.[0];
      if (!name) return { line: lineAt(lt), message: `not a tag name: "<${inner.slice(0, 20)}"` };
      if (!ATTRS.test(body.slice(name.length))) return { line: lineAt(lt), message: `malformed attributes in <${name}>` };
      if (!selfClosing) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length) return { line: lineAt(xml.length), message: `<${stack[stack.length - 1]}> is never closed` };
  return null;
}
