// Start-up failures an operator causes and can fix: the data directory cannot be used, or the HTTP server
// cannot listen where the settings say. Recorded as message keys (the catcher knows the reader's language) and
// named by the setting to change, instead of Node's "EADDRINUSE: address already in use 0.0.0.0:3000".
export class StartupProblem extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string>,
    cause: unknown,
  ) {
    super(`${key}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StartupProblem';
  }
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

/** Creating, locking or opening the store under RELAYBOT_DATA_DIR failed. */
export function dataDirProblem(dataDir: string, error: unknown): StartupProblem {
  const code = codeOf(error);
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'].includes(code)) {
    return new StartupProblem('start.dataDir.notWritable', { dataDir }, error);
  }
  if (code === 'EEXIST' || code === 'ENOTDIR') return new StartupProblem('start.dataDir.notDirectory', { dataDir }, error);
  return new StartupProblem('start.dataDir.other', { dataDir, code }, error);
}

/** The HTTP server could not listen on RELAYBOT_HOST:RELAYBOT_PORT. */
export function listenProblem(host: string, port: number, error: unknown): StartupProblem {
  const code = codeOf(error);
  const params = { host, port: String(port) };
  if (code === 'EADDRINUSE') return new StartupProblem('start.listen.inUse', params, error);
  if (code === 'EACCES') return new StartupProblem('start.listen.denied', params, error);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code.startsWith('EAI_')) return new StartupProblem('start.listen.badHost', params, error);
  return new StartupProblem('start.listen.other', { ...params, code }, error);
}
