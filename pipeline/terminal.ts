// Text from records (titles, PMIDs, file contents) is untrusted: printed raw, an
// escape sequence in a crafted file could retitle or clear the user's terminal.
// Everything the CLI prints goes through here first.

// C0 and C1 controls other than tab and line feed, DEL, and the bidirectional overrides that reorder text.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character shown as a visible \u escape instead of acted on. */
export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line of output as one line: a line break inside it (a file may be named "a\nb.xml") is shown, not acted on. */
export const safeLine = (line: string): string => safeForTerminal(line).replace(/\n/g, '\\u000a');

// An error quotes what it found at fault, and a hostile file can make that megabytes long.
const MAX_ERROR = 1_000;

/** An error message as one bounded terminal line: its start (what is at fault) and end kept, the middle left out. */
export function errorLine(message: string): string {
  const line = safeForTerminal(message.replace(/\s*[\r\n]+\s*/g, ' '));
  if (line.length <= MAX_ERROR) return line;
  const cut = line.length - 800 - 150;
  return `${line.slice(0, 800)} ...(${cut} characters left out)... ${line.slice(-150)}`;
}
