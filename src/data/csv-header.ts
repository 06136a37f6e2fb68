/** Reading the header row of a CSV text (RFC 4180 quoting), without parsing the rest. */

/** The column names of the first record. */
export function csvHeader(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const names: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { names.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') break;
    else cell += ch;
  }
  names.push(cell);
  return names.map((n) => n.trim());
}
