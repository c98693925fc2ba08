/**
 * The errors chc throws on purpose, in one place. Anything else that reaches the command line is a fault in chc
 * (cli/main.ts prints it as one). Bad input is never thrown: it becomes a diagnostic.
 */

/**
 * A request that cannot be carried out as asked: an unknown option or value, a root without assessments/, a
 * landlord or period that is not there. The command line prints its message with the command's help hint and exits
 * with 2, never with a stack trace.
 */
export class UsageError extends Error {}

/** A browser could not be started, or died while printing: the message says how to install or point to Chromium. */
export class BrowserError extends Error {}
