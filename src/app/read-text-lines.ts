import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { badInput, notFound } from '../core/errors.js';

/** How far through its file a line reader is. */
export interface ReadProgress {
  readonly bytesRead: number;
  readonly bytes: number;
}

/**
 * The lines of a UTF-8 text file of any size, read a chunk at a time (without their line
 * ends, `\n` or `\r\n`). Refuses, with one sentence, a missing or unreadable file and binary
 * content (a NUL byte or invalid UTF-8), as `readTextFile` does for a whole file.
 */
export async function* readTextLines(
  path: string,
  onProgress?: (progress: ReadProgress) => void,
): AsyncGenerator<string> {
  const bytes = await fileSize(path);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesRead = 0;
  let pending = '';
  let first = true;
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw badInput(`${path} is not valid UTF-8 text`);
    }
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) {
        throw badInput(`${path} looks like a binary file (it contains NUL bytes); expected text`);
      }
      bytesRead += chunk.length;
      let text = pending + decode(chunk);
      if (first && text.length > 0) {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      const lines = text.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
      onProgress?.({ bytesRead, bytes });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw badInput(`cannot read ${path}: permission denied`);
    if (code === 'EISDIR') throw badInput(`${path} is not a file`);
    throw error;
  }
  const last = pending + decode();
  if (last !== '') yield last.endsWith('\r') ? last.slice(0, -1) : last;
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw badInput(`${path} is not a file`);
    return info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(`no such file: ${path}`);
    if (code === 'EACCES') throw badInput(`cannot read ${path}: permission denied`);
    throw error;
  }
}
