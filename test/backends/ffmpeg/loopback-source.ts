// A hand-written HTTP origin on loopback, for sources that misbehave in ways test/support's HttpMediaServer does
// not (hang up mid-file, answer with a web page, trickle): the test's handler decides what is sent, this owns
// listening, the origin URL and closing (with the connections a hung-up test left open).
import { createServer, type RequestListener, type Server } from 'node:http';

export class LoopbackSource {
  private constructor(
    private readonly server: Server,
    /** `http://127.0.0.1:PORT`, no trailing slash. */
    readonly origin: string,
  ) {}

  static async start(handler: RequestListener): Promise<LoopbackSource> {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return new LoopbackSource(server, `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
  }

  close(): void {
    this.server.closeAllConnections();
    this.server.close();
  }
}
