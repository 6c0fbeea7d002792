import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/*
 * A bare HTTP/1.1 client over a socket, for requests no well-behaved client will send: bytes that
 * are not UTF-8 in the path, control characters, headers beyond any limit, a body that is declared
 * and never sent. Each request has a connection of its own, closed by the server after answering.
 */

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** The body, with any chunked framing and gzip or brotli coding undone. */
  body: Buffer;
}

export interface RawRequest {
  method: string;
  /** The request target exactly as sent, bytes and all. */
  target: Buffer | string;
  headers?: ReadonlyArray<readonly [string, Buffer | string]>;
  body?: Buffer | string;
}

const CRLF = '\r\n';

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf(CRLF, at);
    if (lineEnd === -1) throw new Error('A chunked body ended inside a chunk header');
    const size = Number.parseInt(body.toString('latin1', at, lineEnd), 16);
    if (!Number.isFinite(size)) throw new Error('A chunk header that is not a size');
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

function parseResponse(raw: Buffer, method: string): RawResponse {
  const headEnd = raw.indexOf(CRLF + CRLF);
  if (headEnd === -1) throw new Error(`No complete response head in ${raw.length} bytes`);
  const [statusLine = '', ...lines] = raw.toString('latin1', 0, headEnd).split(CRLF);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  if (!Number.isInteger(status)) throw new Error(`Not a status line: ${statusLine}`);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  let body = method === 'HEAD' || status === 304 ? Buffer.alloc(0) : raw.subarray(headEnd + 4);
  if (headers['transfer-encoding']?.includes('chunked')) body = dechunk(body);
  if (body.length > 0 && headers['content-encoding'] === 'gzip') body = gunzipSync(body);
  if (body.length > 0 && headers['content-encoding'] === 'br') body = brotliDecompressSync(body);
  return { status, headers, body };
}

export interface OpenRequest {
  /** Sends more of the body; the head was sent when the request was opened. */
  send(body: Buffer | string): void;
  /** The answer, once the server closes the connection. */
  response: Promise<RawResponse>;
}

function requestHead(port: number, request: RawRequest): Buffer {
  return Buffer.concat([
    Buffer.from(`${request.method} `, 'latin1'),
    Buffer.isBuffer(request.target) ? request.target : Buffer.from(request.target, 'utf8'),
    Buffer.from(` HTTP/1.1${CRLF}Host: 127.0.0.1:${port}${CRLF}Connection: close${CRLF}`, 'latin1'),
    ...(request.headers ?? []).map(([name, value]) =>
      Buffer.concat([Buffer.from(`${name}: `, 'latin1'), Buffer.isBuffer(value) ? value : Buffer.from(value, 'utf8'), Buffer.from(CRLF)]),
    ),
    Buffer.from(CRLF),
  ]);
}

/** Opens a request: sends its head (and the body, if it has one) and leaves the connection open for more. */
export function openRawRequest(port: number, request: RawRequest, timeoutMs = 15_000): OpenRequest {
  const socket = connect(port, '127.0.0.1');
  const response = new Promise<RawResponse>((resolve, reject) => {
    const received: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`No answer within ${timeoutMs} ms to ${request.method} ${String(request.target).slice(0, 200)}`)));
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('error', (error) => {
      // The server may answer and close before reading a body it refused: the answer still counts.
      if (received.length > 0 && 'code' in error && (error.code === 'EPIPE' || error.code === 'ECONNRESET')) return;
      reject(error);
    });
    socket.on('close', () => {
      try {
        resolve(parseResponse(Buffer.concat(received), request.method));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
  const head = requestHead(port, request);
  // One write, so a server that refuses the head has the body in hand too and closes cleanly.
  socket.write(request.body === undefined ? head : Buffer.concat([head, Buffer.from(request.body)]));
  return { send: (body) => socket.write(body), response };
}

/** Sends one request and resolves with the answer once the server closes the connection. */
export function rawRequest(port: number, request: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  return openRawRequest(port, request, timeoutMs).response;
}
