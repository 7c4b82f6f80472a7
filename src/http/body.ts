/** Reading a request body: JSON only, within REQUEST_MAX_BODY_BYTES. */
import type http from 'node:http';
import { HttpError } from './responses';

export function isJsonContentType(value: string | undefined): boolean {
  return !!value && /^application\/(graphql-response\+)?json$/i.test(value.split(';')[0]!.trim());
}

export function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new HttpError(413, `Request body is ${declared} bytes; the limit is ${limit} bytes (REQUEST_MAX_BODY_BYTES).`, 'PAYLOAD_TOO_LARGE', { connection: 'close' }));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the 413 goes out with `connection: close`, which then drops the rest.
        req.pause();
        req.removeAllListeners('data');
        reject(new HttpError(413, `Request body exceeds the limit of ${limit} bytes (REQUEST_MAX_BODY_BYTES).`, 'PAYLOAD_TOO_LARGE', { connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A POST body parsed as JSON: other content types are refused before the body is read. */
export async function readJsonBody(req: http.IncomingMessage, limit: number): Promise<unknown> {
  // JSON only (GraphQL over HTTP): this also keeps browsers' CORS-exempt "simple" posts (text/plain, forms) from ever executing.
  const contentType = req.headers['content-type'];
  if (!isJsonContentType(contentType)) {
    throw new HttpError(415, `Content-Type must be application/json${contentType ? `, not ${contentType}` : ' (the header is missing)'}.`, 'UNSUPPORTED_MEDIA_TYPE', { 'accept-post': 'application/json' });
  }
  const text = await readBody(req, limit);
  if (text.length === 0) throw new HttpError(400, 'Request body is empty: send a JSON object with a "query" field.');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HttpError(400, `Request body is not valid JSON: ${(e as Error).message}`);
  }
}
