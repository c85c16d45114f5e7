// HttpMediaServer in a process of its own (`node --import tsx http-media-server-process.ts DIR`), for benches
// that measure this process's CPU: a source served from inside the measured process would bill the server's
// work to whatever reads from it. Prints the port on stdout once listening; stops on SIGTERM.
import { HttpMediaServer } from './http-media-server.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: http-media-server-process.ts DIR');
const server = await HttpMediaServer.start(dir);
process.stdout.write(`${server.port}\n`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
