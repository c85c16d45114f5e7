// The terminal adapter: a chat session on stdin/stdout and the notifier that prints task news.
export { startShellSession, type ShellOptions, type ShellSession } from './session.js';
export { ShellNotifier, statusMessageIdFor } from './notifier.js';
export { machineTimeZone, shellActor, shellLocale, SHELL_CHANNEL, SHELL_PLATFORM } from './identity.js';
