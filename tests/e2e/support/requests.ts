/** Where a request of a test session may go: the local test servers, the extension, and no network at all. */
const LOCAL_REQUEST = /^(?:http:\/\/127\.0\.0\.1:\d+\/|chrome-extension:\/\/|moz-extension:\/\/|data:|blob:|about:)/;

/** The requests that left the machine (or would have, on a connected one). */
export function foreignRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => !LOCAL_REQUEST.test(url));
}

/**
 * The privacy check every session runs when it closes. An empty record means the recorder saw
 * nothing at all, not even the test pages: then it is the recorder that is broken.
 */
export function checkRequests(requests: readonly string[]): void {
  if (requests.length === 0) throw new Error('No request was recorded in this session, not even the test pages: the request recorder is not working.');
  const foreign = foreignRequests(requests);
  if (foreign.length) throw new Error(`The extension made requests beyond the local test servers:\n${foreign.join('\n')}`);
}

export interface RecordingProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 that answers nothing and records every request sent through it
 * (the address of a plain request, `host:port` of an HTTPS tunnel). A browser configured to
 * use it for everything but the loopback sends it whatever would have left the machine, from
 * any of its contexts: pages, extension pages, content scripts and the extension's background.
 */
export async function startRecordingProxy(record: (url: string) => void): Promise<RecordingProxy> {
  const { createServer } = await import('node:http');
  const server = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    record(`https://${request.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
