// Text from records (titles, PMIDs, file contents) is untrusted: printed raw, an
// escape sequence in a crafted file could retitle or clear the user's terminal.
// Everything the CLI prints goes through here first.

// C0 and C1 controls other than tab and line feed, DEL, and the bidirectional overrides that reorder text.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character shown as a visible \u escape instead of acted on. */
export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
