// Errors a user can act on. The CLI prints their message as one line and exits
// with their code; anything else is a bug and keeps its stack trace.

export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** Bad command line: exit 2, as is usual for usage errors. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}
