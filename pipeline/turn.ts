// A pause for the rest of the event loop: a long stage awaits one between steps
// so that Ctrl-C and SIGTERM (read in the loop's poll phase) are heard within a
// step rather than at the end of the stage.

export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
