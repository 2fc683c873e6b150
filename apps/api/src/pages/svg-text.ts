/**
 * Fitting text into server-rendered SVG without a font engine. Widths are estimated per
 * glyph on the generous side (close to DejaVu Sans, the widest common sans-serif), so text
 * laid out with them fits whichever sans-serif the reader's browser picks.
 */

const NARROW = new Set("iljI.,:;'!|");
const SEMI = new Set('ftr()[]{}-/ ');
const WIDE = new Set('mwMW%@&');

/** Estimated advance width of `text` in px at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.32;
    else if (SEMI.has(char)) em += 0.44;
    else if (WIDE.has(char)) em += 1.0;
    else if (/[A-Z]/.test(char)) em += 0.78;
    else if (/[0-9a-z]/.test(char)) em += 0.65;
    else if (char.codePointAt(0)! > 0x2e80) em += 1.0; // CJK and other full-width scripts
    else em += 0.7;
  }
  return em * fontSize;
}

/** The longest start of `text` (by whole characters) that fits `width` with an ellipsis after it. */
function cut(text: string, width: number, fontSize: number): string {
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Breaks a label into at most `maxLines` lines that each fit `width` px, at spaces where
 * possible; a label that still does not fit ends its last line with "…" (`cut` is true,
 * and the caller shows the full text elsewhere: a <title>, a table).
 */
export function fitText(text: string, width: number, fontSize: number, maxLines = 2): { lines: string[]; cut: boolean } {
  const lines: string[] = [];
  let rest = text.trim().replace(/\s+/g, ' ');
  while (rest && lines.length < maxLines) {
    if (textWidth(rest, fontSize) <= width) {
      lines.push(rest);
      rest = '';
      break;
    }
    if (lines.length === maxLines - 1) break;
    const words = rest.split(' ');
    let line = '';
    while (words.length && textWidth(line ? `${line} ${words[0]}` : words[0], fontSize) <= width) line = line ? `${line} ${words.shift()}` : words.shift()!;
    if (!line) {
      // One word wider than the line: break it.
      const chars = [...words[0]];
      while (chars.length > 1 && textWidth(chars.join(''), fontSize) > width) chars.pop();
      line = chars.join('');
      words[0] = words[0].slice(line.length);
    }
    lines.push(line);
    rest = words.join(' ').trim();
  }
  if (!rest) return { lines, cut: false };
  lines.push(cut(rest, width, fontSize));
  return { lines, cut: true };
}
