/** Answers longer than this are not listened back to (an answer on a call is well under a minute). */
export const MAX_LISTEN_SECONDS = 120;
