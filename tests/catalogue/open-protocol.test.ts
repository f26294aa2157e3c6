import { describe, expect, it } from 'vitest';
import {
  NOT_A_KNOWN_TABLE,
  openFile,
  SYSTEMS_PER_MESSAGE,
  type OpenMessage,
} from '../../src/catalogue/open-protocol';
import { builtInAsFile } from '../support/catalogue-file';

const blob = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

async function messagesFor(value: unknown): Promise<OpenMessage[]> {
  const messages: OpenMessage[] = [];
  await openFile({ file: blob(value), fileName: 'mine.json' }, (message) => messages.push(message));
  return messages;
}

describe('openFile (the worker protocol)', () => {
  it('reports progress, sends the systems in chunks, then the rest with the file identity', async () => {
    const file = builtInAsFile() as { catalogue: { systems: { id: string }[] } };
    const one = file.catalogue.systems[0]!;
    file.catalogue.systems = Array.from({ length: SYSTEMS_PER_MESSAGE + 10 }, (_, i) => ({
      ...one,
      id: `s-${i}`,
    }));
    const messages = await messagesFor(file);
    expect(messages[0]).toMatchObject({ type: 'progress', progress: { phase: 'reading' } });
    const chunks = messages.filter((message) => message.type === 'systems');
    expect(chunks.map((chunk) => chunk.type === 'systems' && chunk.systems.length)).toEqual([
      SYSTEMS_PER_MESSAGE,
      10,
    ]);
    const done = messages.at(-1);
    expect(done?.type).toBe('done');
    if (done?.type === 'done') {
      expect(done.identity).toMatchObject({ fileName: 'mine.json', title: 'Built-in, as a file' });
      expect(done.identity.id).toMatch(/^[0-9a-f]{12}$/);
      expect(done.sources).toHaveLength(6);
      expect('systems' in done.catalogue).toBe(false);
    }
  });

  it('ends with the problems, and sends no systems, when the file is refused', async () => {
    const messages = await messagesFor([]);
    expect(messages.map((message) => message.type)).toEqual(['progress', 'failed']);
  });

  it('says a file is empty, blank or binary before guessing its format from its name', async () => {
    const refusal = async (bytes: Uint8Array<ArrayBuffer>, fileName: string) => {
      const messages: OpenMessage[] = [];
      await openFile({ file: new Blob([bytes]), fileName }, (message) => messages.push(message));
      const last = messages.at(-1);
      return last?.type === 'failed' ? last.problems[0]?.message : null;
    };
    expect(await refusal(new Uint8Array(), 'zero.csv')).toBe(
      'is empty (0 bytes): there is nothing in it to open',
    );
    expect(await refusal(new TextEncoder().encode('\uFEFF \r\n\t\n'), 'blank.json')).toBe(
      'holds nothing but blank space: there is nothing in it to open',
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(await refusal(png, 'image.png.csv')).toMatch(
      /^is not a text file: it holds binary data/,
    );
    // A table that is text still gets the message that names the two formats.
    expect(await refusal(new TextEncoder().encode('a,b\n1,2\n'), 'mine.csv')).toBe(
      NOT_A_KNOWN_TABLE,
    );
  });

  it('refuses a file too large to read as text by its size, without reading it', async () => {
    const messages: OpenMessage[] = [];
    const huge = {
      size: 604_045_802,
      arrayBuffer: () => Promise.reject(new Error('read')),
    } as unknown as Blob;
    await openFile({ file: huge, fileName: 'huge.json' }, (message) => messages.push(message));
    expect(messages.at(-1)).toEqual({
      type: 'failed',
      problems: [
        {
          file: 'huge.json',
          path: '(file)',
          message: 'is 604 MB: larger than this browser can read as text (536 MB)',
        },
      ],
      total: 1,
    });
  });

  it('opens a UTF-16 file as the same catalogue as its UTF-8 twin', async () => {
    const text = JSON.stringify(builtInAsFile());
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    }
    const twin: OpenMessage[] = [];
    await openFile({ file: new Blob([bytes]), fileName: 'mine.json' }, (m) => twin.push(m));
    const original = await messagesFor(builtInAsFile());
    const idOf = (messages: OpenMessage[]) => {
      const done = messages.at(-1);
      return done?.type === 'done' ? done.identity.id : null;
    };
    expect(idOf(twin)).not.toBeNull();
    expect(idOf(twin)).toBe(idOf(original));
  });

  it('gives a UTF-8 file with a byte order mark the id of the same file without one', async () => {
    const plain = new TextEncoder().encode(JSON.stringify(builtInAsFile()));
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    const idOf = async (bytes: Uint8Array<ArrayBuffer>) => {
      const messages: OpenMessage[] = [];
      await openFile({ file: new Blob([bytes]), fileName: 'mine.json' }, (m) => messages.push(m));
      const done = messages.at(-1);
      return done?.type === 'done' ? done.identity.id : null;
    };
    const id = await idOf(plain);
    expect(id).toMatch(/^[0-9a-f]{12}$/);
    expect(await idOf(marked)).toBe(id);
    // A file that differs by one byte is another file.
    expect(await idOf(new TextEncoder().encode(`${JSON.stringify(builtInAsFile())} `))).not.toBe(
      id,
    );
  });

  it('refuses broken UTF-8 instead of opening it with replacement characters', async () => {
    // The title comes before any non-ASCII text, so its character index is its byte offset.
    const text = JSON.stringify(builtInAsFile()).replace('Built-in', 'CafX');
    const at = text.indexOf('CafX') + 3;
    const bytes = new TextEncoder().encode(text);
    bytes[at] = 0xe9;
    const messages: OpenMessage[] = [];
    await openFile({ file: new Blob([bytes]), fileName: 'cafe.json' }, (m) => messages.push(m));
    const last = messages.at(-1);
    expect(last?.type === 'failed' && last.problems[0]?.message).toMatch(
      new RegExp(`^is not valid UTF-8: the byte at offset ${at} `),
    );
  });
});
