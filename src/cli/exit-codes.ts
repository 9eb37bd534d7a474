// dct-sign's exit codes: 0 done, 1 the operation failed (or, for verify, a
// reference failed verification), 2 the command line cannot be run as written.

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
