// Errors a user can act on. The CLI prints their message as one line and exits
// with their code; anything else is a bug and keeps its stack trace.

export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** The database or its lock is held by another run or program: exit 75 (EX_TEMPFAIL), try again later. */
export const IN_USE_EXIT = 75;

/** Bad command line: exit 2, as is usual for usage errors. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, 2);
  }
}
